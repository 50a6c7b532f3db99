package id.bpjstk.idp.messaging;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Our own SPI for delivering one-time codes and notices to members. Providers: {@code outbox} (a JSON-lines file,
 * local run), {@code http} (a generic SMS gateway) and {@code email} (Keycloak's mail, for notices and email
 * verification only, never a login code). The SMS provider in use is server configuration:
 * {@code --spi-otp-sender--provider-default=http} (environment {@code KC_SPI_OTP_SENDER__PROVIDER_DEFAULT}). Not
 * {@code --spi-otp-sender--provider}: Keycloak then loads that one provider only, and the {@code email} provider is gone.
 * No provider is the default without that setting (Keycloak picks a default only among orders above 0).
 */
public class OtpSenderSpi implements Spi {

    public static final String NAME = "otp-sender";
    /** The provider of notices by email, which callers name; the SMS one is the server's default. */
    public static final String EMAIL = "email";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return OtpSender.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return OtpSenderFactory.class;
    }
}
