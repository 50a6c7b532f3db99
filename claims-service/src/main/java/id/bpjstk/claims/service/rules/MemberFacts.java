package id.bpjstk.claims.service.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the member registry (membership-service) says about an active member, as far as the
 * eligibility rules need it.
 *
 * @param employmentEndDate the day employment ended; null while employed
 * @param contributionMonths months with a contribution (any programme)
 * @param jpContributionMonths months with a JP contribution
 * @param firstContributionMonth the first month paid; null when none
 * @param lastContributionMonth the last month paid; null when none
 */
public record MemberFacts(String membershipNumber, LocalDate birthDate, ParticipantCategory participantCategory,
        LocalDate employmentEndDate, int contributionMonths, int jpContributionMonths,
        YearMonth firstContributionMonth, YearMonth lastContributionMonth) {

    public MemberFacts {
        Objects.requireNonNull(membershipNumber, "membershipNumber");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(participantCategory, "participantCategory");
        if ((firstContributionMonth == null) != (lastContributionMonth == null)
                || firstContributionMonth != null && firstContributionMonth.isAfter(lastContributionMonth)) {
            throw new IllegalArgumentException("first and last contribution month must both be set, in order, or both be null");
        }
    }

    /** The member's age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return Calendar.ageOn(birthDate, day);
    }

    /**
     * At least how many months in {@code [from, to]} were paid. The registry gives only the count
     * and the first and last month, so where the months have gaps we cannot tell where they fall:
     * every gap is counted inside the range (a lower bound, never an overestimate).
     */
    public int monthsPaidAtLeast(YearMonth from, YearMonth to) {
        if (firstContributionMonth == null || from.isAfter(to)) {
            return 0;
        }
        YearMonth start = from.isAfter(firstContributionMonth) ? from : firstContributionMonth;
        YearMonth end = to.isBefore(lastContributionMonth) ? to : lastContributionMonth;
        if (start.isAfter(end)) {
            return 0;
        }
        long overlap = Calendar.monthsInclusive(start, end);
        long span = Calendar.monthsInclusive(firstContributionMonth, lastContributionMonth);
        long gaps = Math.max(0, span - contributionMonths);
        return (int) Math.max(0, overlap - gaps);
    }
}
