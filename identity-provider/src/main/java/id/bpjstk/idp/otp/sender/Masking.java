package id.bpjstk.idp.otp.sender;

/**
 * Masks a member's phone number or email address for log lines, so that a log never holds the full address.
 */
public final class Masking {

    /** What a missing address is logged as. */
    public static final String NONE = "(none)";

    private Masking() {
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

    /** {@code 11000000017} becomes {@code 1100*****17}; anything not of 11 characters is all stars. */
    public static String membershipNumber(String kpj) {
        if (kpj == null || kpj.isBlank()) {
            return NONE;
        }
        return kpj.length() == 11 ? keep(kpj, 4, 2) : stars(kpj.length());
    }

    private static String keep(String value, int head, int tail) {
        int length = value.length();
        return value.substring(0, head) + stars(length - head - tail) + value.substring(length - tail);
    }

    private static String stars(int count) {
        return "*".repeat(count);
    }
}
