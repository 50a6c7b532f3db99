package id.bpjstk.idp.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import id.bpjstk.idp.mapper.MemberAttributes;
import id.bpjstk.idp.registry.MemberRegistry;
import id.bpjstk.idp.registry.NikHash;

/**
 * "Is this the member?" for password recovery: KPJ (or the account's email), NIK and birth date. The NIK is compared
 * with the account's keyed hash and all three are put to the member registry; the check takes the same throttle
 * slots as registration, so guesses spread over both pages count together. Every way of not matching (unknown KPJ or
 * email, wrong NIK, wrong birth date, a staff account) is one and the same answer, and costs the same work: the NIK is
 * hashed and the registry asked whether or not an account was found.
 */
public final class MemberIdentityCheck {

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

    /** The throttle's settings, as the registration step and the recovery step both offer them. */
    public static final List<ProviderConfigProperty> THROTTLE_PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(IdentityCheckThrottle.Limits.KPJ_MAX_FAILURES).label("Failed checks before a KPJ is blocked")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("5").add()
            .property().name(IdentityCheckThrottle.Limits.KPJ_BLOCK_HOURS).label("Hours a KPJ stays blocked")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("24").add()
            .property().name(IdentityCheckThrottle.Limits.ADDRESS_SLOW_AFTER).label("Failed checks per address and hour before slowing down")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("10").add()
            .property().name(IdentityCheckThrottle.Limits.ADDRESS_MAX_FAILURES_PER_HOUR).label("Failed checks per address and hour before refusing")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue("20").add()
            .build();

    /** Asked when no account matched the typed KPJ or email, so that an unknown one costs a registry call too. */
    private static final String NO_SUCH_MEMBER = "00000000000";

    private MemberIdentityCheck() {
    }

    /**
     * @param config the recovery step's configuration: the throttle limits (same keys and defaults as registration)
     * @param address the client's address, for the per-address throttle
     */
    public static Result check(KeycloakSession session, RealmModel realm, AuthenticatorConfigModel config, String address,
            String kpjOrEmail, String nik, LocalDate birthDate) {
        MemberRegistry registry = session.getProvider(MemberRegistry.class);
        NikHash nikHash = registry == null ? null : registry.nikHash().orElse(null);
        if (nikHash == null) {
            return new Result(Outcome.UNAVAILABLE, null, "");
        }
        String typed = kpjOrEmail.trim();
        UserModel user = findAccount(session, realm, typed);
        String kpj = user != null ? user.getFirstAttribute(MemberAttributes.MEMBERSHIP_NUMBER)
                : MemberAttributes.isMembershipNumber(typed) ? typed : null;
        String masked = kpj == null ? "" : Kpj.mask(kpj);

        IdentityCheckThrottle throttle = new IdentityCheckThrottle(session, realm, IdentityCheckThrottle.Limits.from(config));
        IdentityCheckThrottle.Reservation reservation = throttle.reserve(kpj != null ? kpj : unknownKey(typed), address);
        switch (reservation.state()) {
            case KPJ_BLOCKED -> {
                return new Result(Outcome.KPJ_BLOCKED, null, masked);
            }
            case ADDRESS_REFUSED -> {
                return new Result(Outcome.ADDRESS_REFUSED, null, masked);
            }
            case SLOW -> MemberRegistration.slowDown();
            case OPEN -> {
            }
        }

        String storedNikHash = user == null ? null : user.getFirstAttribute(MemberAttributes.NIK_HASH);
        boolean nikMatches = user != null && (storedNikHash == null || nikHash.matches(storedNikHash, nik));
        MemberRegistry.Verification verification = registry.verify(kpj != null ? kpj : NO_SUCH_MEMBER, nik, birthDate);

        if (verification instanceof MemberRegistry.Unavailable) {
            throttle.passed(reservation);
            return new Result(Outcome.UNAVAILABLE, null, masked);
        }
        RoleModel memberRole = realm.getRole("member");
        boolean member = kpj != null && user != null && memberRole != null && user.hasRole(memberRole);
        if (!(verification instanceof MemberRegistry.Match) || !nikMatches || !member) {
            if (throttle.failed(reservation) && kpj != null) {
                MemberRegistration.kpjBlocked(session, realm, kpj);
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
