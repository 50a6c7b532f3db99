package id.bpjstk.systemtest.support.pages.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.bpjstk.systemtest.support.RealBrowser;

/** Waiting for the next page after a form is sent or a link followed: the current document is replaced. */
final class PortalNavigation {

    private PortalNavigation() {
    }

    static void awaitNewPage(RealBrowser browser, Runnable action) {
        WebElement before = browser.driver().findElement(By.tagName("html"));
        action.run();
        browser.await("the next page after " + browser.where(), ExpectedConditions.stalenessOf(before));
        browser.awaitVisible(By.tagName("h1"));
    }
}
