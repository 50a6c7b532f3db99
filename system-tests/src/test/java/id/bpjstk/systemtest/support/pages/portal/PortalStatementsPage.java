package id.bpjstk.systemtest.support.pages.portal;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.BrowserDownload;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** The e-statements ({@code /statements}): one download per year the member has contributions for. */
public final class PortalStatementsPage extends PortalPage {

    public PortalStatementsPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** The years offered, as listed (newest first). */
    public List<Integer> years() {
        return browser.driver().findElements(By.cssSelector("[data-testid=statement-years] a")).stream()
                .map(link -> Integer.valueOf(link.getAttribute("data-year"))).toList();
    }

    public WebElement link(int year) {
        return browser.driver().findElement(By.cssSelector("[data-testid=statement-" + year + "]"));
    }

    /** The year's PDF, fetched from its link with this browser's session. */
    public BrowserDownload.Download download(int year) {
        return BrowserDownload.get(browser, URI.create(link(year).getAttribute("href")));
    }

    /** What the page says about a year without a statement. */
    public String missing() {
        return field("statement-missing");
    }
}
