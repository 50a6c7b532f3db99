package id.bpjstk.idp.mapper;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.keycloak.models.UserModel;

/**
 * Names and shapes of the member attributes kept on a Keycloak user, and of the token claims made from them.
 * The attribute names are declared in the realm's user profile (realm-config); the claim names are a contract
 * with every service that reads our tokens.
 */
public final class MemberAttributes {

    /** User attribute holding the membership number (KPJ). */
    public static final String MEMBERSHIP_NUMBER = "membershipNumber";
    /** User attribute holding the participant category code. */
    public static final String PARTICIPANT_CATEGORY = "participantCategory";
    /** User attribute holding the keyed hash of the member's NIK, the only form in which the NIK is kept. */
    public static final String NIK_HASH = "nikHash";

    public static final String MEMBERSHIP_NUMBER_CLAIM = "membership_number";
    public static final String PARTICIPANT_CATEGORY_CLAIM = "participant_category";

    /** PU: penerima upah (wage earner); BPU: bukan penerima upah (non-wage earner). */
    public static final Set<String> PARTICIPANT_CATEGORIES = Set.of("PU", "BPU");

    private static final Pattern KPJ = Pattern.compile("\\d{11}");

    private MemberAttributes() {
    }

    public static boolean isMembershipNumber(String value) {
        return value != null && KPJ.matcher(value).matches();
    }

    public static boolean isParticipantCategory(String value) {
        return value != null && PARTICIPANT_CATEGORIES.contains(value);
    }

    /** The user's membership number, or empty for users who are not members (staff) or whose value is malformed. */
    public static Optional<String> membershipNumber(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(MEMBERSHIP_NUMBER)).filter(MemberAttributes::isMembershipNumber);
    }

    /** The user's participant category, or empty when absent or not a known category. */
    public static Optional<String> participantCategory(UserModel user) {
        return Optional.ofNullable(user.getFirstAttribute(PARTICIPANT_CATEGORY)).filter(MemberAttributes::isParticipantCategory);
    }
}
