package id.bpjstk.idp.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.change.SignInChanges;
import id.bpjstk.idp.member.StaffRoles;
import id.bpjstk.idp.member.TwoStep;

/**
 * Runs right after the password and decides whether this sign-in must reach level 2 whatever the client asked for:
 * for a member who turned two-step verification on, for staff, and for a change of how the member signs in (an
 * authenticator app, a passkey, the password, the email...). It raises the level this login requests, so that the
 * realm's level-2 conditional subflow (the one-time code) runs next and the token says {@code acr} "2".
 */
public class TwoStepPolicyAuthenticator implements Authenticator {

    static final int LEVEL_TWO = 2;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        requireLevelTwoWhereDue(context.getRealm(), context.getUser(), context.getAuthenticationSession());
        context.success();
    }

    /** Raises the level this login asks for to 2 where the policy says so. */
    static void requireLevelTwoWhereDue(RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        if (user == null || !levelTwoIsDue(realm, user, authSession)) {
            return;
        }
        String requested = authSession.getClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION);
        if (requested == null || Integer.parseInt(requested) < LEVEL_TWO) {
            authSession.setClientNote(Constants.REQUESTED_LEVEL_OF_AUTHENTICATION, Integer.toString(LEVEL_TWO));
        }
    }

    private static boolean levelTwoIsDue(RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        return TwoStep.isEnabled(user) || StaffRoles.isStaff(realm, user) || SignInChanges.requested(authSession);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
