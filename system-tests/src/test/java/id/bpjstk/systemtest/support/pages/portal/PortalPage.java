package id.bpjstk.systemtest.support.pages.portal;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.pages.LoginPage;

/**
 * What every page of the member portal has: a heading, the main menu, the language switch and "Keluar" (sign out).
 * The page classes of this package extend it with what a member sees and does on each page.
 */
public class PortalPage {

    protected final RealBrowser browser;
    protected final Stack stack;

    public PortalPage(RealBrowser browser, Stack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** Opens {@code path} of the portal; a browser without a session lands on Keycloak's sign-in page. */
    public void open(String path) {
        browser.get(url(path));
    }

    public URI url(String path) {
        return stack.portalUrl().resolve(path);
    }

    /**
     * Opens {@code path} and signs in with KPJ (or email) and password on Keycloak's page, then waits to be back in the
     * portal; for a member whose sign-in asks for a code, the caller enters it with {@link LoginPage}.
     */
    public void signIn(String path, String username, String password) {
        open(path);
        new LoginPage(browser).signIn(username, password);
    }

    /** Waits until the browser is on the portal at {@code path} (without its query). */
    public void awaitAt(String path) {
        browser.await("the portal's " + path, driver -> {
            URI now = browser.currentUri();
            return now.getPort() == stack.portalUrl().getPort() && now.getPath().equals(path)
                    && !driver.findElements(By.tagName("h1")).isEmpty();
        });
    }

    public String heading() {
        return browser.awaitVisible(By.tagName("h1")).getText();
    }

    /** The main menu's entries, as a reader sees them. */
    public List<String> menu() {
        return browser.driver().findElements(By.cssSelector("nav.nav a")).stream().map(WebElement::getText).toList();
    }

    /** The language of the page ({@code <html lang>}). */
    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The language switch: the same page again, in the other language. */
    public void switchLanguage() {
        String before = language();
        browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
        browser.await("the page in the other language", driver -> !before.equals(language()));
    }

    /** "Keluar": RP-initiated logout, through Keycloak back to the portal's signed-out page. */
    public void signOut() {
        browser.driver().findElement(By.cssSelector("form.logout-form button")).click();
        browser.awaitVisible(By.cssSelector("[data-testid=signed-out]"));
    }

    /** The text of the element with {@code data-testid}, once visible. */
    public String field(String testId) {
        return browser.awaitVisible(By.cssSelector("[data-testid='" + testId + "']")).getText();
    }

    public boolean has(String testId) {
        return !browser.driver().findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
    }
}
