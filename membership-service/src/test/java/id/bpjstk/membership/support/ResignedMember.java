package id.bpjstk.membership.support;

import id.bpjstk.membership.persistence.ContributionMonth;
import id.bpjstk.membership.persistence.ContributionMonthRepository;
import id.bpjstk.membership.persistence.Member;
import id.bpjstk.membership.persistence.MemberRepository;
import id.bpjstk.membership.persistence.MemberStatus;
import id.bpjstk.membership.persistence.ParticipantCategory;
import id.bpjstk.membership.persistence.Programme;
import id.bpjstk.membership.persistence.ProgrammeLine;
import id.bpjstk.membership.persistence.Sex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A non-demo fixture: an active wage earner who resigned on {@link #EMPLOYMENT_END_DATE}, with
 * contributions from January 2024 to September 2026 but none for March 2025 (32 months, one gap).
 * JP lines from April 2024 only (29 months), as if the employer enrolled the member in JP late.
 */
public final class ResignedMember {

    public static final String KPJ = "11000000116";
    public static final LocalDate EMPLOYMENT_END_DATE = LocalDate.of(2026, 9, 30);

    private ResignedMember() {
    }

    /** Adds the member and the contribution months unless an earlier test already did. */
    public static void ensureExists(MemberRepository members, ContributionMonthRepository months) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (members.findByMembershipNumber(KPJ).isPresent()) {
                return;
            }
            Member member = new Member(KPJ, "3275014403880006", "Andi Pratama", LocalDate.of(1988, 3, 4), Sex.MALE,
                    ParticipantCategory.PU, MemberStatus.ACTIVE, LocalDate.of(2024, 1, 2));
            member.setEmployerName("PT Contoh Berhenti");
            member.setEmploymentEndDate(EMPLOYMENT_END_DATE);
            members.persist(member);
            for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2026, 9));
                    month = month.plusMonths(1)) {
                if (!month.equals(YearMonth.of(2025, 3))) {
                    ContributionMonth paid = new ContributionMonth(member, month, 7_000_000);
                    if (!month.isBefore(YearMonth.of(2024, 4))) {
                        paid.setLine(Programme.JP, new ProgrammeLine(7_000_000, 140_000, 70_000));
                    }
                    months.persist(paid);
                }
            }
        });
    }
}
