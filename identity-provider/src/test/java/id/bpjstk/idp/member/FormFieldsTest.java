package id.bpjstk.idp.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The pages' field names are a contract: the templates and the code spell them alike. */
class FormFieldsTest {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    @Test
    void theRegistrationPageSendsTheFieldsTheCodeReads() throws IOException {
        assertThat(fieldsOf("register.ftl")).containsExactlyInAnyOrder(FormFields.USERNAME, FormFields.NIK,
                FormFields.BIRTH_DATE, FormFields.EMAIL, FormFields.PHONE_NUMBER, "password", FormFields.PASSWORD_CONFIRM);
    }

    @Test
    void theRecoveryPagesSendTheFieldsTheCodeReads() throws IOException {
        assertThat(fieldsOf("bpjstk-reset-identify.ftl")).containsExactlyInAnyOrder(FormFields.USERNAME, FormFields.NIK,
                FormFields.BIRTH_DATE, "login");
        assertThat(fieldsOf("bpjstk-reset-password.ftl")).containsExactlyInAnyOrder(FormFields.PASSWORD_NEW,
                FormFields.PASSWORD_CONFIRM, "login");
    }

    @Test
    void theCodePageSendsTheCodeAndTheResendButton() throws IOException {
        assertThat(fieldsOf("bpjstk-otp.ftl")).containsExactlyInAnyOrder(FormFields.OTP, FormFields.RESEND, "login");
    }

    private static Set<String> fieldsOf(String template) throws IOException {
        try (InputStream in = FormFieldsTest.class.getResourceAsStream("/theme/bpjstk/login/" + template)) {
            assertThat(in).as(template).isNotNull();
            Matcher names = NAME.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return names.results().map(match -> match.group(1)).collect(Collectors.toSet());
        }
    }
}
