package id.bpjstk.idp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedPasswordFormTest {

    @Test
    void aTypedKpjKeepsItsFirstFourAndLastTwoDigits() {
        assertThat(MaskedPasswordForm.mask(" 11000000017 ")).isEqualTo("1100*****17");
    }

    @Test
    void aTypedEmailKeepsItsFirstLetterAndDomain() {
        assertThat(MaskedPasswordForm.mask("siti@example.test")).isEqualTo("s***@example.test");
    }

    @Test
    void aPasswordOrNikTypedIntoTheUsernameFieldLeavesNothingButStars() {
        assertThat(MaskedPasswordForm.mask("Rahasia!Siti2026")).isEqualTo("***");
        assertThat(MaskedPasswordForm.mask("3171015505900001")).isEqualTo("***");
        assertThat(MaskedPasswordForm.mask("1100000001")).isEqualTo("***");
    }
}
