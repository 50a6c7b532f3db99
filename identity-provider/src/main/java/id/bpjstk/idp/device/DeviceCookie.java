package id.bpjstk.idp.device;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.NewCookie;

/**
 * The cookie that tells a browser again: 256 random bits, HttpOnly, SameSite=Lax, on the realm's path, kept for 400
 * days (the longest browsers keep one). The member's account keeps only its keyed hash, bound to the account, so the
 * stored hashes neither give the cookie away nor tell whether two members share a browser.
 */
final class DeviceCookie {

    static final String NAME = "BPJSTK_DEVICE";
    static final int MAX_AGE_SECONDS = 400 * 24 * 3600;

    private static final int BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private DeviceCookie() {
    }

    static String newValue(SecureRandom random) {
        byte[] value = new byte[BYTES];
        random.nextBytes(value);
        return Hashes.encode(value);
    }

    /** A value this server could have made; anything else is treated as no cookie. */
    static boolean isWellFormed(String value) {
        return value != null && WELL_FORMED.matcher(value).matches();
    }

    /** The hash the account keeps: HMAC-SHA256 under a realm key, of the account's id and the cookie. */
    static String hash(byte[] key, String userId, String value) {
        return Hashes.hmac(key, "bpjstk-device", userId, value);
    }

    /**
     * @param secure as Keycloak's own cookies are: in a secure context (HTTPS, or a loopback address that browsers
     *               treat as one)
     */
    static NewCookie cookie(String value, String realmPath, boolean secure) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(realmPath)
                .maxAge(MAX_AGE_SECONDS)
                .secure(secure)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
