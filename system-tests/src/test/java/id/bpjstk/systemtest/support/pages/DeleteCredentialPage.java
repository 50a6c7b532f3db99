package id.bpjstk.systemtest.support.pages;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;

/** Keycloak's confirmation before it removes a sign-in method (action {@code delete_credential:<id>}). */
public final class DeleteCredentialPage {

    private final RealBrowser browser;

    public DeleteCredentialPage(RealBrowser browser) {
        this.browser = browser;
    }

    /** Confirms the removal. */
    public void confirm() {
        browser.awaitVisible(By.id("kc-accept")).click();
    }
}
