package id.bpjstk.partner.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.bpjstk.partner.i18n.Language;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who looks at a page, for the layout and the pages: signed in or not, her name and KPJ from the ID token, the page's
 * language. Templates read it as {@code {inject:visitor.name}}.
 */
@Named("visitor")
@RequestScoped
public class Visitor {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public boolean signedIn() {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken;
    }

    /** Her name ({@code name}, scope profile), else her KPJ. */
    public String name() {
        if (!signedIn()) {
            return "";
        }
        Object name = idToken().getClaim("name");
        return name == null || name.toString().isBlank() ? kpj() : name.toString();
    }

    /** Her membership number ({@code membership_number}, scope membership), or empty. */
    public String kpj() {
        if (!signedIn()) {
            return "";
        }
        Object kpj = idToken().getClaim("membership_number");
        return kpj == null ? "" : kpj.toString();
    }

    public String lang() {
        return Language.of(request).tag();
    }

    /** Where the language switch leads: the other language, back to this page. */
    public String switchLanguageUrl() {
        Language other = Language.of(request) == Language.ID ? Language.EN : Language.ID;
        return "/language?to=" + other.tag() + "&back=" + URLEncoder.encode(request.path(), StandardCharsets.UTF_8);
    }

    private JsonWebToken idToken() {
        return (JsonWebToken) identity.getPrincipal();
    }
}
