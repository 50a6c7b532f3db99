package id.bpjstk.idp.member;

import java.util.Optional;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import id.bpjstk.member.Kpj;

/**
 * Names and shapes of the member attributes kept on a Keycloak user, of the token claims made from them, and of the
 * realm role every member has. The attribute names are declared in the realm's user profile (realm-config); the
 * claim names are a contract with every service that reads our tokens.
 */
public final class MemberAttributes {

    /** User attribute holding the membership number (KPJ). */
    public static final String MEMBERSHIP_NUMBER = "membershipNumber";
    /** User attribute holding the participant category code. */
    public static final String PARTICIPANT_CATEGORY = "participantCategory";
    /** User attribute holding the keyed hash of the member's NIK, the only form in which the NIK is kept. */
    public static final String NIK_HASH = "nikHash";
    /** User attribute holding the mobile number in E.164, and whether the member proved it by a code. */
    public static final String PHONE_NUMBER = "phoneNumber";
    public static final String PHONE_NUMBER_VERIFIED = "phoneNumberVerified";

    public static final String MEMBERSHIP_NUMBER_CLAIM = "membership_number";
    public static final String PARTICIPANT_CATEGORY_CLAIM = "participant_category";

    /** The realm role of members (staff have others). */
    public static final String MEMBER_ROLE = "member";

    /** PU: penerima upah (wage earner); BPU: bukan penerima upah (non-wage earner). */
    public static final Set<String> PARTICIPANT_CATEGORIES = Set.of("PU", "BPU");

    private MemberAttributes() {
    }

    public static boolean isParticipantCategory(String value) {
        return value != null && PARTICIPANT_CATEGORIES.contains(value);
    }

    /** The user's membership number, or empty for users who are not members (staff) or whose value is malformed. */
    public static Optional<String> membershipNumber(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(MEMBERSHIP_NUMBER)).filter(Kpj::isValid);
    }

    /** The user's participant category, or empty when absent or not a known category. */
    public static Optional<String> participantCategory(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(PARTICIPANT_CATEGORY)).filter(MemberAttributes::isParticipantCategory);
    }

    /** The member's phone number, whether verified or not. */
    public static Optional<String> phoneNumber(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(PHONE_NUMBER)).filter(p -> !p.isBlank());
    }

    /** The member's phone number if it has been verified, which is what sign-in codes go to. */
    public static Optional<String> verifiedPhoneNumber(UserModel user) {
        return "true".equals(user.getFirstAttribute(PHONE_NUMBER_VERIFIED)) ? phoneNumber(user) : Optional.empty();
    }

    /** Whether the user holds the realm's member role. */
    public static boolean isMember(RealmModel realm, UserModel user) {
        RoleModel member = realm.getRole(MEMBER_ROLE);
        return member != null && user.hasRole(member);
    }

    /** The account of a KPJ: the one named by it, or else one that carries it as its membership number. */
    public static UserModel accountOf(KeycloakSession session, RealmModel realm, String kpj) {
        UserModel byUsername = session.users().getUserByUsername(realm, kpj);
        if (byUsername != null) {
            return byUsername;
        }
        return session.users().searchForUserByUserAttributeStream(realm, MEMBERSHIP_NUMBER, kpj).findFirst().orElse(null);
    }
}
