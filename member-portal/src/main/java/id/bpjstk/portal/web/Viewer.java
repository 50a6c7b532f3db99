package id.bpjstk.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.bpjstk.portal.i18n.Language;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who looks at a page, for the layout and the resources: name and KPJ from the ID token, whether she is a claims
 * officer, the page's language. Templates read it as {@code {inject:viewer.name}}.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    public static final String CLAIMS_OFFICER = "claims-officer";

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public boolean signedIn() {
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken;
    }

    /** The OIDC subject: who the portal's server-side state belongs to. */
    public String subject() {
        return idToken().getSubject();
    }

    public String name() {
        String name = idToken().getClaim("name");
        return name == null || name.isBlank() ? kpj() : name;
    }

    /** The membership number, or empty for staff without one. */
    public String kpj() {
        if (!signedIn()) {
            return "";
        }
        Object kpj = idToken().getClaim("membership_number");
        return kpj == null ? "" : kpj.toString();
    }

    public boolean member() {
        return signedIn() && identity.hasRole("member") && !kpj().isEmpty();
    }

    public boolean officer() {
        return signedIn() && identity.hasRole(CLAIMS_OFFICER);
    }

    /** The page's language: the same choice {@link id.bpjstk.portal.i18n.LanguageFilter} made for the templates. */
    public Language language() {
        return Language.of(request);
    }

    public String lang() {
        return language().tag();
    }

    /** Where the language switch leads: the other language, back to this page. */
    public String switchLanguageUrl() {
        Language other = language() == Language.ID ? Language.EN : Language.ID;
        return "/language?to=" + other.tag() + "&back=" + URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    /** The current path, for the navigation's {@code aria-current}. */
    public String path() {
        return request.path();
    }

    private JsonWebToken idToken() {
        return (JsonWebToken) identity.getPrincipal();
    }
}
