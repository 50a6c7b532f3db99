package id.bpjstk.idp.staff;

import java.util.Map;
import java.util.Optional;

import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.common.util.Time;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.utils.AcrUtils;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * A staff member's bearer token as Keycloak verified it, and the sign-in behind it: the level of authentication that
 * Keycloak recorded for the token's client in the SSO session (what {@code acr} says; read from the session, because
 * the admin console's lightweight tokens carry no {@code acr}) and when the member last signed in.
 */
record StaffSignIn(AuthResult auth, int level, long authTime) {

    /** The admin console: the only client of a realm whose tokens the admin API takes from staff. */
    static final String ADMIN_CONSOLE = Constants.ADMIN_CONSOLE_CLIENT_ID;
    /** Level 2 is recent: the staff APIs' {@code max_age}, as in the services' {@code bpjstk.api.level-2-max-age}. */
    static final long LEVEL_2_MAX_AGE_SECONDS = 1800;

    /** The request's bearer token verified by Keycloak (signature, expiry, session); empty when there is none or it fails. */
    static Optional<StaffSignIn> of(KeycloakSession session, RealmModel realm) {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(realm).authenticate();
        if (auth == null || auth.user() == null || auth.session() == null || auth.client() == null) {
            return Optional.empty();
        }
        AuthenticatedClientSessionModel clientSession = auth.session().getAuthenticatedClientSessionByClient(auth.client().getId());
        int level = clientSession == null ? 0 : Math.max(0, LoAUtil.getCurrentLevelOfAuthentication(clientSession));
        String authTime = auth.session().getNote(AuthenticationManager.AUTH_TIME);
        long signedInAt = authTime != null ? Long.parseLong(authTime) : auth.session().getStarted();
        return Optional.of(new StaffSignIn(auth, level, signedInAt));
    }

    /** The level the admin console asks for ({@code minimum.acr.value}, mapped through the acr-to-level map); 0 when none. */
    static int consoleMinimumLevel(RealmModel realm) {
        ClientModel console = realm.getClientByClientId(ADMIN_CONSOLE);
        String minimumAcr = console == null ? null : AcrUtils.getMinimumAcrValue(console);
        if (minimumAcr == null) {
            return 0;
        }
        Map<String, Integer> levels = AcrUtils.getAcrLoaMap(console);
        Integer level = levels.get(minimumAcr);
        if (level != null) {
            return level;
        }
        try {
            return Integer.parseInt(minimumAcr);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // an acr we cannot place: nobody reaches it
        }
    }

    boolean atLeast(int minimum) {
        return level >= minimum;
    }

    /** At level 2 or more, signed in at most {@link #LEVEL_2_MAX_AGE_SECONDS} ago. */
    boolean recentLevelTwo() {
        return level >= 2 && Time.currentTime() - authTime <= LEVEL_2_MAX_AGE_SECONDS;
    }

    boolean issuedToAdminConsole() {
        return ADMIN_CONSOLE.equals(auth.client().getClientId());
    }
}
