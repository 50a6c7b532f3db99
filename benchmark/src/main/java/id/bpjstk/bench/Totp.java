package id.bpjstk.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app's code (RFC 6238: HMAC-SHA1, 30 s, 6 digits), as stock Keycloak's default OTP policy asks. That
 * policy takes a code once, and the codes of the steps next to the current one too (look-ahead window 1): an account
 * that signs in again within the same 30 s uses the next step's code, as an app's user who waits for the next code.
 */
final class Totp {

    private Totp() {
    }

    /** The code of a step after {@code lastStep} (the current one, or the next), and that step; waits when both are used. */
    static Step next(String secret, long lastStep) {
        while (true) {
            long current = System.currentTimeMillis() / 1000 / 30;
            for (long step = current; step <= current + 1; step++) {
                if (step > lastStep) {
                    return new Step(step, code(secret, step));
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Step(long step, String code) {
    }

    static String code(String secret, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
