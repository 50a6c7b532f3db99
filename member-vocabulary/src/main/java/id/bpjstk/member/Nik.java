package id.bpjstk.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Structural check of an Indonesian national identity number (NIK, Nomor Induk Kependudukan).
 *
 * <p>A NIK has 16 digits: {@code PP RR DD dd mm yy SSSS}: province, regency/city and district
 * (kecamatan) of first registration, birth day (plus 40 for women), birth month, two-digit birth
 * year and a serial number. This class only checks that shape; whether the NIK was actually issued
 * is a matter for the population registry.
 *
 * <p>A NIK is personal data: never log it, log {@link Masking#nik(String)} of it at most. For the same
 * reason {@link Valid#toString()} leaves out the birth date, sex and serial.
 */
public final class Nik {

    /** Number of digits of a NIK. */
    public static final int LENGTH = 16;

    /**
     * The 38 current provinces, Kemendagri code to name, in code order.
     *
     * <p>Source: the codes of administrative areas set by the Minister of Home Affairs (Kemendagri's
     * "Kode dan Data Wilayah Administrasi Pemerintahan", as updated after the 2022 laws creating Papua
     * Selatan, Papua Tengah, Papua Pegunungan and Papua Barat Daya). NIKs issued in Papua before the 2022 split may also carry 91
     * or 94; every code 91 to 96 is accepted.
     */
    public static final Map<String, String> PROVINCES = provinces();

    private Nik() {
    }

    /** Outcome of {@link #parse(String, LocalDate)}: either {@link Valid} or {@link Invalid}. */
    public sealed interface Result permits Valid, Invalid {

        /** Whether the NIK is structurally valid. */
        default boolean isValid() {
            return this instanceof Valid;
        }
    }

    /**
     * A structurally valid NIK, split into its parts.
     *
     * @param provinceCode digits 1 and 2, a key of {@link #PROVINCES}
     * @param regencyCode digits 3 and 4 (kabupaten/kota within the province)
     * @param districtCode digits 5 and 6 (kecamatan within the regency)
     * @param birthDate the birth date, the century resolved against the day of parsing
     * @param sex derived from the birth day (women have 40 added)
     * @param serial digits 13 to 16, never {@code 0000}
     */
    public record Valid(String provinceCode, String regencyCode, String districtCode,
            LocalDate birthDate, Sex sex, String serial) implements Result {

        public Valid {
            Objects.requireNonNull(provinceCode, "provinceCode");
            Objects.requireNonNull(regencyCode, "regencyCode");
            Objects.requireNonNull(districtCode, "districtCode");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(serial, "serial");
        }

        /** Name of the province of {@link #provinceCode()}. */
        public String provinceName() {
            return PROVINCES.get(provinceCode);
        }

        /** Only the region codes (which {@link Masking#nik(String)} shows too): the rest is personal data. */
        @Override
        public String toString() {
            return "Nik.Valid[provinceCode=" + provinceCode + ", regencyCode=" + regencyCode
                    + ", districtCode=**, birthDate=****-**-**, sex=*, serial=****]";
        }
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

    /** Sex of the holder, encoded in the birth day. */
    public enum Sex {
        MALE, FEMALE
    }

    /**
     * Checks the structure of a NIK.
     *
     * @param input the NIK as entered; not trimmed
     * @param today the current date, against which the two-digit birth year is resolved to the
     *     latest year not after it
     * @return {@link Valid} with the parts of the NIK, or {@link Invalid} with the first rule broken
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
        if (!PROVINCES.containsKey(province)) {
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
        Sex sex;
        int day;
        if (encodedDay >= 1 && encodedDay <= 31) {
            sex = Sex.MALE;
            day = encodedDay;
        } else if (encodedDay >= 41 && encodedDay <= 71) {
            sex = Sex.FEMALE;
            day = encodedDay - 40;
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

        String serial = input.substring(12, 16);
        if (serial.equals("0000")) {
            return new Invalid(Reason.ZERO_SERIAL);
        }
        return new Valid(province, regency, district, birthDate.get(), sex, serial);
    }

    /** Name of the province with this two-digit code, if it is a current province. */
    public static Optional<String> provinceName(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(PROVINCES.get(code));
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

    private static Map<String, String> provinces() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("11", "Aceh");
        p.put("12", "Sumatera Utara");
        p.put("13", "Sumatera Barat");
        p.put("14", "Riau");
        p.put("15", "Jambi");
        p.put("16", "Sumatera Selatan");
        p.put("17", "Bengkulu");
        p.put("18", "Lampung");
        p.put("19", "Kepulauan Bangka Belitung");
        p.put("21", "Kepulauan Riau");
        p.put("31", "DKI Jakarta");
        p.put("32", "Jawa Barat");
        p.put("33", "Jawa Tengah");
        p.put("34", "DI Yogyakarta");
        p.put("35", "Jawa Timur");
        p.put("36", "Banten");
        p.put("51", "Bali");
        p.put("52", "Nusa Tenggara Barat");
        p.put("53", "Nusa Tenggara Timur");
        p.put("61", "Kalimantan Barat");
        p.put("62", "Kalimantan Tengah");
        p.put("63", "Kalimantan Selatan");
        p.put("64", "Kalimantan Timur");
        p.put("65", "Kalimantan Utara");
        p.put("71", "Sulawesi Utara");
        p.put("72", "Sulawesi Tengah");
        p.put("73", "Sulawesi Selatan");
        p.put("74", "Sulawesi Tenggara");
        p.put("75", "Gorontalo");
        p.put("76", "Sulawesi Barat");
        p.put("81", "Maluku");
        p.put("82", "Maluku Utara");
        p.put("91", "Papua");
        p.put("92", "Papua Barat");
        p.put("93", "Papua Selatan");
        p.put("94", "Papua Tengah");
        p.put("95", "Papua Pegunungan");
        p.put("96", "Papua Barat Daya");
        return Collections.unmodifiableMap(p);
    }
}
