package id.bpjstk.idp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdentityFieldsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void aKpjIsElevenDigits() {
        assertThat(IdentityFields.kpjProblem("11000000017")).isEmpty();
        assertThat(IdentityFields.kpjProblem(" 11000000017")).contains("registrationKpjInvalid");
        assertThat(IdentityFields.kpjProblem(null)).contains("registrationKpjInvalid");
    }

    @Test
    void theRegistrationsNikCheckNamesTheRuleBrokenAndTheRecoverysOnlyCountsDigits() {
        assertThat(IdentityFields.nikProblem("3171015505900001", TODAY)).isEmpty();
        assertThat(IdentityFields.nikProblem("3171013102900001", TODAY)).contains("registrationNikBirthDate");
        assertThat(IdentityFields.nikProblem("3171015505900000", TODAY)).contains("registrationNikSerial");
        assertThat(IdentityFields.nikProblem(" 3171015505900001", TODAY)).contains("registrationNikDigits");

        assertThat(IdentityFields.nikDigitsProblem(" 3171013102900001 ")).as("recovery: digits only, spaces forgiven").isEmpty();
        assertThat(IdentityFields.nikDigitsProblem("317101310290000")).contains("registrationNikDigits");
        assertThat(IdentityFields.nikDigitsProblem(null)).contains("registrationNikDigits");
    }

    @Test
    void aBirthDateIsAnIsoDateNotAfterToday() {
        assertThat(IdentityFields.birthDate(" 1990-05-15 ", TODAY)).isEqualTo(new IdentityFields.BirthDate(LocalDate.of(1990, 5, 15), null));
        assertThat(IdentityFields.birthDate("2026-11-21", TODAY).isUsable()).isTrue();
        assertThat(IdentityFields.birthDate("2026-11-22", TODAY).problem()).isEqualTo("registrationBirthDateFuture");
        assertThat(IdentityFields.birthDate("15-05-1990", TODAY).problem()).isEqualTo("registrationBirthDateInvalid");
        assertThat(IdentityFields.birthDate("1990-02-30", TODAY).problem()).isEqualTo("registrationBirthDateInvalid");
        assertThat(IdentityFields.birthDate("", TODAY).problem()).isEqualTo("registrationBirthDateInvalid");
        assertThat(IdentityFields.birthDate(null, TODAY).date()).isNull();
    }
}
