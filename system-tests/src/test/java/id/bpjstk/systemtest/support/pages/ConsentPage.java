package id.bpjstk.systemtest.support.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;

/**
 * Keycloak's consent screen in a real browser, as a member meets it when a partner app signs her in: the app's name,
 * one line for each thing it asks to see or do, and the buttons to let it (Ya / Yes) or not (Tidak / No).
 */
public final class ConsentPage {

    private static final By BLOCK = By.id("kc-oauth");

    private final RealBrowser browser;

    public ConsentPage(RealBrowser browser) {
        this.browser = browser;
    }

    /** Waits until the browser shows the consent screen. */
    public ConsentPage await() {
        browser.awaitVisible(BLOCK);
        return this;
    }

    /** What the app asks for, one line each, as she reads it. */
    public List<String> requested() {
        return browser.driver().findElements(By.cssSelector("#kc-oauth li")).stream().map(WebElement::getText).toList();
    }

    /** She lets the app have what it asks for. */
    public void accept() {
        browser.driver().findElement(BLOCK).findElement(By.name("accept")).click();
    }

    /** Whether the browser shows the consent screen now. */
    public boolean shown() {
        return !browser.driver().findElements(BLOCK).isEmpty();
    }

    /** She does not. */
    public void decline() {
        browser.driver().findElement(BLOCK).findElement(By.name("cancel")).click();
    }
}
