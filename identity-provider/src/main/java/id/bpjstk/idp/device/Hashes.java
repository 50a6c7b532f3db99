package id.bpjstk.idp.device;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashes of this package, URL-safe base64 without padding (compare them with {@code ConstantTime.same}). */
final class Hashes {

    private static final String HMAC = "HmacSHA256";

    private Hashes() {
    }

    /** HMAC-SHA256 of the parts, each followed by a zero byte so that no two lists of parts run together. */
    static String hmac(byte[] key, String... parts) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return encode(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** SHA-256, for keys that are random already and need only not be kept as they are. */
    static String sha256(String value) {
        try {
            return encode(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
