package id.bpjstk.systemtest.support.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;

/**
 * Keycloak's consent screen ("Apakah Anda memberi akses ..."), shown to a member the first time a client with
 * {@code consentRequired} asks for her data: what the client asks for, "Ya" and "Tidak".
 */
public final class ConsentPage {

    public static final By FORM = By.id("kc-oauth");

    private final RealBrowser browser;

    public ConsentPage(RealBrowser browser) {
        this.browser = browser;
    }

    /** Waits for the consent screen. */
    public ConsentPage await() {
        browser.awaitVisible(FORM);
        return this;
    }

    /** The consent texts of the scopes asked for, as she reads them. */
    public List<String> asked() {
        return browser.awaitVisible(FORM).findElements(By.cssSelector("li")).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }

    /** "Ya": she allows it. */
    public void allow() {
        browser.awaitVisible(FORM).findElement(By.id("kc-login")).click();
    }

    /** "Tidak": she does not. */
    public void refuse() {
        browser.awaitVisible(FORM).findElement(By.id("kc-cancel")).click();
    }

    public boolean shown() {
        return !browser.driver().findElements(FORM).isEmpty();
    }
}
