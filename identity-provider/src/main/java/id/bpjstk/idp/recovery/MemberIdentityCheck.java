package id.bpjstk.idp.recovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

import id.bpjstk.idp.identity.BlockedKpjNotice;
import id.bpjstk.idp.identity.IdentityCheckThrottle;
import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.registry.MemberRegistry;
import id.bpjstk.idp.registry.NikHash;
import id.bpjstk.member.Kpj;
import id.bpjstk.member.Masking;

/**
 * "Is this the member?" for password recovery: KPJ (or the account's email), NIK and birth date. The NIK is compared
 * with the account's keyed hash and all three are put to the member registry; the check takes the same throttle
 * slots as registration, so guesses spread over both pages count together. Every way of not matching (unknown KPJ or
 * email, wrong NIK, wrong birth date, a staff account) is one and the same answer, and costs the same work: the NIK is
 * hashed and the registry asked whether or not an account was found.
 */
final class MemberIdentityCheck {

    /** What the recovery page may say. */
    public enum Outcome {
        /** KPJ, NIK and birth date belong to this account's member. */
        VERIFIED,
        /** Anything that does not match; never says which part. */
        MISMATCH,
        /** Too many failed checks for this KPJ (registration and recovery together). */
        KPJ_BLOCKED,
        /** Too many failed checks from this client address. */
        ADDRESS_REFUSED,
        /** The registry could not be asked, or the server lacks its NIK key: nothing was decided. */
        UNAVAILABLE
    }

    public record Result(Outcome outcome, UserModel user, String maskedMembershipNumber) {
    }

    /** Asked when no account matched the typed KPJ or email, so that an unknown one costs a registry call too. */
    private static final String NO_SUCH_MEMBER = "00000000000";

    private MemberIdentityCheck() {
    }

    /**
     * @param config the recovery step's configuration: the throttle limits (same keys and defaults as registration)
     * @param address the client's address, for the per-address throttle
     */
    static Result check(KeycloakSession session, RealmModel realm, AuthenticatorConfigModel config, String address,
            String kpjOrEmail, String nik, LocalDate birthDate) {
        MemberRegistry registry = session.getProvider(MemberRegistry.class);
        NikHash nikHash = registry == null ? null : registry.nikHash().orElse(null);
        if (nikHash == null) {
            return new Result(Outcome.UNAVAILABLE, null, "");
        }
        String typed = kpjOrEmail.trim();
        UserModel user = findAccount(session, realm, typed);
        String kpj = user != null ? user.getFirstAttribute(MemberAttributes.MEMBERSHIP_NUMBER)
                : Kpj.isValid(typed) ? typed : null;
        String masked = kpj == null ? "" : Masking.kpj(kpj);

        IdentityCheckThrottle throttle = new IdentityCheckThrottle(session, realm, IdentityCheckThrottle.Limits.from(config));
        IdentityCheckThrottle.Reservation reservation = throttle.reserve(kpj != null ? kpj : unknownKey(typed), address);
        switch (reservation.state()) {
            case KPJ_BLOCKED -> {
                return new Result(Outcome.KPJ_BLOCKED, null, masked);
            }
            case ADDRESS_REFUSED -> {
                return new Result(Outcome.ADDRESS_REFUSED, null, masked);
            }
            case OPEN, SLOW -> {
            }
        }

        String storedNikHash = user == null ? null : user.getFirstAttribute(MemberAttributes.NIK_HASH);
        // hashed whether or not an account was found, so that an unknown KPJ costs the same work
        boolean hashMatches = nikHash.matches(storedNikHash == null ? "" : storedNikHash, nik);
        boolean nikMatches = user != null && (storedNikHash == null || hashMatches);
        MemberRegistry.Verification verification = registry.verify(kpj != null ? kpj : NO_SUCH_MEMBER, nik, birthDate);

        if (verification instanceof MemberRegistry.Unavailable) {
            throttle.passed(reservation);
            return new Result(Outcome.UNAVAILABLE, null, masked);
        }
        boolean member = kpj != null && user != null && MemberAttributes.isMember(realm, user);
        if (!(verification instanceof MemberRegistry.Match) || !nikMatches || !member) {
            if (throttle.failed(reservation) && kpj != null) {
                BlockedKpjNotice.send(session, realm, kpj);
            }
            return new Result(Outcome.MISMATCH, null, masked);
        }
        throttle.passed(reservation);
        if (storedNikHash == null) {
            // an account made before NIK hashes were kept (an import): the registry vouched for the NIK, keep its hash
            user.setSingleAttribute(MemberAttributes.NIK_HASH, nikHash.of(nik));
        }
        return new Result(Outcome.VERIFIED, user, masked);
    }

    private static UserModel findAccount(KeycloakSession session, RealmModel realm, String kpjOrEmail) {
        try {
            return KeycloakModelUtils.findUserByNameOrEmail(session, realm, kpjOrEmail);
        } catch (ModelDuplicateException e) {
            return null;
        }
    }

    /** Throttle key of a typed value that is neither an account nor a KPJ: counted, never stored in clear. */
    private static String unknownKey(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(typed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "unknown-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
