package id.bpjstk.systemtest.support.pages.portal;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * {@code /claims/{id}}: one of her claims: status, the documents and the upload form (type and file, with the limits
 * stated), "Kirim" (submit), "Batalkan klaim" (with its confirmation page) and the status history.
 */
public final class PortalClaimPage extends PortalPage {

    public PortalClaimPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** The claim's id, from the address. */
    public String id() {
        String path = browser.currentUri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public void awaitClaim(String id) {
        awaitAt("/claims/" + id);
    }

    /** The status code (DRAFT, SUBMITTED, ...) as the page marks it. */
    public String status() {
        return browser.awaitVisible(By.cssSelector("[data-testid='status']")).getAttribute("data-status");
    }

    /** The status as the member reads it. */
    public String statusText() {
        return field("status");
    }

    public String notice() {
        return field("notice");
    }

    public String alert() {
        return field("alert");
    }

    public String uploadLimits() {
        return field("upload-limits");
    }

    /** The message at the file field, or empty. */
    public String fileError() {
        return browser.driver().findElements(By.id("file-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public boolean fileMarkedInvalid() {
        WebElement file = browser.driver().findElement(By.id("file"));
        return "true".equals(file.getAttribute("aria-invalid")) && file.getAttribute("aria-describedby").contains("file-error");
    }

    /** The required document types, by code, not uploaded yet. */
    public List<String> missingDocuments() {
        return browser.driver().findElements(By.cssSelector("[data-testid='required-documents'] li[data-uploaded='false']"))
                .stream().map(li -> li.getAttribute("data-document")).toList();
    }

    public List<String> requiredDocuments() {
        return browser.driver().findElements(By.cssSelector("[data-testid='required-documents'] li"))
                .stream().map(li -> li.getAttribute("data-document")).toList();
    }

    /** Uploads {@code file} as a document of {@code type} ("Unggah") and waits for the answer. */
    public PortalClaimPage upload(String type, Path file) {
        new Select(browser.awaitVisible(By.id("document-type"))).selectByValue(type);
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        PortalNavigation.awaitNewPage(browser, () -> browser.driver().findElement(By.cssSelector("[data-testid='upload-button']")).click());
        return this;
    }

    /** "Kirim". */
    public void submit() {
        PortalNavigation.awaitNewPage(browser, () -> browser.awaitVisible(By.cssSelector("[data-testid='submit']")).click());
    }

    /** "Batalkan klaim": the confirmation page. */
    public void askToCancel() {
        PortalNavigation.awaitNewPage(browser, () -> browser.awaitVisible(By.cssSelector("[data-testid='cancel']")).click());
    }

    /** On the confirmation page: "Ya, batalkan klaim". */
    public void confirmCancel() {
        PortalNavigation.awaitNewPage(browser, () -> browser.awaitVisible(By.cssSelector("[data-testid='confirm-cancel']")).click());
    }

    /** The history's steps, oldest first: the status each went to. */
    public List<String> historyStatuses() {
        return browser.driver().findElements(By.cssSelector("[data-testid='history'] tbody tr"))
                .stream().map(row -> row.getAttribute("data-to")).toList();
    }

    /** The history's rows as a reader sees them. */
    public List<String> historyRows() {
        return browser.driver().findElements(By.cssSelector("[data-testid='history'] tbody tr"))
                .stream().map(WebElement::getText).toList();
    }

    /** The download link of the uploaded document of {@code type}. */
    public String downloadLink(String type) {
        return browser.awaitVisible(By.cssSelector("[data-testid='documents'] tr[data-document='" + type + "'] a")).getAttribute("href");
    }

    /**
     * What the download link of the document of {@code type} gives the browser, fetched the way the browser follows
     * it (its session, same origin): the SHA-256 of the bytes, hex, and the type and disposition it comes with.
     */
    public String download(String type) {
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(bytes => crypto.subtle.digest('SHA-256', bytes).then(hash =>
                      done(Array.from(new Uint8Array(hash)).map(b => b.toString(16).padStart(2, '0')).join('')
                          + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')))))
                  .catch(failure => done('failed: ' + failure));""", downloadLink(type));
        return String.valueOf(answer);
    }
}
