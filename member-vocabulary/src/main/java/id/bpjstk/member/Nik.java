package id.bpjstk.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Structural check of an Indonesian national identity number (NIK, Nomor Induk Kependudukan).
 *
 * <p>A NIK has 16 digits: {@code PP RR DD dd mm yy SSSS}: province, regency/city and district
 * (kecamatan) of first registration, birth day (plus 40 for women), birth month, two-digit birth
 * year and a serial number. This class only checks that shape; whether the NIK was actually issued
 * is a matter for the population registry.
 *
 * <p>A NIK is personal data: never log it, log {@link Masking#nik(String)} of it at most.
 */
public final class Nik {

    /** Number of digits of a NIK. */
    public static final int LENGTH = 16;

    /**
     * The codes of the 38 current provinces.
     *
     * <p>Source: the codes of administrative areas set by the Minister of Home Affairs (Kemendagri's
     * "Kode dan Data Wilayah Administrasi Pemerintahan", as updated after the 2022 laws creating Papua
     * Selatan, Papua Tengah, Papua Pegunungan and Papua Barat Daya). NIKs issued in Papua before the 2022 split may also carry 91
     * or 94; every code 91 to 96 is accepted.
     */
    static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", // Aceh to Kepulauan Bangka Belitung (Sumatera)
            "21", // Kepulauan Riau
            "31", "32", "33", "34", "35", "36", // DKI Jakarta, Jawa Barat, Jawa Tengah, DI Yogyakarta, Jawa Timur, Banten
            "51", "52", "53", // Bali, Nusa Tenggara Barat, Nusa Tenggara Timur
            "61", "62", "63", "64", "65", // Kalimantan Barat, Tengah, Selatan, Timur, Utara
            "71", "72", "73", "74", "75", "76", // Sulawesi Utara, Tengah, Selatan, Tenggara, Gorontalo, Sulawesi Barat
            "81", "82", // Maluku, Maluku Utara
            "91", "92", "93", "94", "95", "96"); // Papua, Papua Barat, Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya

    private Nik() {
    }

    /** Outcome of {@link #parse(String, LocalDate)}: either {@link Valid} or {@link Invalid}. */
    public sealed interface Result permits Valid, Invalid {

        /** Whether the NIK is structurally valid. */
        default boolean isValid() {
            return this instanceof Valid;
        }
    }

    /** A structurally valid NIK. */
    public record Valid() implements Result {
    }

    /** A value that is not a structurally valid NIK, with the first rule it breaks. */
    public record Invalid(Reason reason) implements Result {

        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a value is not a NIK; rules are checked in this order and the first one broken wins. */
    public enum Reason {
        /** {@code null}, empty or only whitespace. */
        MISSING,
        /** Anything other than exactly 16 ASCII digits, including surrounding whitespace. */
        NOT_SIXTEEN_DIGITS,
        /** Digits 1-2 are not the code of a current province. */
        UNKNOWN_PROVINCE,
        /** Digits 3-4 are {@code 00}. */
        INVALID_REGENCY,
        /** Digits 5-6 are {@code 00}. */
        INVALID_DISTRICT,
        /** Digits 7-8 are neither 01-31 (men) nor 41-71 (women). */
        INVALID_BIRTH_DAY,
        /** Digits 9-10 are not 01-12. */
        INVALID_BIRTH_MONTH,
        /** The birth day does not exist in that month and year, such as 31 April or 29 February 2023. */
        IMPOSSIBLE_BIRTH_DATE,
        /** The birth date is after the day of parsing. */
        BIRTH_DATE_IN_FUTURE,
        /** Digits 13-16 are {@code 0000}. */
        ZERO_SERIAL
    }

    /**
     * Checks the structure of a NIK.
     *
     * @param input the NIK as entered; not trimmed
     * @param today the current date, against which the two-digit birth year is resolved to the
     *     latest year not after it
     * @return {@link Valid}, or {@link Invalid} with the first rule broken
     */
    public static Result parse(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (input == null || input.isBlank()) {
            return new Invalid(Reason.MISSING);
        }
        if (!isSixteenAsciiDigits(input)) {
            return new Invalid(Reason.NOT_SIXTEEN_DIGITS);
        }
        String province = input.substring(0, 2);
        if (!PROVINCE_CODES.contains(province)) {
            return new Invalid(Reason.UNKNOWN_PROVINCE);
        }
        String regency = input.substring(2, 4);
        if (regency.equals("00")) {
            return new Invalid(Reason.INVALID_REGENCY);
        }
        String district = input.substring(4, 6);
        if (district.equals("00")) {
            return new Invalid(Reason.INVALID_DISTRICT);
        }

        int encodedDay = twoDigits(input, 6);
        int day;
        if (encodedDay >= 1 && encodedDay <= 31) {
            day = encodedDay; // a man
        } else if (encodedDay >= 41 && encodedDay <= 71) {
            day = encodedDay - 40; // a woman
        } else {
            return new Invalid(Reason.INVALID_BIRTH_DAY);
        }

        int month = twoDigits(input, 8);
        if (month < 1 || month > 12) {
            return new Invalid(Reason.INVALID_BIRTH_MONTH);
        }

        int year = resolveYear(twoDigits(input, 10), today);
        Optional<LocalDate> birthDate = dateOf(year, month, day);
        if (birthDate.isEmpty()) {
            return new Invalid(Reason.IMPOSSIBLE_BIRTH_DATE);
        }
        if (birthDate.get().isAfter(today)) {
            return new Invalid(Reason.BIRTH_DATE_IN_FUTURE);
        }

        if (input.substring(12, 16).equals("0000")) {
            return new Invalid(Reason.ZERO_SERIAL);
        }
        return new Valid();
    }

    /** The latest year not after {@code today}'s year whose last two digits are {@code twoDigitYear}. */
    static int resolveYear(int twoDigitYear, LocalDate today) {
        int year = today.getYear() - Math.floorMod(today.getYear(), 100) + twoDigitYear;
        return year > today.getYear() ? year - 100 : year;
    }

    private static Optional<LocalDate> dateOf(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isSixteenAsciiDigits(String value) {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String digits, int from) {
        return (digits.charAt(from) - '0') * 10 + (digits.charAt(from + 1) - '0');
    }
}
