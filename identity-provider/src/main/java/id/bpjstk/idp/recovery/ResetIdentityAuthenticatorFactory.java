package id.bpjstk.idp.recovery;

import java.util.List;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

import id.bpjstk.idp.identity.IdentityCheckThrottle;

public class ResetIdentityAuthenticatorFactory extends RecoveryStepFactory {

    public static final String PROVIDER_ID = "bpjstk-reset-identify";
    private static final ResetIdentityAuthenticator SINGLETON = new ResetIdentityAuthenticator();

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
        return "BPJSTK recovery: KPJ, NIK and birth date";
    }

    @Override
    public String getHelpText() {
        return "Identifies the member by KPJ or email, NIK and birth date (stored NIK hash and the member registry); "
                + "failed checks share the registration's throttle.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return IdentityCheckThrottle.Limits.CONFIG_PROPERTIES;
    }
}
