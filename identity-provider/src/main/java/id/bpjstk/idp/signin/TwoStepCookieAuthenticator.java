package id.bpjstk.idp.signin;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticator;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Keycloak's SSO-cookie step, which first applies the two-step policy: a member with two-step verification on whose
 * session holds level 2 no longer (past its validity, or turned on during the session) is asked for the code again
 * instead of being signed in at level 1 by the cookie alone.
 */
public class TwoStepCookieAuthenticator extends CookieAuthenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationManager.AuthResult cookie = AuthenticationManager.authenticateIdentityCookie(context.getSession(),
                context.getRealm(), true);
        if (cookie != null) {
            TwoStepPolicyAuthenticator.requireLevelTwoIfEnrolled(cookie.user(), context.getAuthenticationSession());
        }
        super.authenticate(context);
    }
}
