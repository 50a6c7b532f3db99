package id.bpjstk.idp.messaging;

import org.keycloak.provider.ProviderFactory;

public interface OtpSenderFactory extends ProviderFactory<OtpSender> {
}
