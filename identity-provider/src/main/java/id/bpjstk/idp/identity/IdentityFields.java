package id.bpjstk.idp.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import id.bpjstk.idp.member.NikMessages;
import id.bpjstk.member.Kpj;
import id.bpjstk.member.Nik;

/**
 * The identity fields the registration and the recovery pages share (KPJ, NIK, birth date): how each is read and the
 * message key a field gets when it cannot be used. Registration checks the NIK's structure; recovery asks only for
 * 16 digits and leaves the rest to the stored hash and the registry, so that its answer never says more than
 * "no match".
 */
public final class IdentityFields {

    public static final String KPJ_INVALID = "registrationKpjInvalid";
    public static final String BIRTH_DATE_INVALID = "registrationBirthDateInvalid";
    public static final String BIRTH_DATE_FUTURE = "registrationBirthDateFuture";

    /**
     * The birth date field read: the date when it is one, and what is wrong with it, if anything.
     *
     * @param date    the typed date; also set when it lies in the future
     * @param problem {@link #BIRTH_DATE_INVALID}, {@link #BIRTH_DATE_FUTURE} or {@code null}
     */
    public record BirthDate(LocalDate date, String problem) {
        public boolean isUsable() {
            return problem == null;
        }
    }

    private IdentityFields() {
    }

    /** A KPJ: exactly 11 ASCII digits. */
    public static Optional<String> kpjProblem(String value) {
        return Kpj.isValid(value) ? Optional.empty() : Optional.of(KPJ_INVALID);
    }

    /** A NIK of valid structure (province, region, birth date, serial) as of {@code today}. */
    public static Optional<String> nikProblem(String value, LocalDate today) {
        return Nik.parse(value, today) instanceof Nik.Invalid invalid ? Optional.of(NikMessages.of(invalid.reason())) : Optional.empty();
    }

    /** 16 ASCII digits, around which spaces are forgiven. */
    public static Optional<String> nikDigitsProblem(String value) {
        return value != null && value.trim().matches("[0-9]{16}") ? Optional.empty() : Optional.of(NikMessages.DIGITS);
    }

    /** An ISO date ({@code YYYY-MM-DD}, spaces around it forgiven) not after {@code today}. */
    public static BirthDate birthDate(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return new BirthDate(null, BIRTH_DATE_INVALID);
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            return new BirthDate(date, date.isAfter(today) ? BIRTH_DATE_FUTURE : null);
        } catch (DateTimeParseException e) {
            return new BirthDate(null, BIRTH_DATE_INVALID);
        }
    }
}
