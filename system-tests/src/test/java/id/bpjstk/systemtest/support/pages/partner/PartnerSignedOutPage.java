package id.bpjstk.systemtest.support.pages.partner;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** {@code /signed-out}: "Anda sudah keluar", and why when she signed out of BPJSTK in another app. */
public final class PartnerSignedOutPage extends PartnerPage {

    public PartnerSignedOutPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    public void awaitShown() {
        browser.awaitVisible(By.cssSelector("[data-testid=signed-out]"));
    }

    /** The note that her session here ended because she signed out elsewhere, or empty. */
    public String elsewhere() {
        return has("signed-out-elsewhere") ? field("signed-out-elsewhere") : "";
    }

    /** "Masuk lagi". */
    public void signInAgain() {
        browser.awaitVisible(By.cssSelector("[data-testid=sign-in-again]")).click();
    }
}
