package id.bpjstk.idp.activity;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.models.AccountRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * {@code GET /realms/{realm}/bpjstk-account/activity}: the caller's own recent activity (sign-ins, failed sign-ins,
 * wrong codes, changes of how she signs in; at most 20 lines of the past 30 days, newest first), which Keycloak's
 * account API does not offer. For the member portal's security page, called with the member's own access token.
 *
 * <p>The token is checked as Keycloak's account API checks its own: signed by this realm, not expired, of a session
 * that is still active, of an enabled user, with audience {@code account}, and carrying (and its user holding) the
 * account role {@code manage-account} or {@code view-profile}. The events read are the token user's, of this realm,
 * and nothing of them goes out but what {@link ActivityEntry} keeps.
 */
public class AccountActivityResource {

    static final String ACCOUNT = Constants.ACCOUNT_MANAGEMENT_CLIENT_ID;

    private final KeycloakSession session;

    AccountActivityResource(KeycloakSession session) {
        this.session = session;
    }

    /** The answer's body: the lines, newest first. */
    public record Activity(List<ActivityEntry> events) {
    }

    @GET
    @Path("activity")
    @Produces(MediaType.APPLICATION_JSON)
    public Response activity() {
        RealmModel realm = session.getContext().getRealm();
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setRealm(realm).setAudience(ACCOUNT).authenticate();
        if (auth == null || auth.user() == null || auth.session() == null) {
            return error(Response.Status.UNAUTHORIZED, "invalid_token",
                    "an active bearer token of the realm with audience account is needed")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm.getName() + "\", error=\"invalid_token\"").build();
        }
        if (!mayReadOwnAccount(realm, auth.user(), auth.token())) {
            return error(Response.Status.FORBIDDEN, "insufficient_scope", "the account role manage-account or view-profile is needed")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm.getName() + "\", error=\"insufficient_scope\"").build();
        }
        EventStoreProvider store = session.getProvider(EventStoreProvider.class);
        List<ActivityEntry> lines = MemberActivity.recent(store.createQuery()
                .realm(realm.getId())
                .user(auth.user().getId())
                .type(ActivityEntry.TYPES)
                .fromDate(Time.currentTimeMillis() - MemberActivity.WINDOW_MILLIS)
                .orderByDescTime()
                .maxResults(MemberActivity.SCAN)
                .getResultStream());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new Activity(lines), MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore).build();
    }

    /** The token carries an account role that reads her own account, and she still holds it. */
    private static boolean mayReadOwnAccount(RealmModel realm, UserModel user, AccessToken token) {
        ClientModel account = realm.getClientByClientId(ACCOUNT);
        AccessToken.Access access = token.getResourceAccess(ACCOUNT);
        if (account == null || access == null) {
            return false;
        }
        for (String name : List.of(AccountRoles.MANAGE_ACCOUNT, AccountRoles.VIEW_PROFILE)) {
            RoleModel role = account.getRole(name);
            if (access.isUserInRole(name) && role != null && user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private static Response.ResponseBuilder error(Response.Status status, String code, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", code, "error_description", description));
    }
}
