package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ContactFormTest {

    @Test
    void anAddressAndAWellFormedEmailPassWithoutTheSpacesAroundThem() {
        ContactForm form = ContactForm.of("  Jl. Tebet Barat Dalam II No. 8, Jakarta Selatan 12810 \n", " siti@example.test ");

        assertThat(form.valid()).isTrue();
        assertThat(form.address()).isEqualTo("Jl. Tebet Barat Dalam II No. 8, Jakarta Selatan 12810");
        assertThat(form.correspondenceEmail()).isEqualTo("siti@example.test");
    }

    @Test
    void bothFieldsAreRequired() {
        ContactForm form = ContactForm.of("   ", null);

        assertThat(form.valid()).isFalse();
        assertThat(form.addressProblem()).isEqualTo(ContactForm.Problem.REQUIRED);
        assertThat(form.emailProblem()).isEqualTo(ContactForm.Problem.REQUIRED);
    }

    @Test
    void theAddressMayHaveFiveHundredCharactersAndNotOneMore() {
        assertThat(ContactForm.of("a".repeat(500), "siti@example.test").addressProblem()).isNull();
        assertThat(ContactForm.of("a".repeat(501), "siti@example.test").addressProblem()).isEqualTo(ContactForm.Problem.TOO_LONG);
    }

    @Test
    void theEmailMayHaveTwoHundredFiftyFourCharactersAndNotOneMore() {
        String domain = "@example.test";
        assertThat(ContactForm.of("Jl. A", "a".repeat(254 - domain.length()) + domain).emailProblem()).isNull();
        assertThat(ContactForm.of("Jl. A", "a".repeat(255 - domain.length()) + domain).emailProblem())
                .isEqualTo(ContactForm.Problem.TOO_LONG);
    }

    @Test
    void anEmailWithoutOneAtADomainAndADotIsNotWellFormed() {
        for (String bad : new String[] {"siti", "siti@", "@example.test", "siti@example", "siti@@example.test",
                "siti @example.test", "siti@exam ple.test", "siti@example.test@x"}) {
            assertThat(ContactForm.of("Jl. A", bad).emailProblem()).as(bad).isEqualTo(ContactForm.Problem.INVALID);
        }
    }

    @Test
    void theFieldsKeptAcrossAStepUpComeBackAsTheSameForm() {
        ContactForm form = ContactForm.of("Jl. Baru 2", "baru@example.test");

        assertThat(form.fields()).containsExactly(Map.entry("address", "Jl. Baru 2"),
                Map.entry("correspondenceEmail", "baru@example.test"));
        assertThat(ContactForm.of(form.fields())).isEqualTo(form);
    }
}
