package id.bpjstk.idp.registry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.bpjstk.member.ConstantTime;

/**
 * The only form in which the identity provider keeps a NIK: a keyed hash (HMAC-SHA256 with the server's NIK key), so
 * that a later identity check (password reset) can compare a typed NIK without the NIK being stored. The version
 * prefix lets the key be rotated. Get one from {@link MemberRegistry#nikHash()}.
 */
public final class NikHash {

    private static final String VERSION = "v1:";
    private static final String MAC = "HmacSHA256";

    private final byte[] key;

    NikHash(byte[] key) {
        this.key = key.clone();
    }

    /** The hash an account keeps of this NIK. */
    public String of(String nik) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key, MAC));
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code nik} is the NIK a stored hash was made of, compared in constant time; false when none is stored. */
    public boolean matches(String stored, String nik) {
        return stored != null && ConstantTime.same(stored, of(nik));
    }

    @Override
    public String toString() {
        return "NikHash[key=***]";
    }
}
