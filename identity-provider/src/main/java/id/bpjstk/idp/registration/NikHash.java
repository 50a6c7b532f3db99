package id.bpjstk.idp.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The only form in which the identity provider keeps a NIK: a keyed hash (HMAC-SHA256 with a server secret), so that
 * a later identity check (password reset) can compare a typed NIK without the NIK being stored. The version prefix
 * lets the key be rotated.
 */
final class NikHash {

    static final String ATTRIBUTE = "nikHash";
    private static final String VERSION = "v1:";

    /** The server's key, set once at start by the registration form action's factory (one server, one key). */
    private static volatile byte[] configuredKey;

    private NikHash() {
    }

    static void configure(byte[] key) {
        configuredKey = key == null ? null : key.clone();
    }

    static byte[] configuredKey() {
        return configuredKey;
    }

    static String of(byte[] key, String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
