package id.bpjstk.systemtest.support.pages;

import java.net.URI;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/**
 * Keycloak's account console of the realm (v3, a script page over the account REST API), at
 * {@code /realms/bpjstk/account/}: where its pages are and what they share.
 */
final class AccountConsole {

    private static final By HEADING = By.cssSelector("h1[data-testid=page-heading]");
    /** The console's error page: a danger dialog over an empty page. */
    private static final By ERROR = By.cssSelector(".pf-v5-c-modal-box.pf-m-danger");

    private AccountConsole() {
    }

    static URI uri(Stack stack, String page) {
        return URI.create(stack.realmUrl() + "/account/" + page);
    }

    /**
     * Waits for a console page and returns its heading. The console shows an error page instead when its REST API
     * refuses its token ("Ada sesuatu yang salah"): that fails at once, with what the page says.
     */
    static String awaitHeading(RealBrowser browser) {
        WebElement shown = browser.await("a page of the account console at " + browser.where(), driver -> {
            List<WebElement> heading = driver.findElements(HEADING);
            if (!heading.isEmpty() && heading.get(0).isDisplayed()) {
                return heading.get(0);
            }
            List<WebElement> error = driver.findElements(ERROR);
            return error.isEmpty() ? null : error.get(0);
        });
        if (!"page-heading".equals(shown.getDomAttribute("data-testid"))) {
            throw new AssertionError("the account console shows its error page: " + browser.text());
        }
        return shown.getText();
    }
}
