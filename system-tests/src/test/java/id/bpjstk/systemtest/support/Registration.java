package id.bpjstk.systemtest.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** A visitor on the realm's registration page ("Daftar"), reached from the member portal's login page. */
public final class Registration {

    private final CodeLogin login;

    public Registration(Stack stack) {
        this.login = new CodeLogin(stack);
    }

    public CodeLogin login() {
        return login;
    }

    /** Opens the login page, follows its registration link and returns the registration page. */
    public Browser.Page open() {
        Browser.Page loginPage = login.start(Map.of());
        Element link = loginPage.document().selectFirst("a[href*=registration]");
        if (link == null) {
            throw new AssertionError("no registration link on the login page");
        }
        return login.browser().get(java.net.URI.create(link.absUrl("href")));
    }

    /** Fills the registration form with the given fields (their names are a contract of the page) and submits it. */
    public Browser.Page submit(Browser.Page page, Map<String, String> fields) {
        Browser.Form form = page.form("kc-register-form");
        Map<String, String> values = new LinkedHashMap<>(form.fields());
        values.putAll(fields);
        return login.browser().submit(new Browser.Form(form.action(), values));
    }

    /**
     * The link of the newest email-verification mail to {@code address}, as Keycloak's VERIFY_EMAIL sends it, waiting up
     * to ten seconds for it (other notices may reach the same address first).
     */
    public static URI emailVerificationLink(Stack stack, String address) {
        Pattern pattern = Pattern.compile("(http://localhost:\\d+/realms/bpjstk/login-actions/action-token\\?key=[A-Za-z0-9._\\-]+(?:&amp;|&)?[^\"\\s<]*)");
        List<Mailbox.Mail> mails = List.of();
        for (int i = 0; i < 50; i++) {
            mails = stack.mail().to(address);
            for (int m = mails.size() - 1; m >= 0; m--) {
                String body = mails.get(m).body().replace("=\r\n", "").replace("=3D", "=").replace("&amp;", "&");
                Matcher link = pattern.matcher(body);
                if (link.find()) {
                    return URI.create(link.group(1).replace("&amp;", "&"));
                }
            }
            Pause.millis(200);
        }
        throw new AssertionError("no verification link in the mails to " + address + ": " + mails);
    }

    public static Map<String, String> fields(String kpj, String nik, String birthDate, String email, String phone, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", kpj);
        fields.put("nik", nik);
        fields.put("birthDate", birthDate);
        fields.put("email", email);
        fields.put("phoneNumber", phone);
        fields.put("password", password);
        fields.put("password-confirm", password);
        return fields;
    }
}
