package id.bpjstk.membership.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The JP (Jaminan Pensiun) monthly benefit of PP 45/2015, article 17:
 * {@code 1 % × (contribution months / 12) × average monthly JP wage}.
 *
 * <p>The estimate uses the nominal capped JP wages actually paid on (the regulation indexes past
 * wages to inflation and applies a minimum and a maximum benefit; the 15-year qualifying period
 * is not checked either: this is the figure a member sees as "estimated", not a benefit
 * decision). It is computed exactly and rounded once, half up, to whole rupiah.
 */
public final class PensionFormula {

    private static final BigDecimal ONE_PERCENT_OF_A_YEAR = BigDecimal.valueOf(100 * 12);

    private PensionFormula() {
    }

    /**
     * @param jpWageSum sum of the monthly JP wages (capped) over all contribution months
     * @param contributionMonths number of months with a JP contribution
     */
    public static long estimatedMonthlyBenefit(long jpWageSum, long contributionMonths) {
        if (jpWageSum < 0 || contributionMonths < 0) {
            throw new IllegalArgumentException("wages and months must not be negative");
        }
        if (contributionMonths == 0) {
            return 0;
        }
        // 1/100 × (m / 12) × (sum / m), without rounding the average: (sum × m) / (1200 × m)
        BigDecimal months = BigDecimal.valueOf(contributionMonths);
        return BigDecimal.valueOf(jpWageSum).multiply(months)
                .divide(ONE_PERCENT_OF_A_YEAR.multiply(months), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
