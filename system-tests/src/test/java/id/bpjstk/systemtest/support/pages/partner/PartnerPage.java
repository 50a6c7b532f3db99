package id.bpjstk.systemtest.support.pages.partner;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * What every page of the demo partner app ("Koperasi Sejahtera") has: a heading, the language switch and, signed in,
 * "Keluar". The page classes of this package add what a member sees and does on each page.
 */
public class PartnerPage {

    protected final RealBrowser browser;
    protected final Stack stack;

    public PartnerPage(RealBrowser browser, Stack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    public void open(String path) {
        browser.get(url(path));
    }

    public URI url(String path) {
        return stack.partnerUrl().resolve(path);
    }

    /** Waits until the browser is on the partner app at {@code path} (without its query), its heading shown. */
    public void awaitAt(String path) {
        browser.await("the partner app's " + path, driver -> {
            URI now = browser.currentUri();
            return now.getPort() == stack.partnerUrl().getPort() && now.getPath().equals(path)
                    && !driver.findElements(By.tagName("h1")).isEmpty();
        });
    }

    public boolean isAt(String path) {
        URI now = browser.currentUri();
        return now.getPort() == stack.partnerUrl().getPort() && now.getPath().equals(path);
    }

    public String heading() {
        return browser.awaitVisible(By.tagName("h1")).getText();
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

    /** "Keluar": RP-initiated logout, through Keycloak back to the app's signed-out page. */
    public PartnerSignedOutPage signOut() {
        browser.driver().findElement(By.cssSelector("form.logout-form button")).click();
        PartnerSignedOutPage signedOut = new PartnerSignedOutPage(browser, stack);
        signedOut.awaitShown();
        return signedOut;
    }

    public String field(String testId) {
        return browser.awaitVisible(By.cssSelector("[data-testid='" + testId + "']")).getText();
    }

    public boolean has(String testId) {
        return !browser.driver().findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
    }

    /** The names of the cookies the browser holds for the partner app's host now. */
    public Set<String> cookieNames() {
        return browser.driver().manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
    }

    /**
     * Forgets the partner app's own session as a browser does when it expired, leaving Keycloak's and the member
     * portal's sessions (cookies of other names on the same host) alone.
     */
    public void forgetOwnSession() {
        for (String name : cookieNames()) {
            if (name.startsWith("q_session_Default_partner") || name.equals("partner_sso")) {
                browser.driver().manage().deleteCookieNamed(name);
            }
        }
    }
}
