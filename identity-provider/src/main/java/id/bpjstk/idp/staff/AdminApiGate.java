package id.bpjstk.idp.staff;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.JWSInputException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.utils.KeycloakSessionUtil;

/**
 * Holds Keycloak's admin API ({@code /admin/...}) to what the realm's admin console asks of staff. A bearer token of a
 * realm other than the administration realm ({@code master}) is taken only when it was issued to that realm's
 * {@code security-admin-console} and its sign-in reached the console's {@code minimum.acr.value} (level 2 in realm
 * {@code bpjstk}); anything else is answered 403 before the operation runs, so a staff member's token from a
 * member application or a partner's, whatever roles it carries and whatever client an administrator adds later, opens
 * nothing there, and neither does a level-1 sign-in. The filter only ever refuses: Keycloak's admin API still checks
 * the token and the caller's rights itself. It runs once the request is matched (before that there is no Keycloak
 * session to read the realm from) and before the matched operation does anything.
 */
@Provider
public class AdminApiGate implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AdminApiGate.class);
    private static final String BEARER = "bearer ";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!isAdminPath(path) || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        Optional<String> realmName = issuerRealm(authorization.substring(BEARER.length()).trim());
        KeycloakSession session = KeycloakSessionUtil.getKeycloakSession();
        if (realmName.isEmpty() || session == null || realmName.get().equals(Config.getAdminRealm())) {
            return; // not a token of ours to judge; Keycloak refuses what it cannot read
        }
        RealmModel realm = session.realms().getRealmByName(realmName.get());
        if (realm == null) {
            return;
        }
        RealmModel previous = session.getContext().getRealm();
        Optional<StaffSignIn> signIn;
        try {
            session.getContext().setRealm(realm);
            signIn = StaffSignIn.of(session, realm);
        } finally {
            session.getContext().setRealm(previous);
        }
        if (signIn.isEmpty()) {
            return; // an invalid or expired token: Keycloak answers 401 itself
        }
        if (!signIn.get().issuedToAdminConsole()) {
            refuse(request, realm, signIn.get(), "the admin API takes only tokens issued to the admin console");
        } else if (!signIn.get().atLeast(StaffSignIn.consoleMinimumLevel(realm))) {
            refuse(request, realm, signIn.get(), "the admin API needs the level of authentication the admin console asks for");
        }
    }

    static boolean isAdminPath(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.equals("admin") || trimmed.startsWith("admin/");
    }

    /** The realm named by the token's issuer ({@code .../realms/<name>}), read without checking the signature. */
    static Optional<String> issuerRealm(String token) {
        try {
            String issuer = new JWSInput(token).readJsonContent(AccessToken.class).getIssuer();
            if (issuer == null || !issuer.contains("/realms/")) {
                return Optional.empty();
            }
            String name = issuer.substring(issuer.lastIndexOf("/realms/") + "/realms/".length());
            return name.isEmpty() || name.contains("/") ? Optional.empty() : Optional.of(name);
        } catch (JWSInputException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void refuse(ContainerRequestContext request, RealmModel realm, StaffSignIn signIn, String why) {
        LOG.infof("Admin API refused in realm %s: client %s, level %d, user %s: %s", realm.getName(),
                signIn.auth().client().getClientId(), signIn.level(), signIn.auth().user().getId(), why);
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "access_denied", "error_description", why)).build());
    }
}
