package id.bpjstk.systemtest.support.pages.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import id.bpjstk.systemtest.support.RealBrowser;

/** What a person using only the keyboard does on a page: Tab to a control, type, choose with the arrow keys, Enter. */
public final class Keyboard {

    private static final int MAX_TABS = 80;

    private final RealBrowser browser;

    public Keyboard(RealBrowser browser) {
        this.browser = browser;
    }

    /** Presses Tab until the focus is on {@code target}; fails if the focus order never reaches it. */
    public Keyboard tabTo(By target) {
        WebElement element = browser.awaitVisible(target);
        for (int i = 0; i < MAX_TABS; i++) {
            if (browser.driver().switchTo().activeElement().equals(element)) {
                return this;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reaches " + target + " on " + browser.where());
    }

    /** Types into the focused control, replacing what it holds. */
    public Keyboard type(String text) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
        return this;
    }

    /** With the focus on a select, presses the arrow keys until the option with {@code value} is chosen. */
    public Keyboard choose(By select, String value) {
        WebElement element = browser.driver().findElement(select);
        Select options = new Select(element);
        int count = options.getOptions().size();
        new Actions(browser.driver()).sendKeys(Keys.HOME).perform();
        for (int i = 0; i < count && !value.equals(element.getDomProperty("value")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        }
        if (!value.equals(element.getDomProperty("value"))) {
            throw new AssertionError("the arrow keys never choose " + value + " in " + select);
        }
        return this;
    }

    /** Enter on the focused control (a link opens, a button or a text field submits its form). */
    public void enter() {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    }
}
