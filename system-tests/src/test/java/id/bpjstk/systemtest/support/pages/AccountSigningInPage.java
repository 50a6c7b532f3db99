package id.bpjstk.systemtest.support.pages;

import java.util.List;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * The account console's "Signing in" ("Masuk"): the member's sign-in methods by credential type ({@code password},
 * {@code otp} for the authenticator app, {@code webauthn} and {@code webauthn-passwordless} for passkeys where the
 * realm's flows use them), each with what she has set up. Changing one goes through Keycloak's application-initiated
 * actions; this page object only reads.
 */
public final class AccountSigningInPage {

    private final RealBrowser browser;
    private final Stack stack;

    public AccountSigningInPage(RealBrowser browser, Stack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** Goes to the page; a browser without a session lands on the login page first. */
    public AccountSigningInPage open() {
        browser.get(AccountConsole.uri(stack, "account-security/signing-in"));
        return this;
    }

    public String heading() {
        return AccountConsole.awaitHeading(browser);
    }

    /** The name the page gives a credential type ("Kata sandi", "Aplikasi pengotentikasi"). */
    public String typeTitle(String type) {
        heading();
        return browser.awaitVisible(By.cssSelector("[data-testid='" + type + "/title']")).getText();
    }

    /** The labels of the member's credentials of that type, as listed ("Kata sandi saya"); empty when none is set up. */
    public List<String> credentials(String type) {
        typeTitle(type);
        return browser.driver().findElements(By.cssSelector("[data-testid='" + type + "/credential-list'] [data-testrole=label]"))
                .stream().map(label -> label.getText()).toList();
    }
}
