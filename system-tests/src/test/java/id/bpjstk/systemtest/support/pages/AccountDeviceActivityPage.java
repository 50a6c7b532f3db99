package id.bpjstk.systemtest.support.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * The account console's "Device activity" ("Aktivitas perangkat"): the member's signed-in sessions, one row each,
 * grouped by device, the current one marked; any other can be signed out (after a confirmation).
 */
public final class AccountDeviceActivityPage {

    private static final By ROWS = By.cssSelector(".signed-in-device-list [data-testid^='row-']");

    /**
     * One session as the page shows it: the device ("Linux / HeadlessChrome/156.0.0"), whether it is this browser's,
     * and its details by the page's own labels (IP address, last access, clients, started, expires).
     */
    public record Session(String device, boolean current, Map<String, String> details, WebElement row) {
    }

    private final RealBrowser browser;
    private final Stack stack;

    public AccountDeviceActivityPage(RealBrowser browser, Stack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** Goes to the page; a browser without a session lands on the login page first. */
    public AccountDeviceActivityPage open() {
        browser.get(AccountConsole.uri(stack, "account-security/device-activity"));
        return this;
    }

    public String heading() {
        return AccountConsole.awaitHeading(browser);
    }

    /** The sessions listed, once the list is there. */
    public List<Session> sessions() {
        heading();
        browser.awaitVisible(ROWS);
        List<Session> sessions = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(ROWS)) {
            Map<String, String> details = new LinkedHashMap<>();
            for (WebElement group : row.findElements(By.cssSelector(".pf-v5-c-description-list__group"))) {
                details.put(group.findElement(By.tagName("dt")).getText(), group.findElement(By.tagName("dd")).getText());
            }
            boolean current = !row.findElements(By.cssSelector(".session-title + .pf-v5-c-label")).isEmpty();
            sessions.add(new Session(row.findElement(By.cssSelector(".session-title")).getText(), current, details, row));
        }
        return sessions;
    }

    /** The label that marks this browser's session ("Sesi saat ini"). */
    public String currentSessionLabel() {
        return browser.awaitVisible(By.cssSelector(".signed-in-device-list .session-title + .pf-v5-c-label")).getText();
    }

    /** Signs another session out with its row's button and the confirmation, and waits until its row is gone. */
    public void signOut(Session session) {
        int before = sessions().size();
        session.row().findElement(By.tagName("button")).click();
        browser.awaitVisible(By.id("modal-confirm")).click();
        browser.await("the signed-out session's row to go", driver -> driver.findElements(ROWS).size() == before - 1);
    }
}
