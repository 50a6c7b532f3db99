package id.bpjstk.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpjTest {

    @Test
    void elevenDigitsAreAKpj() {
        assertThat(Kpj.isValid("11000000017")).isTrue();
        assertThat("11000000017").matches(Kpj.PATTERN);
    }

    @Test
    void tenOrTwelveDigitsAreNot() {
        assertThat(Kpj.isValid("1100000001")).isFalse();
        assertThat(Kpj.isValid("110000000170")).isFalse();
    }

    @Test
    void lettersWhitespaceAndNonAsciiDigitsAreNot() {
        assertThat(Kpj.isValid("1100000001A")).isFalse();
        assertThat(Kpj.isValid(" 11000000017")).isFalse();
        assertThat(Kpj.isValid("11000000017\n")).isFalse();
        assertThat(Kpj.isValid("١١٠٠٠٠٠٠٠١٧")).isFalse();
    }

    @Test
    void nullAndEmptyAreNot() {
        assertThat(Kpj.isValid(null)).isFalse();
        assertThat(Kpj.isValid("")).isFalse();
    }
}
