package id.bpjstk.idp.member;

import org.keycloak.validate.AbstractStringValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

import id.bpjstk.member.IndonesianMobileNumber;

/**
 * The member checks of the registration page as user-profile validators, so that the admin API and the admin
 * console refuse what the page refuses: {@code bpjstk-kpj}, {@code bpjstk-nik} and {@code bpjstk-mobile-number}.
 * Each uses the same code as the page and the same message keys.
 */
public final class MemberValidators {

    private MemberValidators() {
    }

    /** A membership number: exactly 11 ASCII digits. */
    public static final class Kpj extends AbstractStringValidator {
        public static final String ID = "bpjstk-kpj";

        @Override
        public String getId() {
            return ID;
        }

        @Override
        protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
            if (!id.bpjstk.member.Kpj.isValid(value)) {
                context.addError(new ValidationError(ID, inputHint, "registrationKpjInvalid"));
            }
        }
    }

    /** A structurally valid NIK (province, region, birth date, serial). */
    public static final class Nik extends AbstractStringValidator {
        public static final String ID = "bpjstk-nik";

        @Override
        public String getId() {
            return ID;
        }

        @Override
        protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
            id.bpjstk.member.Nik.Result result = id.bpjstk.member.Nik.parse(value, Jakarta.today());
            if (result instanceof id.bpjstk.member.Nik.Invalid invalid) {
                context.addError(new ValidationError(ID, inputHint, NikMessages.of(invalid.reason())));
            }
        }
    }

    /** An Indonesian mobile number in E.164 ({@code +628…}), the form the account keeps. */
    public static final class MobileNumber extends AbstractStringValidator {
        public static final String ID = "bpjstk-mobile-number";

        @Override
        public String getId() {
            return ID;
        }

        @Override
        protected void doValidate(String value, String inputHint, ValidationContext context, ValidatorConfig config) {
            if (!value.matches(IndonesianMobileNumber.E164_PATTERN)) {
                context.addError(new ValidationError(ID, inputHint, "registrationPhoneInvalid"));
            }
        }
    }
}
