package id.bpjstk.systemtest.support;

import java.net.URI;
import java.util.Map;

/**
 * One browser signing in through the realm's pages, one step at a time: password, then code; to the member portal,
 * or to another client such as the realm's admin console.
 */
public final class CodeLogin {

    public static final String CODE_FORM = "kc-otp-login-form";

    /** Keycloak's admin console of the realm: a public client with PKCE, served by Keycloak itself. */
    public static final String ADMIN_CONSOLE = "security-admin-console";

    private final Oidc oidc;
    private final Browser browser;
    private final String clientId;
    private final String redirectUri;
    private Oidc.AuthorizationRequest request;

    public CodeLogin(Stack stack) {
        this(stack, new Browser(stack.keycloakUrl()));
    }

    public CodeLogin(Stack stack, Browser browser) {
        this(stack, browser, Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT);
    }

    private CodeLogin(Stack stack, Browser browser, String clientId, String redirectUri) {
        this.oidc = new Oidc(stack);
        this.browser = browser;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** A sign-in to the realm's admin console, as staff open it at {@code /admin/bpjstk/console/}. */
    public static CodeLogin adminConsole(Stack stack) {
        return new CodeLogin(stack, new Browser(stack.keycloakUrl()), ADMIN_CONSOLE,
                stack.keycloakUrl() + "/admin/" + Stack.REALM + "/console/");
    }

    public Browser browser() {
        return browser;
    }

    /** Opens the client's authorization request (with extra parameters such as acr_values). */
    public Browser.Page start(Map<String, String> extra) {
        request = oidc.authorizationRequest(clientId, redirectUri, "openid", extra);
        return browser.get(request.uri());
    }

    public Browser.Page password(String username, String password) {
        return password(username, password, Map.of());
    }

    /** Opens the authorization request with these extra parameters and signs in with the password. */
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
