package id.bpjstk.idp.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OtpCodesTest {

    private static final byte[] KEY = "a realm key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void generatedCodesAreAlwaysSixAsciiDigitsWithLeadingZerosKept() {
        SecureRandom random = new SecureRandom();
        IntStream.range(0, 10_000).mapToObj(i -> OtpCodes.generate(random))
                .forEach(code -> assertThat(OtpCodes.isWellFormed(code)).as(code).isTrue());
    }

    @Test
    void generatedCodesSpreadOverTheWholeRange() {
        SecureRandom random = new SecureRandom();
        Set<Character> firstDigits = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String code = OtpCodes.generate(random);
            firstDigits.add(code.charAt(0));
            codes.add(code);
        }
        assertThat(firstDigits).hasSize(10);
        assertThat(codes.size()).isGreaterThan(4_950);
    }

    @Test
    void lettersWrongLengthsWhitespaceSignsAndOtherDigitScriptsAreNotWellFormed() {
        for (String bad : new String[] {"abcdef", "12345a", "12345", "1234567", " 123456", "123456 ", "12 456", "",
                "+12345", "-12345", "١٢٣٤٥٦", "１２３４５６"}) {
            assertThat(OtpCodes.isWellFormed(bad)).as("'%s'", bad).isFalse();
        }
        assertThat(OtpCodes.isWellFormed(null)).isFalse();
        assertThat(OtpCodes.isWellFormed("000000")).isTrue();
    }

    @Test
    void theSameCodeHashesDifferentlyForAnotherLoginOrPurpose() {
        String mac = OtpCodes.mac(KEY, "session-a/tab-1/sign-in", "123456");

        assertThat(OtpCodes.mac(KEY, "session-a/tab-1/sign-in", "123456")).isEqualTo(mac);
        assertThat(OtpCodes.mac(KEY, "session-b/tab-1/sign-in", "123456")).isNotEqualTo(mac);
        assertThat(OtpCodes.mac(KEY, "session-a/tab-1/phone-verification", "123456")).isNotEqualTo(mac);
        assertThat(OtpCodes.mac("another key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
                "session-a/tab-1/sign-in", "123456")).isNotEqualTo(mac);
    }

    @Test
    void theHashNeverContainsTheCode() {
        assertThat(OtpCodes.mac(KEY, "s/t/sign-in", "123456")).doesNotContain("123456");
    }
}
