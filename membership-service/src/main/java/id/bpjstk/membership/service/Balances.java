package id.bpjstk.membership.service;

import java.time.LocalDate;

/**
 * A member's balances as of the last day of the latest contribution month that counts.
 *
 * @param asOf null when the member has no contribution yet
 * @param jp null for non-wage (BPU) participants, who are not in JP
 */
public record Balances(LocalDate asOf, Jht jht, Jp jp) {

    /** JHT: contributions (employer + employee) plus the investment returns credited by {@code asOf}. */
    public record Jht(long contributions, long investmentReturns) {

        public long total() {
            return contributions + investmentReturns;
        }
    }

    /** JP: accrued contributions, months and the estimated monthly benefit. */
    public record Jp(long contributions, int contributionMonths, long estimatedMonthlyBenefit) {
    }
}
