package id.bpjstk.idp.token;

import java.util.Optional;

import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;

/** Puts the member's membership number (KPJ) into the {@code membership_number} claim. */
public class MembershipNumberMapper extends MemberClaimMapper {

    public static final String PROVIDER_ID = "bpjstk-membership-number-mapper";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "BPJSTK membership number";
    }

    @Override
    public String getHelpText() {
        return "Adds the member's membership number (KPJ, 11 digits) as the 'membership_number' claim. "
                + "Users without a valid membership number (staff, service accounts) get no claim.";
    }

    @Override
    String claimName() {
        return MemberAttributes.MEMBERSHIP_NUMBER_CLAIM;
    }

    @Override
    Optional<String> valueOf(UserModel user) {
        return MemberAttributes.membershipNumber(user);
    }
}
