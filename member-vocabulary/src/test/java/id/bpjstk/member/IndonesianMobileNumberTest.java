package id.bpjstk.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianMobileNumberTest {

    private static final String SITI = "+6281200000001";

    @Nested
    class AcceptedForms {

        @Test
        void nationalFormWithLeadingZero() {
            assertThat(IndonesianMobileNumber.normalise("081200000001")).contains(SITI);
        }

        @Test
        void countryCodeWithoutPlus() {
            assertThat(IndonesianMobileNumber.normalise("6281200000001")).contains(SITI);
        }

        @Test
        void e164FormIsKeptAsItIs() {
            assertThat(IndonesianMobileNumber.normalise(SITI)).contains(SITI);
        }

        @Test
        void hyphensInsideAreDropped() {
            assertThat(IndonesianMobileNumber.normalise("0812-0000-0001")).contains(SITI);
            assertThat(IndonesianMobileNumber.normalise("+62-812-0000-0001")).contains(SITI);
        }

        @Test
        void spacesInsideAreDropped() {
            assertThat(IndonesianMobileNumber.normalise("+62 812 0000 0001")).contains(SITI);
            assertThat(IndonesianMobileNumber.normalise("0812 0000 0001")).contains(SITI);
            assertThat(IndonesianMobileNumber.normalise("62 812 0000 0001")).contains(SITI);
        }

        @Test
        void dotsInsideAreDropped() {
            assertThat(IndonesianMobileNumber.normalise("0812.0000.0001")).contains(SITI);
        }

        @Test
        void parenthesesInsideAreDropped() {
            assertThat(IndonesianMobileNumber.normalise("(0812) 0000 0001")).contains(SITI);
            assertThat(IndonesianMobileNumber.normalise("+62 (812) 0000-0001")).contains(SITI);
        }

        @Test
        void leadingAndTrailingWhitespaceIsTrimmed() {
            assertThat(IndonesianMobileNumber.normalise("  081200000001  ")).contains(SITI);
            assertThat(IndonesianMobileNumber.normalise("\t+6281200000001\n")).contains(SITI);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0811", "0812", "0813", "0821", "0822", "0852", "0853", "0855", "0856", "0857",
            "0858", "0859", "0877", "0878", "0881", "0889", "0895", "0896", "0899"})
        void commonOperatorPrefixesAreMobile(String prefix) {
            assertThat(IndonesianMobileNumber.normalise(prefix + "12345678"))
                    .contains("+62" + prefix.substring(1) + "12345678");
        }

        @Test
        void shortestAcceptedHasEightDigitsAfterTheCountryCode() {
            assertThat(IndonesianMobileNumber.normalise("081234567")).contains("+6281234567");
            assertThat(IndonesianMobileNumber.normalise("+6281234567")).contains("+6281234567");
        }

        @Test
        void longestAcceptedHasTwelveDigitsAfterTheCountryCode() {
            assertThat(IndonesianMobileNumber.normalise("0812345678901")).contains("+62812345678901");
            assertThat(IndonesianMobileNumber.normalise("+62812345678901")).contains("+62812345678901");
        }

        @Test
        void everyNormalisedNumberMatchesTheE164Pattern() {
            Pattern e164 = Pattern.compile(IndonesianMobileNumber.E164_PATTERN);
            for (String input : new String[] {"081200000001", "6281200000001", "(0812) 0000 0001", "081234567",
                "0812345678901"}) {
                assertThat(IndonesianMobileNumber.normalise(input)).hasValueSatisfying(
                        number -> assertThat(e164.matcher(number).matches()).isTrue());
            }
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n", "-", "()", " - . ( ) "})
        void nothingIsNotANumber(String input) {
            assertThat(IndonesianMobileNumber.normalise(input)).isEmpty();
        }

        @Test
        void aLonePlusIsNotANumber() {
            assertThat(IndonesianMobileNumber.normalise("+")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("+62")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("62")).isEmpty();
        }

        @Test
        void jakartaLandlineIsNotMobile() {
            assertThat(IndonesianMobileNumber.normalise("0215000001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("021-5000-0001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("(021) 5000 0001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("+62215000001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("62215000001")).isEmpty();
        }

        @Test
        void otherLandlinesAreNotMobile() {
            assertThat(IndonesianMobileNumber.normalise("0227654321")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0361234567")).isEmpty();
        }

        @Test
        void eightFollowedByZeroIsNotAMobilePrefix() {
            assertThat(IndonesianMobileNumber.normalise("080012345678")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("+6280012345678")).isEmpty();
        }

        @Test
        void malaysianNumberIsForeign() {
            assertThat(IndonesianMobileNumber.normalise("+60123456789")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("60123456789")).isEmpty();
        }

        @Test
        void northAmericanNumberIsForeign() {
            assertThat(IndonesianMobileNumber.normalise("+12025550123")).isEmpty();
        }

        @Test
        void singaporeanNumberIsForeign() {
            assertThat(IndonesianMobileNumber.normalise("+6581234567")).isEmpty();
        }

        @Test
        void lettersAreNotDigits() {
            assertThat(IndonesianMobileNumber.normalise("0812-0000-000A")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0812 CALL ME")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("tel:+6281200000001")).isEmpty();
        }

        @Test
        void nonAsciiDigitsAreNotDigits() {
            assertThat(IndonesianMobileNumber.normalise("٠٨١٢٠٠٠٠٠٠٠١")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("０８１２００００００１")).isEmpty();
        }

        @Test
        void tooShort() {
            assertThat(IndonesianMobileNumber.normalise("08123456")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("+628123456")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0812")).isEmpty();
        }

        @Test
        void tooLong() {
            assertThat(IndonesianMobileNumber.normalise("08123456789012")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("+628123456789012")).isEmpty();
        }

        @Test
        void doublePlusIsMalformed() {
            assertThat(IndonesianMobileNumber.normalise("++6281200000001")).isEmpty();
        }

        @Test
        void plusInsideIsMalformed() {
            assertThat(IndonesianMobileNumber.normalise("62+81200000001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("+62+81200000001")).isEmpty();
        }

        @Test
        void internationalPrefixZeroZeroIsNotAccepted() {
            assertThat(IndonesianMobileNumber.normalise("006281200000001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0062 812 0000 0001")).isEmpty();
        }

        @Test
        void trunkZeroAfterTheCountryCodeIsNotAccepted() {
            assertThat(IndonesianMobileNumber.normalise("+62081200000001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("62081200000001")).isEmpty();
        }

        @Test
        void subscriberNumberWithoutAnyPrefixIsNotAccepted() {
            assertThat(IndonesianMobileNumber.normalise("81200000001")).isEmpty();
        }

        @Test
        void otherSeparatorsAreNotDropped() {
            assertThat(IndonesianMobileNumber.normalise("0812/0000/0001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0812_0000_0001")).isEmpty();
            assertThat(IndonesianMobileNumber.normalise("0812,0000,0001")).isEmpty();
        }
    }

    @Nested
    class SharedPattern {

        @Test
        void theE164PatternIsTheRealmsPattern() {
            assertThat(IndonesianMobileNumber.E164_PATTERN).isEqualTo("^\\+628[1-9][0-9]{6,10}$");
        }
    }
}
