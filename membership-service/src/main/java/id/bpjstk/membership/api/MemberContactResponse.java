package id.bpjstk.membership.api;

import id.bpjstk.member.Masking;
import id.bpjstk.membership.persistence.Member;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to reach an active member: for the identity provider's notice that it has blocked the member's KPJ. */
@Schema(name = "MemberContact")
public record MemberContactResponse(
        @Schema(description = "Membership number (KPJ), 11 digits", examples = "11000000025") String membershipNumber,
        @Schema(examples = "Budi Santoso") String name,
        @Schema(description = "E.164; null when the registry has none", nullable = true, examples = "+6281200000002")
        String phoneNumber,
        @Schema(description = "Null when the registry has none", nullable = true, examples = "budi@example.test")
        String email) {

    public static MemberContactResponse from(Member member) {
        return new MemberContactResponse(member.getMembershipNumber(), member.getFullName(), member.getPhoneNumber(),
                member.getEmail());
    }

    @Override
    public String toString() {
        // never the phone number or the email, and the KPJ masked
        return "MemberContactResponse[membershipNumber=" + Masking.kpj(membershipNumber) + "]";
    }
}
