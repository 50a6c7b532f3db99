package id.bpjstk.idp.recovery;

import java.util.List;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

import id.bpjstk.idp.otp.OtpSettings;

public class ResetCodeAuthenticatorFactory extends RecoveryStepFactory {

    public static final String PROVIDER_ID = "bpjstk-reset-code";
    private static final ResetCodeAuthenticator SINGLETON = new ResetCodeAuthenticator();

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
        return "BPJSTK recovery: SMS code";
    }

    @Override
    public String getHelpText() {
        return "A six-digit code by SMS to the verified mobile number of the member the identity step found.";
    }

    /** Wrong codes count toward the realm's lockout like those of the sign-in. */
    @Override
    public String getReferenceCategory() {
        return OTPCredentialModel.TYPE;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return OtpSettings.CONFIG_PROPERTIES;
    }
}
