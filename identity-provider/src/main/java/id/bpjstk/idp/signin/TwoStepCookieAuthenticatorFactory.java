package id.bpjstk.idp.signin;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;

public class TwoStepCookieAuthenticatorFactory extends CookieAuthenticatorFactory {

    public static final String PROVIDER_ID = "bpjstk-two-step-cookie";
    private static final TwoStepCookieAuthenticator SINGLETON = new TwoStepCookieAuthenticator();

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getDisplayType() {
        return "BPJSTK cookie with two-step policy";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's SSO cookie step; a member with two-step verification on is asked for level 2 again when the session no longer holds it.";
    }
}
