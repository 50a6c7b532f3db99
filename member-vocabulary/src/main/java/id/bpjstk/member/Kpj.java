package id.bpjstk.member;

import java.util.regex.Pattern;

/**
 * The membership number (KPJ, Kartu Peserta Jamsostek): 11 digits. It is the username of a member's account and
 * the key of the member registry.
 *
 * <p>A KPJ identifies a person: log {@link Masking#kpj(String)} of it, never the number itself.
 */
public final class Kpj {

    /** Number of digits of a KPJ. */
    public static final int LENGTH = 11;

    /** The shape of a KPJ as a regular expression, for Jakarta {@code @Pattern} constraints and user-profile validators. */
    public static final String PATTERN = "^[0-9]{11}$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Kpj() {
    }

    /** Whether the value is exactly 11 ASCII digits (no surrounding whitespace). */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }
}
