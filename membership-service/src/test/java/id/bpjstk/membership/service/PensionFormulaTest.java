package id.bpjstk.membership.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PensionFormulaTest {

    @Test
    void noContributionMonthsMeansNoBenefit() {
        assertEquals(0, PensionFormula.estimatedMonthlyBenefit(0, 0));
    }

    @Test
    void twelveMonthsAtFiveMillionGiveOnePercentOfTheAverageWage() {
        // 1 % × 12/12 × 5,000,000
        assertEquals(50_000, PensionFormula.estimatedMonthlyBenefit(12 * 5_000_000L, 12));
    }

    @Test
    void monthsThatAreNotWholeYearsCountAsFractionsOfAYear() {
        // 1 % × 18/12 × 6,000,000 = 90,000
        assertEquals(90_000, PensionFormula.estimatedMonthlyBenefit(18 * 6_000_000L, 18));
    }

    @Test
    void exactlyHalfARupiahRoundsUp() {
        // 1 % × 1/12 × 5,001,000 = 4,167.50
        assertEquals(4_168, PensionFormula.estimatedMonthlyBenefit(5_001_000, 1));
    }

    @Test
    void averageWageIsNotRoundedBeforeApplyingTheFormula() {
        // exact: 360,000,599 / 1200 = 300,000.499...; rounding the average (7,826,099.98) to
        // 7,826,100 first would give 300,000.50 and round up to 300,001
        assertEquals(300_000, PensionFormula.estimatedMonthlyBenefit(360_000_599, 46));
    }

    @Test
    void sitiDemoMemberEstimateMatchesTheSeededContributions() {
        // 46 months, JP wages summing to 436,674,000 (capped at 10,547,400 in 2026)
        assertEquals(363_895, PensionFormula.estimatedMonthlyBenefit(436_674_000, 46));
    }

    @Test
    void negativeInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PensionFormula.estimatedMonthlyBenefit(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> PensionFormula.estimatedMonthlyBenefit(1, -1));
    }
}
