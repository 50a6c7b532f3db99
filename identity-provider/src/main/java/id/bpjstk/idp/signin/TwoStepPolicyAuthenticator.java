package id.bpjstk.idp.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.change.SignInChanges;
import id.bpjstk.idp.member.StaffRoles;
import id.bpjstk.idp.member.TwoStep;

/**
 * Runs right after the password and decides whether this sign-in must reach level 2 whatever the client asked for:
 * for a member who turned two-step verification on, for staff, and for a change of how the member signs in (an
 * authenticator app, a passkey, the password, the email...). It raises the level this login requests, so that the
 * realm's level-2 conditional subflow (the one-time code) runs next and the token says {@code acr} "2".
 * <p>
 * A sign-in with a passkey on the password form (Keycloak's passkeys, {@code webauthn-passwordless}) is level 2 by
 * itself: the device holds the key and has checked the member's PIN or fingerprint (the realm's passwordless policy
 * requires user verification). This step records level 2 as reached for this login, with Keycloak's own
 * {@link AcrStore}, so that the level-2 subflow counts it as done and asks for no code.
 */
public class TwoStepPolicyAuthenticator implements Authenticator {

    static final int LEVEL_TWO = 2;
    private static final String USER_VERIFICATION_REQUIRED = "required";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        requireLevelTwoWhereDue(context.getRealm(), context.getUser(), authSession);
        if (signedInWithPasskey(context.getRealm(), authSession)) {
            levelTwoReached(context.getSession(), authSession);
        }
        context.success();
    }

    /**
     * Whether this login's first step was a passkey that checked the member herself. Keycloak's password form records
     * the credential type it accepted; with a policy that stops requiring user verification a passkey is one factor
     * only, and counts as level 1.
     */
    private static boolean signedInWithPasskey(RealmModel realm, AuthenticationSessionModel authSession) {
        return AuthenticatorUtil.getAuthnCredentials(authSession).contains(WebAuthnCredentialModel.TYPE_PASSWORDLESS)
                && USER_VERIFICATION_REQUIRED.equals(realm.getWebAuthnPolicyPasswordless().getUserVerificationRequirement());
    }

    /**
     * Level 2 reached now, as Keycloak's level condition records it when a level-2 subflow completes; the level this
     * login asks for is raised to 2 so that the level-2 subflow finds it done (and the token says {@code acr} "2").
     * A re-authentication Keycloak forced (a {@code max_age} or {@code prompt=login} older than the session) has just
     * happened with the passkey, so levels reached in this login count again.
     */
    private static void levelTwoReached(KeycloakSession session, AuthenticationSessionModel authSession) {
        askForLevelTwo(authSession);
        new AcrStore(session, authSession).setLevelAuthenticated(LEVEL_TWO);
        authSession.removeAuthNote(AuthenticationManager.FORCED_REAUTHENTICATION);
    }

    /** Raises the level this login asks for to 2 where the policy says so. */
    static void requireLevelTwoWhereDue(RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        if (user != null && levelTwoIsDue(realm, user, authSession)) {
            askForLevelTwo(authSession);
        }
    }

    private static void askForLevelTwo(AuthenticationSessionModel authSession) {
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
