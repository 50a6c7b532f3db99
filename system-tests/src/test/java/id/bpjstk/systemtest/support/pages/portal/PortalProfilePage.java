package id.bpjstk.systemtest.support.pages.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * The profile ({@code /profile}): her registry data and the contact form (address, correspondence email, "Simpan").
 * The form is used with the keyboard alone: Tab through the page to a field, select what is in it, type, Tab to
 * "Simpan" and press Enter; a member without a mouse or a screen-reader user does the same.
 */
public final class PortalProfilePage extends PortalPage {

    public static final By ADDRESS = By.id("address");
    public static final By CORRESPONDENCE_EMAIL = By.id("correspondenceEmail");
    public static final By SAVE = By.cssSelector("[data-testid=save]");
    /** Enough Tab presses to go through the whole page once. */
    private static final int MAX_TABS = 60;

    public PortalProfilePage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** Presses Tab until {@code target} has the focus; fails when the page's focus order never reaches it. */
    public void tabTo(By target) {
        WebElement element = browser.awaitVisible(target);
        for (int i = 0; i < MAX_TABS; i++) {
            if (element.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError(MAX_TABS + " presses of Tab never reached " + target);
    }

    /** Tabs to the field, selects what is in it and types {@code text} over it. */
    public void typeWithKeyboard(By field, String text) {
        tabTo(field);
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    /** Tabs to "Simpan" and presses Enter; waits for the answer to the form. */
    public void saveWithKeyboard() {
        WebElement form = browser.driver().findElement(By.cssSelector("form[data-testid=contact-form]"));
        tabTo(SAVE);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await("the answer to the contact form", driver -> {
            try {
                form.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    public String value(By field) {
        return browser.driver().findElement(field).getDomProperty("value");
    }

    public WebElement element(By field) {
        return browser.driver().findElement(field);
    }

    /** The error at a field (by its id), or null. */
    public String error(String fieldId) {
        java.util.List<WebElement> errors = browser.driver().findElements(By.id(fieldId + "-error"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    public String notice() {
        return field("profile-notice");
    }
}
