package id.bpjstk.membership.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.bpjstk.membership.support.Demo;
import id.bpjstk.service.test.PostgresTestDatabase;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@TestTransaction
class RepositoryTest {

    @Inject
    MemberRepository members;
    @Inject
    ContributionMonthRepository months;
    @Inject
    InvestmentReturnRepository returns;

    @Test
    void findByMembershipNumberFindsTheMemberOrNothing() {
        assertEquals("Siti Rahmawati", members.findByMembershipNumber(Demo.SITI).orElseThrow().getFullName());
        assertTrue(members.findByMembershipNumber("19999999999").isEmpty());
    }

    @Test
    void countByMembershipNumbersCountsOnlyThoseThere() {
        assertEquals(2, members.countByMembershipNumbers(List.of(Demo.SITI, Demo.DEWI, "19999999999")));
    }

    @Test
    void latestPeriodUpToIgnoresLaterMonthsAndIsEmptyBeforeTheFirst() {
        Member siti = siti();
        assertEquals(YearMonth.of(2024, 12), months.findLatestPeriodUpTo(siti, YearMonth.of(2024, 12)).orElseThrow());
        assertEquals(YearMonth.of(2026, 10), months.findLatestPeriodUpTo(siti, YearMonth.of(2030, 1)).orElseThrow());
        assertTrue(months.findLatestPeriodUpTo(siti, YearMonth.of(2022, 12)).isEmpty());
    }

    @Test
    void pageInRangeIsNewestFirstAndCountCoversTheWholeRange() {
        Member siti = siti();
        assertEquals(12, months.countInRange(siti, YearMonth.of(2024, 1), YearMonth.of(2024, 12)));
        ContributionMonthRepository.MemberMonthPage page = months.findPageOfMember(siti.getMembershipNumber(),
                Optional.of(YearMonth.of(2024, 1)), Optional.of(YearMonth.of(2024, 12)), YearMonth.of(2026, 12), 12, 1, 5)
                .orElseThrow();
        assertEquals(List.of(YearMonth.of(2024, 7), YearMonth.of(2024, 6), YearMonth.of(2024, 5),
                YearMonth.of(2024, 4), YearMonth.of(2024, 3)),
                page.months().stream().map(ContributionMonth::getPeriod).toList());
        assertEquals(12, page.totalItems());
        assertEquals(YearMonth.of(2024, 1), page.from());
    }

    @Test
    void pageOfMemberWithoutARangeEndsAtHerLatestMonthAndAPagePastTheEndStillCounts() {
        ContributionMonthRepository.MemberMonthPage window = months.findPageOfMember(siti().getMembershipNumber(),
                Optional.empty(), Optional.empty(), YearMonth.of(2030, 1), 12, 0, 12).orElseThrow();
        assertEquals(YearMonth.of(2026, 10), window.to());
        assertEquals(YearMonth.of(2025, 11), window.from());
        assertEquals(12, window.months().size());
        ContributionMonthRepository.MemberMonthPage past = months.findPageOfMember(siti().getMembershipNumber(),
                Optional.empty(), Optional.empty(), YearMonth.of(2030, 1), 12, 5, 12).orElseThrow();
        assertEquals(List.of(), past.months());
        assertEquals(12, past.totalItems());
        assertTrue(months.findPageOfMember("19999999999", Optional.empty(), Optional.empty(), YearMonth.of(2030, 1), 12, 0, 12)
                .isEmpty());
    }

    @Test
    void findInYearIsOldestFirstAndStaysInsideTheYear() {
        List<ContributionMonth> year = months.findInYear(siti(), 2025);
        assertEquals(12, year.size());
        assertEquals(YearMonth.of(2025, 1), year.get(0).getPeriod());
        assertEquals(YearMonth.of(2025, 12), year.get(11).getPeriod());
    }

    @Test
    void programmeTotalsSumBothSharesCountMonthsAndSumTheCappedWages() {
        ProgrammeTotals jp = months.totalsUpTo(siti(), Programme.JP, YearMonth.of(2024, 12));
        // 2023: 12 × 8,500,000 × 3 %; 2024: 12 × 9,200,000 × 3 %
        assertEquals(new ProgrammeTotals(6_372_000, 24, 212_400_000), jp);
    }

    @Test
    void returnsCountFromTheDayTheyAreCredited() {
        Member siti = siti();
        assertEquals(162_792, returns.sumCreditedUpTo(siti, LocalDate.of(2024, 12, 30)));
        assertEquals(717_482, returns.sumCreditedUpTo(siti, LocalDate.of(2024, 12, 31)));
        assertEquals(0, returns.sumCreditedUpTo(siti, LocalDate.of(2023, 12, 30)));
    }

    private Member siti() {
        return members.findByMembershipNumber(Demo.SITI).orElseThrow();
    }
}
