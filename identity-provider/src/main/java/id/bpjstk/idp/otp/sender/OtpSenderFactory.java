package id.bpjstk.idp.otp.sender;

import org.keycloak.provider.ProviderFactory;

public interface OtpSenderFactory extends ProviderFactory<OtpSender> {
}
