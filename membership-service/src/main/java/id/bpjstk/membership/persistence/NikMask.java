package id.bpjstk.membership.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Helpers that let code work with a NIK without ever exposing it. */
public final class NikMask {

    private NikMask() {
    }

    /**
     * Keeps the first four digits (province and regency code) and the last four (serial) and
     * hides the eight in between, which encode the district and the birth date:
     * {@code 3171015505900001} becomes {@code 3171********0001}. Anything that is not a
     * 16-character NIK is hidden completely.
     */
    public static String mask(String nik) {
        if (nik == null || nik.length() != 16) {
            return "****************";
        }
        return nik.substring(0, 4) + "********" + nik.substring(12);
    }

    /** Equality that takes the same time whichever digit differs. */
    public static boolean constantTimeEquals(String expected, String candidate) {
        if (expected == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
