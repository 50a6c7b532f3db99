package id.bpjstk.systemtest.support.pages.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

import id.bpjstk.systemtest.support.RealBrowser;

/** Waiting for the next page after a form is sent or a link followed: the current document is replaced. */
final class PortalNavigation {

    private PortalNavigation() {
    }

    static void awaitNewPage(RealBrowser browser, Runnable action) {
        WebElement before = browser.driver().findElement(By.tagName("html"));
        action.run();
        browser.await("the next page after " + browser.where(), driver -> replaced(before));
        browser.awaitVisible(By.tagName("h1"));
    }

    /**
     * The element's document is gone. Chromium says so with a stale-element error, or, when it is asked in the middle
     * of the swap, with "node ... does not belong to the document".
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
