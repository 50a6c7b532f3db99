package id.bpjstk.member;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises an Indonesian mobile number, as a member types it, to E.164 ({@code +628…}).
 *
 * <p>A phone number is personal data: never log it.
 */
public final class IndonesianMobileNumber {

    /**
     * E.164 form of an Indonesian mobile number: country code 62, then a national significant
     * number that starts with 8 followed by a non-zero digit. The same pattern validates the
     * {@code phoneNumber} attribute in the realm's user profile; keep the two identical.
     */
    public static final String E164_PATTERN = "^\\+628[1-9][0-9]{6,10}$";

    private static final Pattern E164 = Pattern.compile(E164_PATTERN);

    private IndonesianMobileNumber() {
    }

    /**
     * The E.164 form of an Indonesian mobile number written as {@code 08…}, {@code 628…} or
     * {@code +628…}. Leading and trailing whitespace is trimmed; spaces, hyphens, dots and
     * parentheses inside are dropped. The international prefix {@code 00} is not accepted.
     *
     * @return the number as {@code +628…}, or empty when the input is not an Indonesian mobile
     *     number (landline, foreign, malformed, {@code null})
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = dropSeparators(input.strip());
        String e164;
        if (compact.startsWith("+62")) {
            e164 = compact;
        } else if (compact.startsWith("62")) {
            e164 = "+" + compact;
        } else if (compact.startsWith("0") && !compact.startsWith("00")) {
            e164 = "+62" + compact.substring(1);
        } else {
            return Optional.empty();
        }
        return E164.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
    }

    private static String dropSeparators(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
