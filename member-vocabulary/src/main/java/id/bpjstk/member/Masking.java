package id.bpjstk.member;

/**
 * What of a member's identifiers and addresses may appear in a log line, an event or a page shown to someone other
 * than the member: the one set of masking rules for every module.
 */
public final class Masking {

    /** What a missing phone, email or KPJ is logged as. */
    public static final String NONE = "(none)";

    private Masking() {
    }

    /** {@code 11000000017} becomes {@code 1100*****17}; anything not of 11 characters is all stars. */
    public static String kpj(String kpj) {
        if (kpj == null || kpj.isBlank()) {
            return NONE;
        }
        return kpj.length() == Kpj.LENGTH ? keep(kpj, 4, 2) : stars(kpj.length());
    }

    /**
     * {@code 3171015505900001} becomes {@code 3171********0001}: the province and regency codes and the serial stay,
     * the district and the birth date are starred. A value that is not 16 characters long is starred entirely;
     * {@code null} gives the empty string.
     */
    public static String nik(String nik) {
        if (nik == null) {
            return "";
        }
        return nik.length() == Nik.LENGTH ? keep(nik, 4, 4) : stars(nik.length());
    }

    /**
     * {@code +6281200000001} becomes {@code +62812****0001}: the first 6 and last 4 characters stay when at least 4 are
     * left to hide; shorter values keep less ({@code +62****89}), and very short ones keep nothing.
     */
    public static String phone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return NONE;
        }
        int length = e164.length();
        if (length >= 14) {
            return keep(e164, 6, 4);
        }
        if (length >= 8) {
            return keep(e164, 3, 2);
        }
        return stars(length);
    }

    /**
     * {@code siti@example.test} becomes {@code s***@example.test}: the domain stays, the local part keeps its first
     * character only when it has more than one. A value without a local part or without {@code @} is all stars.
     */
    public static String email(String address) {
        if (address == null || address.isBlank()) {
            return NONE;
        }
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return "***";
        }
        String local = at > 1 ? address.substring(0, 1) : "";
        return local + "***" + address.substring(at);
    }

    /**
     * What may be said of a username as someone typed it into a sign-in or recovery form: a KPJ or an email, masked as
     * above; anything else (a password typed into the wrong field, a NIK) only that something was there, {@code ***}.
     * Spaces around it are ignored.
     */
    public static String typedUsername(String typed) {
        if (typed == null || typed.isBlank()) {
            return NONE;
        }
        String value = typed.trim();
        if (Kpj.isValid(value)) {
            return kpj(value);
        }
        return value.contains("@") ? email(value) : "***";
    }

    private static String keep(String value, int head, int tail) {
        int length = value.length();
        return value.substring(0, head) + stars(length - head - tail) + value.substring(length - tail);
    }

    private static String stars(int count) {
        return "*".repeat(count);
    }
}
