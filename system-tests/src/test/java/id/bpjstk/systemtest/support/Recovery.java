package id.bpjstk.systemtest.support;

/** One browser going through "Lupa kata sandi": from the sign-in page's link to the new password. */
public final class Recovery {

    public static final String IDENTITY_FORM = "kc-reset-password-form";
    public static final String PASSWORD_FORM = "kc-passwd-update-form";

    private final Oidc oidc;
    private final Browser browser;

    public Recovery(Stack stack) {
        this(stack, new Browser(stack.keycloakUrl()));
    }

    public Recovery(Stack stack, Browser browser) {
        this.oidc = new Oidc(stack);
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    /** The member portal's sign-in page, then its "Lupa kata sandi?" link. */
    public Browser.Page open() {
        Browser.Page login = browser.get(oidc.authorizationRequest(Oidc.MEMBER_PORTAL, Oidc.MEMBER_PORTAL_REDIRECT, "openid").uri());
        var link = login.document().selectFirst("a[href*=login-actions/reset-credentials]");
        if (link == null) {
            throw new AssertionError("the sign-in page has no forgot-password link");
        }
        return browser.get(java.net.URI.create(link.absUrl("href")));
    }

    /** Submits KPJ (or email), NIK and birth date. */
    public Browser.Page identify(Browser.Page page, String username, String nik, String birthDate) {
        return browser.submit(page.form(IDENTITY_FORM).with("username", username).with("nik", nik).with("birthDate", birthDate));
    }

    public Browser.Page code(Browser.Page page, String code) {
        return browser.submit(page.form(CodeLogin.CODE_FORM).with("otp", code));
    }

    public Browser.Page newPassword(Browser.Page page, String password, String confirmation) {
        return browser.submit(page.form(PASSWORD_FORM).with("password-new", password).with("password-confirm", confirmation));
    }

    /** Identity, the code from the SMS gateway, the new password: the whole way for a member whose data match. */
    public Browser.Page recover(Stack stack, String username, String nik, String birthDate, String phone, String newPassword) {
        Browser.Page codePage = identify(open(), username, nik, birthDate);
        Browser.Page passwordPage = code(codePage, stack.sms().latest(phone).code());
        return newPassword(passwordPage, newPassword, newPassword);
    }
}
