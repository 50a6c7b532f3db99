package id.bpjstk.systemtest.support.pages;

import java.net.URI;

import org.openqa.selenium.By;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** An account's details in the realm's admin console (operators sign in at {@code /admin/bpjstk/console/}). */
public final class AdminConsoleUserPage {

    private final RealBrowser browser;
    private final Stack stack;

    public AdminConsoleUserPage(RealBrowser browser, Stack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    /** The realm's admin console; a browser without a session lands on the realm's login page first. */
    public AdminConsoleUserPage openConsole() {
        browser.get(console());
        return this;
    }

    /** Waits until the console has loaded, back from the login page, with its navigation. */
    public AdminConsoleUserPage awaitConsole() {
        browser.await("the admin console", driver -> browser.currentUri().getPath().startsWith(console().getPath())
                && !driver.findElements(By.tagName("nav")).isEmpty());
        return this;
    }

    /** Opens the account's details and waits until they show its username. */
    public AdminConsoleUserPage openUser(String userId, String username) {
        browser.get(URI.create(console() + "#/" + Stack.REALM + "/users/" + userId + "/settings"));
        browser.await("the details of " + username + " in the admin console", driver -> driver.findElements(By.tagName("input"))
                .stream().anyMatch(input -> username.equals(input.getDomProperty("value"))));
        return this;
    }

    private URI console() {
        return URI.create(stack.keycloakUrl() + "/admin/" + Stack.REALM + "/console/");
    }
}
