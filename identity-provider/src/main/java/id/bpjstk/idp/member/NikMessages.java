package id.bpjstk.idp.member;

import id.bpjstk.member.Nik;

/** The message of the login theme that tells a member why a typed NIK is not one, for each rule it breaks. */
public final class NikMessages {

    /** Not 16 digits (also what the recovery page says of a NIK it cannot use). */
    public static final String DIGITS = "registrationNikDigits";

    private NikMessages() {
    }

    public static String of(Nik.Reason reason) {
        return switch (reason) {
            case MISSING, NOT_SIXTEEN_DIGITS -> DIGITS;
            case UNKNOWN_PROVINCE -> "registrationNikProvince";
            case INVALID_REGENCY, INVALID_DISTRICT -> "registrationNikRegion";
            case INVALID_BIRTH_DAY, INVALID_BIRTH_MONTH, IMPOSSIBLE_BIRTH_DATE, BIRTH_DATE_IN_FUTURE -> "registrationNikBirthDate";
            case ZERO_SERIAL -> "registrationNikSerial";
        };
    }
}
