package id.bpjstk.membership.api;

import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberStatus;
import id.bpjstk.membership.persistence.ParticipantCategory;
import id.bpjstk.membership.persistence.Sex;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberProfile", description = "A member's registry record. The NIK only ever appears masked.")
public record MemberProfileResponse(
        @Schema(description = "Membership number (KPJ), 11 digits", examples = "11000000017") String membershipNumber,
        String name,
        LocalDate birthDate,
        Sex sex,
        @Schema(description = "PU = wage earner (penerima upah), BPU = non-wage worker (bukan penerima upah)")
        ParticipantCategory participantCategory,
        MemberStatus status,
        @Schema(description = "Employer's name; null for BPU participants", nullable = true) String employer,
        @Schema(description = "E.164", examples = "+6281200000001") String phoneNumber,
        String email,
        String address,
        String correspondenceEmail,
        @Schema(description = "NIK with its middle eight digits hidden", examples = "3171********0001") String nikMasked,
        LocalDate registeredSince) {

    public static MemberProfileResponse from(Member member) {
        return new MemberProfileResponse(member.getMembershipNumber(), member.getFullName(), member.getBirthDate(),
                member.getSex(), member.getParticipantCategory(), member.getStatus(), member.getEmployerName(),
                member.getPhoneNumber(), member.getEmail(), member.getAddress(), member.getCorrespondenceEmail(),
                member.maskedNik(), member.getRegisteredSince());
    }
}
