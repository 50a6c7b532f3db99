package id.bpjstk.idp.signin;

import java.util.List;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.CookieAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

import id.bpjstk.idp.change.SignInChanges;

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
        return "Keycloak's SSO cookie step; a member with two-step verification on, or staff, is asked for level 2 again when the "
                + "session no longer holds it, and a change of how a member signs in needs a recent level 2.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of(SignInChanges.MAX_AGE);
    }
}
