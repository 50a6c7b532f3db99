package id.bpjstk.systemtest.support.pages.partner;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** {@code /}: the partner's public page with "Masuk dengan SSO BPJSTK". */
public final class PartnerLandingPage extends PartnerPage {

    public static final By SIGN_IN = By.cssSelector("[data-testid=sign-in]");

    public PartnerLandingPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    public PartnerLandingPage openIt() {
        open("/");
        awaitAt("/");
        return this;
    }

    public String signInButton() {
        return browser.awaitVisible(SIGN_IN).getText();
    }

    /** Presses "Masuk dengan SSO BPJSTK": the browser goes to Keycloak (or, with a session there, straight on). */
    public void signInWithSso() {
        browser.awaitVisible(SIGN_IN).click();
    }
}
