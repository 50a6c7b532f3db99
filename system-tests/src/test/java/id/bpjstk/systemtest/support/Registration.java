package id.bpjstk.systemtest.support;

import java.util.LinkedHashMap;
import java.util.Map;

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
