package id.bpjstk.systemtest.support.pages.portal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * The portal's security page ({@code /security}): her sessions and devices (the current one marked, any other with
 * "Akhiri sesi ini"), how she signs in (password, SMS two-step, authenticator apps, passkeys, each with its change on
 * Keycloak's pages), and her recent sign-in activity.
 */
public final class PortalSecurityPage extends PortalPage {

    public static final String PATH = "/security";

    /** One session as its row shows it. */
    public record Session(String device, String ipAddress, String apps, boolean current) {
    }

    /** One line of the activity: what happened in the page's words, the application, the address; {@code kind} as marked. */
    public record Activity(String time, String event, String app, String ipAddress, String kind) {
    }

    public PortalSecurityPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** Opens the page of a browser that is signed in, and waits for it. */
    public PortalSecurityPage show() {
        open(PATH);
        awaitAt(PATH);
        return this;
    }

    public List<Session> sessions() {
        browser.awaitVisible(By.cssSelector("[data-testid=sessions]"));
        return browser.driver().findElements(By.cssSelector("[data-testid=session]")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new Session(row.findElement(By.tagName("th")).getText(), cells.get(0).getText(), cells.get(3).getText(),
                    "true".equals(row.getDomAttribute("data-current")));
        }).toList();
    }

    /**
     * Ends the one other session with the keyboard alone: Tab from the start of the page until "Akhiri sesi ini" has the
     * focus, then Enter; fails when the focus order never reaches it.
     */
    public void endOtherSessionWithKeyboard() {
        WebElement button = browser.awaitVisible(By.cssSelector("[data-testid=end-session]"));
        // from the top of the page, as after it loaded: nothing has the focus yet
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.activeElement && document.activeElement.blur()");
        for (int presses = 0; presses < 60; presses++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (button.equals(browser.driver().switchTo().activeElement())) {
                new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
                browser.awaitVisible(By.cssSelector("[data-testid=notice]"));
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + button.getText() + "\"");
    }

    /** The notice of what the last form did. */
    public String notice() {
        return field("notice");
    }

    /** "Tambah aplikasi autentikator": the portal hands over to Keycloak's pages. */
    public void addAuthenticatorApp() {
        browser.awaitVisible(By.cssSelector("[data-testid=add-totp]")).click();
    }

    /** "Aktifkan verifikasi lewat SMS": the portal hands over to Keycloak's pages. */
    public void turnOnSmsTwoStep() {
        browser.awaitVisible(By.cssSelector("[data-testid=turn-on-sms]")).click();
    }

    /** "Hapus" beside the authenticator app of that name: the portal hands over to Keycloak's pages. */
    public void removeAuthenticatorApp(String label) {
        browser.awaitVisible(By.cssSelector("[data-testid=totp-list]"));
        for (WebElement item : browser.driver().findElements(By.cssSelector("[data-testid=totp-list] li"))) {
            if (item.findElement(By.cssSelector("[data-testid=credential-label]")).getText().equals(label)) {
                item.findElement(By.tagName("button")).click();
                return;
            }
        }
        throw new AssertionError("no authenticator app named " + label);
    }

    /** What she allowed a partner application: its name, what it may see, since when. */
    public record PartnerAccess(String name, String scopes, String since) {
    }

    /** The partner applications she allowed, as the page lists them. */
    public List<PartnerAccess> partners() {
        browser.awaitVisible(By.cssSelector("[data-testid=partners]"));
        return browser.driver().findElements(By.cssSelector("[data-testid^=partner-]")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new PartnerAccess(row.findElement(By.tagName("th")).getText(), cells.get(0).getText(), cells.get(1).getText());
        }).toList();
    }

    /** "Cabut izin" beside the partner application {@code clientId}; waits for the page's notice. */
    public void revokePartner(String clientId) {
        browser.awaitVisible(By.cssSelector("[data-testid='partner-" + clientId + "'] button")).click();
        browser.awaitVisible(By.cssSelector("[data-testid=notice]"));
    }

    /** The notice of the outcome Keycloak reported for a change. */
    public String outcome() {
        return field("action-outcome");
    }

    public List<String> authenticatorApps() {
        return labels("totp-list");
    }

    public List<String> passkeys() {
        return labels("passkey-list");
    }

    public String passwordStatus() {
        return field("password-status");
    }

    public String smsStatus() {
        return field("sms-status");
    }

    public List<Activity> activity() {
        browser.awaitVisible(By.cssSelector("[data-testid=activity]"));
        return browser.driver().findElements(By.cssSelector("[data-testid=activity-line]")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new Activity(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText(), cells.get(3).getText(),
                    row.getDomAttribute("data-kind"));
        }).toList();
    }

    /** Scrolls to a part of the page ({@code sessions-title}, {@code methods-title}, {@code activity-title}), for a screenshot. */
    public void scrollTo(String headingId) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true)",
                browser.awaitVisible(By.id(headingId)));
    }

    private List<String> labels(String list) {
        return browser.driver().findElements(By.cssSelector("[data-testid=" + list + "] [data-testid=credential-label]"))
                .stream().map(WebElement::getText).toList();
    }
}
