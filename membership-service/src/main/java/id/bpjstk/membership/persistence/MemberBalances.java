package id.bpjstk.membership.persistence;

import java.time.YearMonth;

/**
 * A member's row of {@code member_balances} (the sums over all her contribution months, kept by the database as
 * months are written) with what the balances also need from elsewhere: her category and the JHT investment returns
 * credited by the last day of her latest month.
 *
 * @param latest the latest contribution month; null when she has none (every sum is then 0)
 * @param jhtReturns JHT returns credited on or before the last day of {@code latest}; 0 without months
 */
public record MemberBalances(long memberId, ParticipantCategory category, long months, YearMonth latest,
        long jhtContributions, long jhtReturns, long jpContributions, long jpMonths, long jpBaseSum) {

    public boolean hasContributions() {
        return latest != null;
    }

    public boolean isWageEarner() {
        return category == ParticipantCategory.PU;
    }
}
