package id.bpjstk.idp.messaging;

import org.keycloak.provider.Provider;

/** Delivers one message to a member. Implementations never log the text or the full recipient address. */
public interface OtpSender extends Provider {

    /**
     * Sends the message, or throws: the caller tells the member that nothing could be sent and does not count the
     * message as sent.
     */
    void send(OutgoingMessage message) throws OtpSendException;
}
