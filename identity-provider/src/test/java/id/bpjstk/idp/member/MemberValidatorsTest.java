package id.bpjstk.idp.member;

import id.bpjstk.member.Nik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationResult;
import org.keycloak.validate.ValidatorConfig;

class MemberValidatorsTest {

    private static ValidationResult validate(org.keycloak.validate.SimpleValidator validator, String value) {
        return validator.validate(value, "field", new ValidationContext(), ValidatorConfig.EMPTY).toResult();
    }

    @Test
    void kpjValidatorAcceptsElevenDigitsAndGivesThePagesMessageOtherwise() {
        assertThat(validate(new MemberValidators.Kpj(), "11000000017").isValid()).isTrue();
        ValidationResult result = validate(new MemberValidators.Kpj(), "1100000001");
        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrors()).extracting(e -> e.getMessage()).containsExactly("registrationKpjInvalid");
    }

    @Test
    void nikValidatorNamesTheRuleThatFailed() {
        assertThat(validate(new MemberValidators.Nik(), "3171015505900001").isValid()).isTrue();
        assertThat(validate(new MemberValidators.Nik(), "9971015505900001").getErrors()).extracting(e -> e.getMessage())
                .containsExactly("registrationNikProvince");
        assertThat(validate(new MemberValidators.Nik(), "3171015505900000").getErrors()).extracting(e -> e.getMessage())
                .containsExactly("registrationNikSerial");
    }

    @Test
    void mobileNumberValidatorWantsTheStoredE164Form() {
        assertThat(validate(new MemberValidators.MobileNumber(), "+6281200000001").isValid()).isTrue();
        assertThat(validate(new MemberValidators.MobileNumber(), "081200000001").isValid()).isFalse();
        assertThat(validate(new MemberValidators.MobileNumber(), "+622155551234").isValid()).isFalse();
    }
}
