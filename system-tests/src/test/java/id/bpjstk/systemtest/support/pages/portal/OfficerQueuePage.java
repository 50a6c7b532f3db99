package id.bpjstk.systemtest.support.pages.portal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** {@code /officer}: the claims officers' queue, filtered by status and type, paged. */
public final class OfficerQueuePage extends PortalPage {

    public static final String PATH = "/officer";

    public OfficerQueuePage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** Chooses the status and type (empty for any) and applies the filter. */
    public OfficerQueuePage filter(String status, String type) {
        new Select(browser.awaitVisible(By.id("status"))).selectByValue(status);
        new Select(browser.driver().findElement(By.id("type"))).selectByValue(type);
        PortalNavigation.awaitNewPage(browser, () -> browser.driver().findElement(By.cssSelector("[data-testid='apply-filter']")).click());
        return this;
    }

    /** The ids of the claims on this page of the queue. */
    public List<String> claims() {
        return browser.driver().findElements(By.cssSelector("[data-testid='queue'] tbody tr"))
                .stream().map(row -> row.getAttribute("data-claim")).toList();
    }

    public String count() {
        return field("queue-count");
    }

    public OfficerClaimPage openClaim(String claimId) {
        PortalNavigation.awaitNewPage(browser,
                () -> browser.awaitVisible(By.cssSelector("tr[data-claim='" + claimId + "'] a")).click());
        return new OfficerClaimPage(browser, stack);
    }
}
