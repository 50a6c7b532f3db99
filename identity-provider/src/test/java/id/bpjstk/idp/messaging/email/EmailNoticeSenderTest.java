package id.bpjstk.idp.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.bpjstk.idp.messaging.OtpSendException;
import id.bpjstk.idp.messaging.OutgoingMessage;
import id.bpjstk.idp.messaging.OutgoingMessage.Purpose;

class EmailNoticeSenderTest {

    // No Keycloak session: a refused message must be refused before anything is looked up.
    private final EmailNoticeSender sender = new EmailNoticeSender(null);

    @Test
    void loginCodeIsNeverEmailed() {
        assertThatThrownBy(() -> sender.send(message(Purpose.LOGIN)))
                .isInstanceOf(OtpSendException.class)
                .hasMessageContaining("NIST");
    }

    @Test
    void stepUpCodeIsNeverEmailed() {
        assertThatThrownBy(() -> sender.send(message(Purpose.STEP_UP)))
                .isInstanceOf(OtpSendException.class)
                .hasMessageContaining("NIST");
    }

    @Test
    void memberWithoutEmailIsRefused() {
        assertThatThrownBy(() -> sender.send(message(Purpose.LOCKOUT)))
                .isInstanceOf(OtpSendException.class)
                .hasMessageContaining("no email");
    }

    @Test
    void subjectKeyNamesThePurposeWithUnderscores() {
        assertThat(EmailNoticeSender.subjectKey(Purpose.PHONE_VERIFICATION))
                .isEqualTo("bpjstkNoticeSubject_phone_verification");
        assertThat(EmailNoticeSender.subjectKey(Purpose.LOCKOUT)).isEqualTo("bpjstkNoticeSubject_lockout");
    }

    @Test
    void unknownPurposeGetsTheGeneralSubject() {
        assertThat(EmailNoticeSender.subjectKey("registration-blocked")).isEqualTo("bpjstkNoticeSubject_notice");
    }

    private static OutgoingMessage message(String purpose) {
        return new OutgoingMessage(null, null, "+6281200000001", purpose, "Kode Anda: 123456", Locale.forLanguageTag("id"));
    }
}
