package id.bpjstk.idp.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.validation.Validation;

import id.bpjstk.idp.identity.IdentityFields;
import id.bpjstk.idp.member.FormFields;
import id.bpjstk.member.IndonesianMobileNumber;

/**
 * What the registration page sent, read and checked field by field before anyone is asked: KPJ, NIK (its structure),
 * birth date, mobile number (normalised to E.164) and email. The password fields are Keycloak's password action's.
 *
 * @param birthDate   the typed date, {@code null} when it is none
 * @param phoneNumber E.164, {@code null} when the typed one is no Indonesian mobile number
 * @param errors      one message per unusable field, in the order of the page
 */
record RegistrationForm(String kpj, String nik, LocalDate birthDate, String phoneNumber, String email, List<FormMessage> errors) {

    static final String PHONE_INVALID = "registrationPhoneInvalid";

    static RegistrationForm read(MultivaluedMap<String, String> form, LocalDate today) {
        List<FormMessage> errors = new ArrayList<>();
        String kpj = form.getFirst(FormFields.USERNAME);
        IdentityFields.kpjProblem(kpj).ifPresent(key -> errors.add(new FormMessage(FormFields.USERNAME, key)));
        String nik = form.getFirst(FormFields.NIK);
        IdentityFields.nikProblem(nik, today).ifPresent(key -> errors.add(new FormMessage(FormFields.NIK, key)));
        IdentityFields.BirthDate birthDate = IdentityFields.birthDate(form.getFirst(FormFields.BIRTH_DATE), today);
        if (!birthDate.isUsable()) {
            errors.add(new FormMessage(FormFields.BIRTH_DATE, birthDate.problem()));
        }
        Optional<String> phone = IndonesianMobileNumber.normalise(form.getFirst(FormFields.PHONE_NUMBER));
        if (phone.isEmpty()) {
            errors.add(new FormMessage(FormFields.PHONE_NUMBER, PHONE_INVALID));
        }
        String email = form.getFirst(FormFields.EMAIL);
        if (Validation.isBlank(email)) {
            errors.add(new FormMessage(FormFields.EMAIL, Messages.MISSING_EMAIL));
        }
        return new RegistrationForm(kpj, nik, birthDate.date(), phone.orElse(null), email == null ? "" : email.trim(),
                List.copyOf(errors));
    }

    boolean isUsable() {
        return errors.isEmpty();
    }
}
