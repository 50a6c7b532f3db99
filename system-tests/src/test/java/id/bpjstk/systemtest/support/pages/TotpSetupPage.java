package id.bpjstk.systemtest.support.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;

/**
 * Keycloak's page for setting up an authenticator app (action {@code CONFIGURE_TOTP}): the secret to put into the app
 * (as a QR code, and in the form), the app's first code, a name for it.
 */
public final class TotpSetupPage {

    public static final By FORM = By.id("kc-totp-settings-form");

    private final RealBrowser browser;

    public TotpSetupPage(RealBrowser browser) {
        this.browser = browser;
    }

    public TotpSetupPage await() {
        browser.awaitVisible(FORM);
        return this;
    }

    /** The secret the app would take from the QR code. */
    public String secret() {
        return browser.driver().findElement(By.id("totpSecret")).getDomProperty("value");
    }

    /** Types the app's current code and a name for it, and saves. */
    public void enrol(String code, String label) {
        WebElement form = browser.awaitVisible(FORM);
        form.findElement(By.id("totp")).sendKeys(code);
        WebElement name = form.findElement(By.id("userLabel"));
        name.clear();
        name.sendKeys(label);
        form.findElement(By.id("saveTOTPBtn")).click();
    }

    /** "Batal": leaves the setup without an app; Keycloak goes back to the application. */
    public void cancel() {
        browser.awaitVisible(By.id("cancelTOTPBtn")).click();
    }
}
