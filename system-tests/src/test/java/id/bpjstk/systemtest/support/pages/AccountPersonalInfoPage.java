package id.bpjstk.systemtest.support.pages;

import java.util.List;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** The account console's first page, "Personal info" ("Info pribadi"): the user-profile attributes she may see. */
public final class AccountPersonalInfoPage {

    private final RealBrowser browser;
    private final Stack stack;

    public AccountPersonalInfoPage(RealBrowser browser, Stack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    public AccountPersonalInfoPage open() {
        browser.get(AccountConsole.uri(stack, ""));
        return this;
    }

    public String heading() {
        return AccountConsole.awaitHeading(browser);
    }

    /** The fields' labels, in the page's language, without the marks of required fields. */
    public List<String> fieldLabels() {
        heading();
        browser.awaitVisible(By.cssSelector("main form label"));
        return browser.driver().findElements(By.cssSelector("main form label")).stream()
                .map(label -> label.getText().replace("*", "").trim()).filter(text -> !text.isEmpty()).toList();
    }

    /** Whether the page lets her type a new email into the form (it must not: an email change is a sign-in change). */
    public boolean emailEditable() {
        heading();
        browser.awaitVisible(By.cssSelector("main form label"));
        return browser.driver().findElements(By.cssSelector("main form input[name='email'], main form input#email")).stream()
                .anyMatch(input -> input.isEnabled() && input.getAttribute("readonly") == null);
    }
}
