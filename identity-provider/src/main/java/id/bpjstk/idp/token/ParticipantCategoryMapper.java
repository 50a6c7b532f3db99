package id.bpjstk.idp.token;

import java.util.Optional;

import org.keycloak.models.UserModel;

import id.bpjstk.idp.member.MemberAttributes;

/** Puts the member's participant category (PU or BPU) into the {@code participant_category} claim. */
public class ParticipantCategoryMapper extends MemberClaimMapper {

    public static final String PROVIDER_ID = "bpjstk-participant-category-mapper";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "BPJSTK participant category";
    }

    @Override
    public String getHelpText() {
        return "Adds the member's participant category ('PU' wage earner or 'BPU' non-wage earner) as the "
                + "'participant_category' claim. Unknown or missing categories give no claim.";
    }

    @Override
    String claimName() {
        return MemberAttributes.PARTICIPANT_CATEGORY_CLAIM;
    }

    @Override
    Optional<String> valueOf(UserModel user) {
        return MemberAttributes.participantCategory(user);
    }
}
