package id.bpjstk.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /signed-out}: where Keycloak sends the member after the portal's logout ended both sessions. */
@Path("/signed-out")
public class SignedOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @jakarta.annotation.security.PermitAll
    public TemplateInstance show() {
        return Templates.signedOut();
    }
}
