package id.bpjstk.membership.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.ParticipantCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"match": false}} alone when anything did not match; the member's contact facts when all did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegistrationCheckResult")
public record VerifyRegistrationResponse(
        boolean match,
        String membershipNumber,
        String name,
        String email,
        String phoneNumber,
        ParticipantCategory participantCategory) {

    private static final VerifyRegistrationResponse NO_MATCH =
            new VerifyRegistrationResponse(false, null, null, null, null, null);

    public static VerifyRegistrationResponse noMatch() {
        return NO_MATCH;
    }

    public static VerifyRegistrationResponse matched(Member member) {
        return new VerifyRegistrationResponse(true, member.getMembershipNumber(), member.getFullName(),
                member.getEmail(), member.getPhoneNumber(), member.getParticipantCategory());
    }
}
