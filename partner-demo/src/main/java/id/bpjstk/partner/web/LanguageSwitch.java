package id.bpjstk.partner.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import id.bpjstk.partner.i18n.Language;

/**
 * {@code /language?to=en&back=/account}: remembers the visitor's language (a cookie for a year) and goes back to the
 * page she was on. {@code back} must be one of this app's paths, never another site.
 */
@Path("/language")
public class LanguageSwitch {

    @GET
    @PermitAll
    public Response choose(@QueryParam("to") String to, @QueryParam("back") String back) {
        Language language = Language.of(to).orElse(Language.ID);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(language.tag()).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** {@code back} when it is a plain path here ({@code /x}, not {@code //host} or {@code /\host}), else {@code /}. */
    static String localPath(String back) {
        if (back == null || !back.matches("/[A-Za-z0-9/_-]*") || back.startsWith("//")) {
            return "/";
        }
        return back;
    }
}
