package id.bpjstk.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Comparison of secrets' hashes and of numbers a stranger types, taking the same time wherever they differ. */
public final class ConstantTime {

    private ConstantTime() {
    }

    /** Whether the two texts are the same; false when either is missing. */
    public static boolean same(String expected, String actual) {
        return expected != null && actual != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
