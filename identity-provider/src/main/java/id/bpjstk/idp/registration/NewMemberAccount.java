package id.bpjstk.idp.registration;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;
import id.bpjstk.idp.phone.VerifyPhoneAction;
import id.bpjstk.idp.registry.NikHash;

/**
 * What a new member's account holds beyond the username (the KPJ) and the email of the user profile: the registry's
 * name, the membership number and category, the mobile number still to be verified, the NIK only as its keyed hash,
 * the member role, and the phone and email verifications as required actions.
 */
final class NewMemberAccount {

    private NewMemberAccount() {
    }

    static void fill(UserModel user, RealmModel realm, RegistrationForm form, String registryName, String category, NikHash nikHash) {
        user.setEnabled(true);
        String[] names = names(registryName);
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setSingleAttribute(MemberAttributes.MEMBERSHIP_NUMBER, form.kpj());
        if (MemberAttributes.isParticipantCategory(category)) {
            user.setSingleAttribute(MemberAttributes.PARTICIPANT_CATEGORY, category);
        }
        user.setSingleAttribute(MemberAttributes.PHONE_NUMBER, form.phoneNumber());
        user.setSingleAttribute(MemberAttributes.PHONE_NUMBER_VERIFIED, "false");
        user.setSingleAttribute(MemberAttributes.NIK_HASH, nikHash.of(form.nik()));
        RoleModel member = realm.getRole(MemberAttributes.MEMBER_ROLE);
        if (member != null) {
            user.grantRole(member);
        }
        user.addRequiredAction(VerifyPhoneAction.PROVIDER_ID);
        user.addRequiredAction(UserModel.RequiredAction.VERIFY_EMAIL);
    }

    /** The registry's full name as first name (the first word) and last name (the rest, {@code null} for none). */
    static String[] names(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? new String[] {fullName, null} : new String[] {fullName.substring(0, space), fullName.substring(space + 1)};
    }
}
