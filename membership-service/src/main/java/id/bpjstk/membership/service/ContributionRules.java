package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.Programme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The contribution rates of the employment social-security programmes, in basis points
 * (1 bp = 0.01 %), and how a month's contribution is computed from them.
 *
 * <p>Wage earners (PU), PP 46/2015 (JHT), PP 44/2015 (JKK, JKM), PP 45/2015 (JP):
 * <ul>
 * <li>JHT 3.7 % employer + 2 % employee of the wage;</li>
 * <li>JKK 0.24 % employer (risk class "very low"; classes go up to 1.74 %);</li>
 * <li>JKM 0.30 % employer;</li>
 * <li>JP 2 % employer + 1 % employee of the wage capped at the year's JP wage cap
 * ({@link #jpWageCap(int)}); JP exists from July 2015.</li>
 * </ul>
 *
 * <p>Non-wage workers (BPU), Permenaker 5/2021: the participant pays on a declared income of at
 * least Rp 1,000,000: JKK 1 % of it, JKM a flat Rp 6,800, and optionally JHT 2 % of it; no JP.
 *
 * <p>Rounding: each share is rounded half up to whole rupiah on its own
 * (Rp 63,512.50 becomes Rp 63,513), so a month's total is the sum of rounded shares.
 */
public final class ContributionRules {

    public static final int JHT_EMPLOYER_BP = 370;
    public static final int JHT_EMPLOYEE_BP = 200;
    public static final int JKK_EMPLOYER_BP = 24;
    public static final int JKM_EMPLOYER_BP = 30;
    public static final int JP_EMPLOYER_BP = 200;
    public static final int JP_EMPLOYEE_BP = 100;

    public static final int BPU_JKK_BP = 100;
    public static final int BPU_JHT_BP = 200;
    public static final long BPU_JKM_FLAT = 6_800;
    public static final long BPU_MINIMUM_DECLARED_INCOME = 1_000_000;

    /** First month with JP contributions. */
    public static final YearMonth JP_START = YearMonth.of(2015, 7);

    /**
     * JP wage caps as published each year from 2015 to 2025. Years after the last published one
     * keep its cap until a newer cap is added here.
     */
    private static final long[] JP_WAGE_CAPS = {
        7_000_000L,  // 2015
        7_335_300L,  // 2016
        7_703_500L,  // 2017
        8_094_000L,  // 2018
        8_512_400L,  // 2019
        8_754_600L,  // 2020
        8_939_700L,  // 2021
        9_077_600L,  // 2022
        9_559_600L,  // 2023
        10_042_300L, // 2024
        10_547_400L, // 2025
    };
    private static final int FIRST_CAP_YEAR = 2015;

    private static final BigDecimal BASIS_POINTS_PER_UNIT = BigDecimal.valueOf(10_000);

    private ContributionRules() {
    }

    /** The monthly wage on which JP is paid in {@code year}, at most. */
    public static long jpWageCap(int year) {
        if (year < FIRST_CAP_YEAR) {
            throw new IllegalArgumentException("JP did not exist in " + year);
        }
        return JP_WAGE_CAPS[Math.min(year - FIRST_CAP_YEAR, JP_WAGE_CAPS.length - 1)];
    }

    /** {@code base × basisPoints / 10,000}, rounded half up to whole rupiah. */
    public static long share(long base, int basisPoints) {
        if (base < 0 || basisPoints < 0) {
            throw new IllegalArgumentException("base and rate must not be negative");
        }
        return BigDecimal.valueOf(base)
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BASIS_POINTS_PER_UNIT, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A wage earner's contributions for one month, in programme order. */
    public static List<ProgrammeContribution> wageEarner(YearMonth period, long wage) {
        if (wage < 0) {
            throw new IllegalArgumentException("wage must not be negative");
        }
        List<ProgrammeContribution> lines = new ArrayList<>(4);
        lines.add(new ProgrammeContribution(Programme.JHT, wage, share(wage, JHT_EMPLOYER_BP),
                share(wage, JHT_EMPLOYEE_BP)));
        lines.add(new ProgrammeContribution(Programme.JKK, wage, share(wage, JKK_EMPLOYER_BP), 0));
        lines.add(new ProgrammeContribution(Programme.JKM, wage, share(wage, JKM_EMPLOYER_BP), 0));
        if (!period.isBefore(JP_START)) {
            long jpWage = Math.min(wage, jpWageCap(period.getYear()));
            lines.add(new ProgrammeContribution(Programme.JP, jpWage, share(jpWage, JP_EMPLOYER_BP),
                    share(jpWage, JP_EMPLOYEE_BP)));
        }
        return List.copyOf(lines);
    }

    /** A non-wage worker's contributions for one month, all paid by the participant. */
    public static List<ProgrammeContribution> nonWageEarner(long declaredIncome, boolean withJht) {
        if (declaredIncome < BPU_MINIMUM_DECLARED_INCOME) {
            throw new IllegalArgumentException("declared income must be at least Rp 1,000,000");
        }
        List<ProgrammeContribution> lines = new ArrayList<>(3);
        if (withJht) {
            lines.add(new ProgrammeContribution(Programme.JHT, declaredIncome, 0, share(declaredIncome, BPU_JHT_BP)));
        }
        lines.add(new ProgrammeContribution(Programme.JKK, declaredIncome, 0, share(declaredIncome, BPU_JKK_BP)));
        lines.add(new ProgrammeContribution(Programme.JKM, declaredIncome, 0, BPU_JKM_FLAT));
        return List.copyOf(lines);
    }
}
