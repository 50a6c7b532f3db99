package id.bpjstk.systemtest.support.pages.portal;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** {@code /claims}: her claims, and every claim type with her eligibility and an "Ajukan klaim" link where she may file. */
public final class PortalClaimsPage extends PortalPage {

    public static final String PATH = "/claims";

    public PortalClaimsPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    /** What the page says of her eligibility for one reason (outcome and why). */
    public String eligibility(String reason) {
        return field("eligibility-" + reason);
    }

    /** The "Ajukan klaim" link of a type. */
    public static By fileLink(String type) {
        return By.cssSelector("[data-testid='file-" + type + "']");
    }

    public boolean canFile(String type) {
        return !browser.driver().findElements(fileLink(type)).isEmpty();
    }

    /** The status code of one of her claims in the list. */
    public String status(String claimId) {
        return browser.awaitVisible(By.cssSelector("tr[data-claim='" + claimId + "'] [data-status]")).getAttribute("data-status");
    }

    public PortalNewClaimPage file(String type) {
        PortalNavigation.awaitNewPage(browser, () -> browser.awaitVisible(fileLink(type)).click());
        return new PortalNewClaimPage(browser, stack);
    }

    /** Tab to the type's "Ajukan klaim" link and press Enter, as with the keyboard alone. */
    public PortalNewClaimPage fileWithKeyboard(String type) {
        Keyboard keyboard = new Keyboard(browser).tabTo(fileLink(type));
        PortalNavigation.awaitNewPage(browser, keyboard::enter);
        return new PortalNewClaimPage(browser, stack);
    }
}
