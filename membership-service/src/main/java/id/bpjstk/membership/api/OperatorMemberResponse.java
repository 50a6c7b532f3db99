package id.bpjstk.membership.api;

import id.bpjstk.membership.service.MemberService.MemberOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OperatorMemberView", description = "A member's registry record and current balances, for operators.")
public record OperatorMemberResponse(MemberProfileResponse member, BalancesResponse balances) {

    public static OperatorMemberResponse from(MemberOverview overview) {
        return new OperatorMemberResponse(MemberProfileResponse.from(overview.member()),
                BalancesResponse.from(overview.balances()));
    }
}
