package id.bpjstk.systemtest.support.pages.portal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * {@code /officer/claims/{id}}: a claim as an officer decides it: status, documents, history, and the decisions its
 * status allows ("Verifikasi", "Setujui", "Tolak" with a reason, "Tandai sudah dibayar").
 */
public final class OfficerClaimPage extends PortalPage {

    public OfficerClaimPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    public String status() {
        return browser.awaitVisible(By.cssSelector("[data-testid='status']")).getAttribute("data-status");
    }

    /** The decision buttons offered, by action (verify, approve, reject, pay). */
    public List<String> decisions() {
        return browser.driver().findElements(By.cssSelector("button[data-testid]")).stream()
                .map(button -> button.getAttribute("data-testid"))
                .filter(List.of("verify", "approve", "reject", "pay")::contains).toList();
    }

    public OfficerClaimPage verify() {
        return press("verify");
    }

    public OfficerClaimPage approve() {
        return press("approve");
    }

    public OfficerClaimPage pay() {
        return press("pay");
    }

    public OfficerClaimPage reject(String reason) {
        WebElement field = browser.awaitVisible(By.id("reason"));
        field.clear();
        field.sendKeys(reason);
        return press("reject");
    }

    public String notice() {
        return field("notice");
    }

    public String alert() {
        return field("alert");
    }

    public List<String> documentTypes() {
        return browser.driver().findElements(By.cssSelector("[data-testid='documents'] tbody tr"))
                .stream().map(row -> row.getAttribute("data-document")).toList();
    }

    public List<String> historyStatuses() {
        return browser.driver().findElements(By.cssSelector("[data-testid='history'] tbody tr"))
                .stream().map(row -> row.getAttribute("data-to")).toList();
    }

    private OfficerClaimPage press(String action) {
        PortalNavigation.awaitNewPage(browser, () -> browser.awaitVisible(By.cssSelector("button[data-testid='" + action + "']")).click());
        return this;
    }
}
