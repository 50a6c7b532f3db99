package id.bpjstk.idp.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticator;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.Constants;
import org.keycloak.protocol.LoginProtocol;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

import id.bpjstk.idp.change.SignInChanges;

/**
 * Keycloak's SSO-cookie step, which first applies the level policy of {@link TwoStepPolicyAuthenticator}: a member
 * with two-step verification on, or staff, whose session holds level 2 no longer is asked for the code again instead
 * of being signed in at level 1 by the cookie alone. A change of how the member signs in ({@link SignInChanges})
 * needs level 2 reached in the last five minutes (the setting {@code sign-in-change-max-age-seconds}): when the session's is older, the cookie counts for the password
 * only and the code is asked again (Keycloak's own re-authentication, for a session whose sign-in is older still,
 * asks for the password as well).
 */
public class TwoStepCookieAuthenticator extends CookieAuthenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationManager.AuthResult cookie = AuthenticationManager.authenticateIdentityCookie(context.getSession(),
                context.getRealm(), true);
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (cookie != null) {
            TwoStepPolicyAuthenticator.requireLevelTwoWhereDue(context.getRealm(), cookie.user(), authSession);
            if (SignInChanges.requested(authSession) && !SignInChanges.levelTwoIsFresh(cookie.session(), maxAge(context))
                    && !reauthenticationRequired(context, cookie) && !AuthenticatorUtil.isForkedFlow(authSession)) {
                askForTheSecondFactorAgain(context, cookie);
                return;
            }
        }
        super.authenticate(context);
    }

    private static int maxAge(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        return SignInChanges.MAX_AGE.read(config == null ? null : config.getConfig());
    }

    private static boolean reauthenticationRequired(AuthenticationFlowContext context, AuthenticationManager.AuthResult cookie) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        LoginProtocol protocol = context.getSession().getProvider(LoginProtocol.class, authSession.getProtocol());
        return protocol.requireReauthentication(cookie.session(), authSession);
    }

    /**
     * Keycloak's step-up from the session, with the session's level 2 forgotten for this login: the flow goes on to
     * the level-2 subflow, and its success records level 2 anew.
     */
    private static void askForTheSecondFactorAgain(AuthenticationFlowContext context, AuthenticationManager.AuthResult cookie) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        authSession.setAuthNote(Constants.LOA_MAP, SignInChanges.withoutLevelTwo(cookie.session().getNote(Constants.LOA_MAP)));
        context.setUser(cookie.user());
        AcrStore acr = new AcrStore(context.getSession(), authSession);
        int previous = acr.getHighestAuthenticatedLevelFromPreviousAuthentication(context.getTopLevelFlow().getId());
        AuthenticatorUtils.updateCompletedExecutions(authSession, cookie.session(), context.getExecution().getId());
        acr.setLevelAuthenticatedToCurrentRequest(previous);
        context.setForwardedInfoMessage(Messages.AUTHENTICATE_STRONG);
        context.attempted();
    }
}
