package id.bpjstk.systemtest.support.pages.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** {@code /claims/new?type=X}: the new-claim form (reason, bank name, account number), sent with "Ajukan klaim". */
public final class PortalNewClaimPage extends PortalPage {

    public static final String PATH = "/claims/new";
    public static final By REASON = By.id("reason");
    public static final By BANK_NAME = By.id("bankName");
    public static final By ACCOUNT = By.id("bankAccountNumber");
    public static final By SUBMIT = By.cssSelector("[data-testid='file-claim']");

    public PortalNewClaimPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** Fills the form with the keyboard alone: Tab to each field, arrows for the reason, typing for the rest. */
    public PortalNewClaimPage fillWithKeyboard(String reason, String bankName, String accountNumber) {
        Keyboard keyboard = new Keyboard(browser);
        keyboard.tabTo(REASON).choose(REASON, reason);
        keyboard.tabTo(BANK_NAME).type(bankName);
        keyboard.tabTo(ACCOUNT).type(accountNumber);
        return this;
    }

    /** Tab to "Ajukan klaim" and press Enter; waits for the answer. */
    public void submitWithKeyboard() {
        Keyboard keyboard = new Keyboard(browser);
        keyboard.tabTo(SUBMIT);
        PortalNavigation.awaitNewPage(browser, keyboard::enter);
    }

    /** The message at a field ({@code reason}, {@code bankName}, {@code bankAccountNumber}), or empty. */
    public String error(String field) {
        return browser.driver().findElements(By.id(field + "-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Whether the field is marked invalid and described by its message, as a screen reader announces it. */
    public boolean markedInvalid(String field) {
        WebElement input = browser.driver().findElement(By.id(field));
        return "true".equals(input.getAttribute("aria-invalid"))
                && input.getAttribute("aria-describedby").contains(field + "-error");
    }

    public String value(By field) {
        return browser.driver().findElement(field).getDomProperty("value");
    }

    public String idempotencyKey() {
        return browser.driver().findElement(By.name("idempotencyKey")).getDomProperty("value");
    }

    /** The notice that the SMS code was accepted and the form may now be saved. */
    public boolean resumed() {
        return has("resumed");
    }

    public String alert() {
        return field("form-alert");
    }

    /**
     * Sends the form as it is, in the background (as the first click of a double click does), and waits until the
     * portal has answered it, leaving this page as it was: with a following {@link #submitWithKeyboard()} the same
     * form (same fields, same key, same CSRF token) is posted twice. The answer's redirect is not followed, as a
     * browser abandons the first of two submissions; returns the answer's type ({@code opaqueredirect} for a redirect).
     */
    public String postInBackground() {
        Object type = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('form[data-testid=new-claim]');
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
                        redirect: 'manual'})
                    .then(answer => done(answer.type), failure => done('failed: ' + failure));""");
        return String.valueOf(type);
    }
}
