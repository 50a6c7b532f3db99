package id.bpjstk.idp.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The arithmetic of one-time codes: six digits from a CSPRNG, kept only as an HMAC bound to one login and one
 * purpose, compared in constant time.
 */
public final class OtpCodes {

    public static final int LENGTH = 6;
    private static final int BOUND = 1_000_000;
    private static final String MAC = "HmacSHA256";

    private OtpCodes() {
    }

    /** A uniformly random six-digit code, leading zeros kept. */
    public static String generate(SecureRandom random) {
        return String.format("%06d", random.nextInt(BOUND));
    }

    /** Exactly six ASCII digits: no spaces, no other digit scripts, no signs. */
    public static boolean isWellFormed(String input) {
        if (input == null || input.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = input.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The keyed hash that stands for a code. {@code binding} names the login and purpose the code was issued for, so
     * that a code is worthless anywhere else.
     */
    public static String mac(byte[] key, String binding, String code) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            mac.update(binding.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(code.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
