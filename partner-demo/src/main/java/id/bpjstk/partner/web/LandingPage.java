package id.bpjstk.partner.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /}: the public landing page with "Masuk dengan SSO BPJSTK". Keycloak's answer to a sign-in that did not
 * complete comes back here ({@code quarkus.oidc.authentication.error-path}): {@code ?error=access_denied} when she
 * refused consent, another {@code error} otherwise.
 */
@Path("/")
public class LandingPage {

    /** What the page tells about the last sign-in: nothing, a refused consent, or another failure. */
    public enum Notice {
        NONE, DENIED, FAILED
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(Notice notice, String signInUrl);
    }

    @Inject
    Visitor visitor;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("error") String error) {
        Notice notice = error == null ? Notice.NONE : "access_denied".equals(error) ? Notice.DENIED : Notice.FAILED;
        // ui_locales travels in the pushed authorization request (forward-params), so Keycloak speaks the page's language
        return Templates.landing(notice, "/account?ui_locales=" + visitor.lang());
    }
}
