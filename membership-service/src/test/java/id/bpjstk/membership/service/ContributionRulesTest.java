package id.bpjstk.membership.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.bpjstk.membership.persistence.Programme;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionRulesTest {

    @Test
    void shareOfExactlyHalfARupiahRoundsUp() {
        // JP employee 1 % of Rp 6,351,250 = Rp 63,512.50
        assertEquals(63_513, ContributionRules.share(6_351_250, ContributionRules.JP_EMPLOYEE_BP));
    }

    @Test
    void shareBelowHalfARupiahRoundsDown() {
        // JKK 0.24 % of Rp 5,987,650 = Rp 14,370.36
        assertEquals(14_370, ContributionRules.share(5_987_650, ContributionRules.JKK_EMPLOYER_BP));
    }

    @Test
    void shareAboveHalfARupiahRoundsUp() {
        // JKM 0.30 % of Rp 5,987,650 = Rp 17,962.95
        assertEquals(17_963, ContributionRules.share(5_987_650, ContributionRules.JKM_EMPLOYER_BP));
    }

    @Test
    void wageEarnerPaysAllFourProgrammesWithTheRegulatedRates() {
        List<ProgrammeContribution> lines = ContributionRules.wageEarner(YearMonth.of(2024, 6), 9_200_000);

        assertEquals(List.of(
                new ProgrammeContribution(Programme.JHT, 9_200_000, 340_400, 184_000),
                new ProgrammeContribution(Programme.JKK, 9_200_000, 22_080, 0),
                new ProgrammeContribution(Programme.JKM, 9_200_000, 27_600, 0),
                new ProgrammeContribution(Programme.JP, 9_200_000, 184_000, 92_000)), lines);
    }

    @Test
    void jpIsPaidOnTheCappedWageWhileJhtUsesTheFullWage() {
        List<ProgrammeContribution> lines = ContributionRules.wageEarner(YearMonth.of(2026, 10), 10_800_000);

        assertEquals(new ProgrammeContribution(Programme.JHT, 10_800_000, 399_600, 216_000), lines.get(0));
        assertEquals(new ProgrammeContribution(Programme.JP, 10_547_400, 210_948, 105_474), lines.get(3));
    }

    @Test
    void jpCapChangesAtTheTurnOfTheYear() {
        long december = ContributionRules.wageEarner(YearMonth.of(2023, 12), 15_000_000).get(3).base();
        long january = ContributionRules.wageEarner(YearMonth.of(2024, 1), 15_000_000).get(3).base();

        assertEquals(9_559_600, december);
        assertEquals(10_042_300, january);
    }

    @Test
    void wageExactlyAtTheJpCapIsNotReduced() {
        assertEquals(10_547_400, ContributionRules.wageEarner(YearMonth.of(2025, 1), 10_547_400).get(3).base());
    }

    @Test
    void noJpBeforeJuly2015AndJpAtThe2015CapFromJuly() {
        assertEquals(3, ContributionRules.wageEarner(YearMonth.of(2015, 6), 8_000_000).size());
        List<ProgrammeContribution> july = ContributionRules.wageEarner(YearMonth.of(2015, 7), 8_000_000);
        assertEquals(new ProgrammeContribution(Programme.JP, 7_000_000, 140_000, 70_000), july.get(3));
    }

    @Test
    void yearsAfterTheLastPublishedCapKeepTheLastCap() {
        assertEquals(10_547_400, ContributionRules.jpWageCap(2026));
        assertEquals(10_547_400, ContributionRules.jpWageCap(2031));
    }

    @Test
    void jpCapBeforeJpExistedIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ContributionRules.jpWageCap(2014));
    }

    @Test
    void zeroWageGivesZeroShares() {
        ContributionRules.wageEarner(YearMonth.of(2024, 1), 0).forEach(line -> assertEquals(0, line.total()));
    }

    @Test
    void negativeWageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContributionRules.wageEarner(YearMonth.of(2024, 1), -1));
        assertThrows(IllegalArgumentException.class, () -> ContributionRules.share(-1, 100));
    }

    @Test
    void hugeWageDoesNotOverflow() {
        assertEquals(3_412_647_653_636_267_046L, ContributionRules.share(Long.MAX_VALUE / 100 * 100, 3_700));
    }

    @Test
    void bpuParticipantPaysJkkOnePercentJkmFlatAndJhtTwoPercentWithNoEmployerShare() {
        List<ProgrammeContribution> lines = ContributionRules.nonWageEarner(2_500_000, true);

        assertEquals(List.of(
                new ProgrammeContribution(Programme.JHT, 2_500_000, 0, 50_000),
                new ProgrammeContribution(Programme.JKK, 2_500_000, 0, 25_000),
                new ProgrammeContribution(Programme.JKM, 2_500_000, 0, 6_800)), lines);
    }

    @Test
    void bpuOnTheMinimumIncomeWithoutJhtPaysRp16800() {
        List<ProgrammeContribution> lines = ContributionRules.nonWageEarner(1_000_000, false);

        assertEquals(2, lines.size());
        assertEquals(16_800, lines.stream().mapToLong(ProgrammeContribution::total).sum());
    }

    @Test
    void bpuDeclaredIncomeBelowOneMillionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContributionRules.nonWageEarner(999_999, true));
    }
}
