package id.bpjstk.partner.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Shows "Anda sudah keluar" on her next page after she signed out of BPJSTK elsewhere (the member portal, Keycloak's
 * account console, the help desk), instead of quarkus-oidc's answer to a pending back-channel logout, which is a
 * redirect to Keycloak's sign-in page.
 *
 * <p>quarkus-oidc takes Keycloak's back-channel logout at {@value #BACK_CHANNEL_PATH} and verifies the logout token;
 * when it has accepted one (200), this filter reads the token's {@code sid} and remembers that session as ended. Each
 * signed-in answer carries the cookie {@value #MARK}: an HMAC of her session's {@code sid} under
 * {@code PARTNER_SESSION_SECRET}, which names the session without telling it. A request whose mark names an ended
 * session, before sign-in looks at it, loses the session cookies and goes to {@code /signed-out?elsewhere=true}.
 */
@ApplicationScoped
public class SingleLogout {

    static final String MARK = "partner_sso";
    static final String BACK_CHANNEL_PATH = "/back-channel-logout";
    static final String LOGOUT_PATH = "/logout";
    /**
     * quarkus-oidc's session cookie of this app (default tenant, {@code cookie-suffix=partner}), and its chunks
     * ({@code _chunk_1}, ...) when the sealed tokens outgrow one cookie.
     */
    static final String SESSION_COOKIE = "q_session_Default_partner";
    /** Before authentication: the session must be gone before quarkus-oidc looks at it. */
    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 50;

    private static final Logger LOG = Logger.getLogger(SingleLogout.class);

    private final EndedSessions ended = new EndedSessions(Duration.ofHours(12), 100_000, Clock.systemUTC());
    private final SecretKeySpec key;

    SingleLogout(@ConfigProperty(name = "partner.session-secret") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("PARTNER_SESSION_SECRET must hold at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (BACK_CHANNEL_PATH.equals(path)) {
            context.addHeadersEndHandler(done -> rememberEnded(context));
            context.next();
            return;
        }
        Cookie mark = context.request().getCookie(MARK);
        if (mark != null && ended.contains(mark.getValue()) && !open(path)) {
            endHere(context);
            return;
        }
        context.addHeadersEndHandler(done -> mark(context, mark, path));
        context.next();
    }

    /** Pages that need no session, which her ended session does not turn away. */
    private static boolean open(String path) {
        return path.equals("/signed-out") || path.equals("/language") || path.equals("/partner.css")
                || path.equals("/favicon.ico") || path.startsWith("/q/");
    }

    private void endHere(RoutingContext context) {
        for (String name : context.request().cookieMap().keySet()) {
            if (name.equals(SESSION_COOKIE) || name.startsWith(SESSION_COOKIE + "_chunk_")) {
                context.response().addCookie(expired(name));
            }
        }
        context.response().addCookie(expired(MARK));
        context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/signed-out?elsewhere=true").end();
    }

    private void rememberEnded(RoutingContext context) {
        if (context.response().getStatusCode() != 200) {
            return;
        }
        String sid = claim(context.request().formAttributes().get("logout_token"), "sid");
        if (sid != null) {
            endedByKeycloak(sid);
            LOG.info("Keycloak ended a member's session (back-channel logout)");
        }
    }

    /** Keycloak ended the session {@code sid}: her next request here with its mark goes to the signed-out page. */
    void endedByKeycloak(String sid) {
        ended.add(mark(sid));
    }

    private void mark(RoutingContext context, Cookie current, String path) {
        if (path.equals(LOGOUT_PATH)) {
            context.response().addCookie(expired(MARK));
            return;
        }
        if (context.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken idToken
                && idToken.getClaim("sid") != null) {
            String value = mark(idToken.getClaim("sid").toString());
            if (current == null || !current.getValue().equals(value)) {
                context.response().addCookie(Cookie.cookie(MARK, value).setPath("/").setHttpOnly(true)
                        .setSecure(context.request().isSSL()).setSameSite(CookieSameSite.LAX));
            }
        }
    }

    String mark(String sid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sid.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A claim of a JWT that quarkus-oidc has verified already (a 200 to the logout token); null if there is none. */
    static String claim(String jwt, String name) {
        if (jwt == null) {
            return null;
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Object value = payload.getValue(name);
            return value == null ? null : value.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Cookie expired(String name) {
        return Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true).setSameSite(CookieSameSite.LAX);
    }
}
