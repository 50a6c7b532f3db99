package id.bpjstk.idp.messaging.email;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import id.bpjstk.idp.messaging.OtpSender;
import id.bpjstk.idp.messaging.OtpSenderFactory;
import id.bpjstk.idp.messaging.OtpSenderSpi;

/**
 * The {@code email} provider: notices by email through the realm's SMTP settings and its email theme (set the realm's
 * email theme to {@code bpjstk}). It has no server settings. Its low order keeps it from ever being the default
 * provider, which is the SMS one.
 */
public class EmailNoticeSenderFactory implements OtpSenderFactory {

    public static final String PROVIDER_ID = OtpSenderSpi.EMAIL;

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public OtpSender create(KeycloakSession session) {
        return new EmailNoticeSender(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public int order() {
        return -100;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create().build();
    }

    @Override
    public void close() {
    }
}
