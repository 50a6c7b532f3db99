package id.bpjstk.idp.recovery;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public class ResetPasswordAuthenticatorFactory extends RecoveryStepFactory {

    public static final String PROVIDER_ID = "bpjstk-reset-password";
    private static final ResetPasswordAuthenticator SINGLETON = new ResetPasswordAuthenticator();

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
        return "BPJSTK recovery: new password";
    }

    @Override
    public String getHelpText() {
        return "Sets the new password under the realm's policy, lifts a lockout, ends every session of the member "
                + "and tells the member by SMS and email.";
    }
}
