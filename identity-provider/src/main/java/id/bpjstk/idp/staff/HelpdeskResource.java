package id.bpjstk.idp.staff;

import java.util.Map;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.member.StaffRoles;

/**
 * The help desk's one write: {@code POST /realms/{realm}/helpdesk/users/{id}/unlock} lifts a member's lockout, and
 * nothing else. Keycloak's own unlock ({@code DELETE /admin/realms/{realm}/attack-detection/brute-force/users/{id}})
 * needs {@code manage} on the user, which also changes the email and phone, resets the password and deletes the account
 * (realm-management {@code manage-users}, or the same scope of fine-grained admin permissions); this asks only for the
 * role {@code helpdesk} and a recent level 2.
 *
 * <p>The caller: a token Keycloak verifies, of a user who holds {@code helpdesk} through a client that has the role in
 * its scope (Keycloak's rule for admin roles: the admin console, not the member applications), signed in at level 2
 * at most 30 minutes ago. The account: a member's, not staff (a realm administrator unlocks staff). The unlock clears
 * the login failures (a temporary lockout), switches back on an account that the permanent lockout switched off (never
 * one an administrator switched off), and is an admin event like Keycloak's own unlock (resource type
 * {@code USER_LOGIN_FAILURE}, operation {@code DELETE}, path {@code attack-detection/brute-force/users/{id}}, by the
 * caller), which also clears the account's counts of wrong codes (event listener {@code bpjstk-lockout-notices}).
 */
public class HelpdeskResource {

    private static final Logger LOG = Logger.getLogger(HelpdeskResource.class);
    static final String UNLOCK_EVENT_PATH = "attack-detection/brute-force/users/";

    private final KeycloakSession session;

    HelpdeskResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("users/{id}/unlock")
    public Response unlock(@PathParam("id") String id) {
        RealmModel realm = session.getContext().getRealm();
        StaffSignIn signIn = StaffSignIn.of(session, realm).orElse(null);
        if (signIn == null) {
            return error(Response.Status.UNAUTHORIZED, "invalid_token", "a valid bearer token of the realm is needed")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm.getName() + "\"").build();
        }
        RoleModel helpdesk = realm.getRole(StaffRoles.HELPDESK);
        if (helpdesk == null || !signIn.auth().user().hasRole(helpdesk) || !signIn.auth().client().hasScope(helpdesk)) {
            return error(Response.Status.FORBIDDEN, "forbidden", "the role helpdesk is needed").build();
        }
        if (!signIn.recentLevelTwo()) {
            return error(Response.Status.FORBIDDEN, "insufficient_user_authentication",
                    "a sign-in at level 2 in the last 30 minutes is needed")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_user_authentication\", acr_values=\"2\", max_age="
                            + StaffSignIn.LEVEL_2_MAX_AGE_SECONDS).build();
        }
        UserModel member = session.users().getUserById(realm, id);
        if (member == null) {
            return error(Response.Status.NOT_FOUND, "user_not_found", "no such account").build();
        }
        if (!StaffRoles.holds(realm, member, MemberAttributes.MEMBER_ROLE) || StaffRoles.isStaff(realm, member)) {
            return error(Response.Status.FORBIDDEN, "not_a_member",
                    "the help desk unlocks members' accounts; a realm administrator unlocks staff").build();
        }

        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        boolean permanent = protector.isPermanentlyLockedOut(session, realm, member);
        if (permanent) {
            member.setEnabled(true);
            protector.cleanUpPermanentLockout(session, realm, member);
        }
        session.loginFailures().removeUserLoginFailure(realm, member.getId());
        new AdminEventBuilder(realm, new AdminAuth(realm, signIn.auth().token(), signIn.auth().user(), signIn.auth().client()),
                session, session.getContext().getConnection())
                .resource(ResourceType.USER_LOGIN_FAILURE)
                .operation(OperationType.DELETE)
                .resourcePath(UNLOCK_EVENT_PATH + member.getId())
                .detail("unlocked_by", "helpdesk")
                .detail("permanent_lockout", Boolean.toString(permanent))
                .success();
        LOG.infof("Help desk %s unlocked account %s (permanent lockout: %s)", signIn.auth().user().getId(), member.getId(), permanent);
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder error(Response.Status status, String code, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", code, "error_description", description));
    }
}
