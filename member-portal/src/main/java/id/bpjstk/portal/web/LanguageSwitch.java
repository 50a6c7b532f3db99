package id.bpjstk.portal.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import id.bpjstk.portal.i18n.Language;

/**
 * {@code /language?to=en&back=/contributions}: remembers the member's language (a cookie for a year) and goes back to
 * the page she was on. Keycloak's pages follow through {@code ui_locales}. {@code back} must be a path of this portal.
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

    /** {@code back} when it is a path here ({@code /x}, not {@code //host} or {@code /\host}), else {@code /}. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getAuthority() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
