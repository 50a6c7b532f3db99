package id.bpjstk.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void indonesianMobileKeepsFirstSixAndLastFour() {
        assertThat(Masking.phone("+6281200000001")).isEqualTo("+62812****0001");
    }

    @Test
    void longerNumberStarsTheWholeMiddle() {
        assertThat(Masking.phone("+628123456789012")).isEqualTo("+62812******9012");
    }

    @Test
    void shortNumberHidesMoreThanItShows() {
        assertThat(Masking.phone("+62812345678")).isEqualTo("+62*******78");
        assertThat(Masking.phone("+6281234")).isEqualTo("+62***34");
    }

    @Test
    void veryShortNumberIsAllStars() {
        assertThat(Masking.phone("+62812")).isEqualTo("******");
        assertThat(Masking.phone("1")).isEqualTo("*");
    }

    @Test
    void missingPhoneIsNone() {
        assertThat(Masking.phone(null)).isEqualTo(Masking.NONE);
        assertThat(Masking.phone("  ")).isEqualTo(Masking.NONE);
    }

    @Test
    void emailKeepsFirstLetterAndDomain() {
        assertThat(Masking.email("siti@example.test")).isEqualTo("s***@example.test");
    }

    @Test
    void oneLetterLocalPartIsHiddenEntirely() {
        assertThat(Masking.email("s@example.test")).isEqualTo("***@example.test");
        assertThat(Masking.email("@example.test")).isEqualTo("***@example.test");
    }

    @Test
    void oddEmailValuesRevealNothingOfTheLocalPart() {
        assertThat(Masking.email("not-an-address")).isEqualTo("***");
        assertThat(Masking.email("a@b@example.test")).isEqualTo("a***@example.test");
        assertThat(Masking.email(null)).isEqualTo(Masking.NONE);
        assertThat(Masking.email("")).isEqualTo(Masking.NONE);
    }

    @Test
    void kpjKeepsFirstFourAndLastTwoDigits() {
        assertThat(Masking.kpj("11000000017")).isEqualTo("1100*****17");
        assertThat(Masking.kpj("1100000001")).isEqualTo("**********");
        assertThat(Masking.kpj(null)).isEqualTo(Masking.NONE);
    }

    @Nested
    class NikMasking {

        @Test
        void keepsTheFirstFourAndLastFourOfSixteen() {
            assertThat(Masking.nik("3171015505900001")).isEqualTo("3171********0001");
            assertThat(Masking.nik("9601014101000001")).isEqualTo("9601********0001");
        }

        @Test
        void masksAnySixteenCharactersWithoutValidatingThem() {
            assertThat(Masking.nik("ABCDEFGHIJKLMNOP")).isEqualTo("ABCD********MNOP");
        }

        @Test
        void starsEverythingWhenNotSixteenCharacters() {
            assertThat(Masking.nik("317101550590001")).isEqualTo("*".repeat(15));
            assertThat(Masking.nik("31710155059000011")).isEqualTo("*".repeat(17));
            assertThat(Masking.nik(" 3171015505900001")).isEqualTo("*".repeat(17));
            assertThat(Masking.nik("1234")).isEqualTo("****");
            assertThat(Masking.nik("")).isEmpty();
        }

        @Test
        void nullIsEmpty() {
            assertThat(Masking.nik(null)).isEmpty();
        }
    }

    @Test
    void aTypedKpjKeepsItsFirstFourAndLastTwoDigits() {
        assertThat(Masking.typedUsername(" 11000000017 ")).isEqualTo("1100*****17");
    }

    @Test
    void aTypedEmailKeepsItsFirstLetterAndDomain() {
        assertThat(Masking.typedUsername("siti@example.test")).isEqualTo("s***@example.test");
    }

    @Test
    void aPasswordOrNikTypedIntoTheUsernameFieldLeavesNothingButStars() {
        assertThat(Masking.typedUsername("Rahasia!Siti2026")).isEqualTo("***");
        assertThat(Masking.typedUsername("3171015505900001")).isEqualTo("***");
        assertThat(Masking.typedUsername("1100000001")).isEqualTo("***");
    }
}
