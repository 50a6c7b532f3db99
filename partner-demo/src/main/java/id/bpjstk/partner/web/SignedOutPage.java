package id.bpjstk.partner.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /signed-out}: where Keycloak sends her after "Keluar" here, and where her next page goes after she signed
 * out of BPJSTK in another app ({@code ?elsewhere=true}, see {@link id.bpjstk.partner.session.SingleLogout}).
 */
@Path("/signed-out")
public class SignedOutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(boolean elsewhere);
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("elsewhere") boolean elsewhere) {
        return Templates.signedOut(elsewhere);
    }
}
