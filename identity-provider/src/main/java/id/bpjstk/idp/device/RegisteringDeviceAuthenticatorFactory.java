package id.bpjstk.idp.device;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/**
 * Authenticator {@code bpjstk-registering-device}: the browser that registers becomes one the member is known to use,
 * without a notice. Everything else is {@link NewDeviceAuthenticatorFactory}'s.
 */
public class RegisteringDeviceAuthenticatorFactory extends NewDeviceAuthenticatorFactory {

    public static final String PROVIDER_ID = "bpjstk-registering-device";
    private static final NewDeviceAuthenticator SINGLETON = new NewDeviceAuthenticator(false);

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
        return "BPJSTK registering device";
    }

    @Override
    public String getHelpText() {
        return "Place after the registration form: the registering browser becomes one the member is known to use, so that her first sign-in from it does not alarm.";
    }
}
