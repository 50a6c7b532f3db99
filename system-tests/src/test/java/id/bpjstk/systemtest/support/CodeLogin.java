package id.bpjstk.systemtest.support;

import java.net.URI;
import java.util.Map;

/** One member's browser signing in through the realm's pages, one step at a time: password, then code. */
public final class CodeLogin {

    public static final String CODE_FORM = "kc-otp-login-form";

    private final Oidc oidc;
    private final Browser browser;
    private Oidc.AuthorizationRequest request;

    public CodeLogin(Stack stack) {
        this(stack, new Browser(stack.keycloakUrl()));
    }

    public CodeLogin(Stack stack, Browser browser) {
        this.oidc = new Oidc(stack);
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    /** Opens the member portal's authorization request (with extra parameters such as acr_values). */
    public Browser.Page start(Map<String, String> extra) {
        request = oidc.authorizationRequest(Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT, "openid", extra);
        return browser.get(request.uri());
    }

    public Browser.Page password(String username, String password) {
        return password(username, password, Map.of());
    }

    /** A fresh sign-in with extra parameters on its authorization request (such as {@code acr_values=2}). */
    public Browser.Page password(String username, String password, Map<String, String> extra) {
        Browser.Page login = start(extra);
        return browser.submit(login.form("kc-form-login").with("username", username).with("password", password));
    }

    public Browser.Page code(Browser.Page page, String code) {
        return browser.submit(page.form(CODE_FORM).with("otp", code));
    }

    public Browser.Page resend(Browser.Page page) {
        return browser.submit(page.form(CODE_FORM).with("resend", ""));
    }

    /** The tokens, once a page has sent the browser back to the client. */
    public Oidc.Tokens tokens(Browser.Page page) {
        URI redirect = page.redirect();
        if (redirect == null) {
            throw new AssertionError("the login did not reach the client; page status " + page.status());
        }
        return oidc.exchange(request, redirect);
    }
}
