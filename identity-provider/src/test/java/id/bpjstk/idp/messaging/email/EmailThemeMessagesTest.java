package id.bpjstk.idp.messaging.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import id.bpjstk.idp.messaging.OutgoingMessage.Purpose;

class EmailThemeMessagesTest {

    private static final List<String> PURPOSES = List.of(Purpose.LOGIN, Purpose.STEP_UP, Purpose.PHONE_VERIFICATION,
            Purpose.RESET, Purpose.LOCKOUT, Purpose.NOTICE, Purpose.CODE_LIMIT, Purpose.NEW_DEVICE);

    @Test
    void everyPurposeHasASubjectInBothLanguages() throws IOException {
        for (String language : List.of("id", "en")) {
            Properties messages = messages(language);
            for (String purpose : PURPOSES) {
                assertThat(messages.getProperty(EmailNoticeSender.subjectKey(purpose)))
                        .as(language + " subject for " + purpose).isNotBlank();
            }
            assertThat(messages.getProperty("bpjstkNoticeFooter")).as(language + " footer").isNotBlank();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(messages("id").keySet()).isEqualTo(messages("en").keySet());
    }

    @Test
    void footerSaysDoNotReplyInTheMembersLanguage() throws IOException {
        assertThat(messages("id").getProperty("bpjstkNoticeFooter")).isEqualTo("Email ini dikirim otomatis, jangan dibalas.");
        assertThat(messages("en").getProperty("bpjstkNoticeFooter")).isEqualTo("This email was sent automatically; do not reply.");
    }

    private static Properties messages(String language) throws IOException {
        String path = "/theme/bpjstk/email/messages/messages_" + language + ".properties";
        try (InputStream in = EmailThemeMessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
