package id.bpjstk.membership.api;

import id.bpjstk.membership.persistence.MemberStatus;
import id.bpjstk.membership.persistence.ParticipantCategory;
import id.bpjstk.membership.service.MemberFacts;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The facts claims-service evaluates its eligibility rules against. Never the NIK or contact details. */
@Schema(name = "MemberFacts")
public record MemberFactsResponse(
        @Schema(description = "Membership number (KPJ), 11 digits", examples = "11000000041") String membershipNumber,
        @Schema(examples = "Made Wirawan") String name,
        @Schema(examples = "1970-03-03") LocalDate birthDate,
        @Schema(description = "PU = wage earner (penerima upah), BPU = non-wage worker (bukan penerima upah)")
        ParticipantCategory participantCategory,
        @Schema(description = "Always ACTIVE: inactive members answer 404") MemberStatus status,
        @Schema(description = "The day employment ended (resignation or dismissal); null while employed",
                nullable = true, examples = "2026-09-30")
        LocalDate employmentEndDate,
        @Schema(description = "Months with a contribution, up to the current month", examples = "46")
        long contributionMonths,
        @Schema(description = "Months with a JP (pension) contribution; 0 for BPU participants", examples = "46")
        long jpContributionMonths,
        @Schema(description = "First contribution month, YYYY-MM; null when there is none", nullable = true,
                examples = "2023-01")
        String firstContributionMonth,
        @Schema(description = "Last contribution month, YYYY-MM; null when there is none", nullable = true,
                examples = "2026-10")
        String lastContributionMonth) {

    public static MemberFactsResponse from(MemberFacts facts) {
        var member = facts.member();
        return new MemberFactsResponse(member.getMembershipNumber(), member.getFullName(), member.getBirthDate(),
                member.getParticipantCategory(), member.getStatus(), member.getEmploymentEndDate(),
                facts.contributions().months(), facts.jpContributionMonths(),
                month(facts.contributions().first()), month(facts.contributions().last()));
    }

    private static String month(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
