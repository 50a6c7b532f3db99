package id.bpjstk.idp.signin;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

/** {@code bpjstk-password-form}: the realm's password step in place of {@code auth-username-password-form}. */
public class MaskedPasswordFormFactory extends UsernamePasswordFormFactory {

    public static final String PROVIDER_ID = "bpjstk-password-form";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new MaskedPasswordForm(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "BPJSTK username and password (masked events)";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's username and password form; the events it records carry the typed username masked.";
    }
}
