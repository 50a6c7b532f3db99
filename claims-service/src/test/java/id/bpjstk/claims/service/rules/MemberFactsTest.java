package id.bpjstk.claims.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MemberFactsTest {

    private static MemberFacts paid(String first, String last, int count) {
        return new MemberFacts("11000000017", LocalDate.of(1990, 5, 15), ParticipantCategory.PU, null, count, count,
                first == null ? null : YearMonth.parse(first), last == null ? null : YearMonth.parse(last));
    }

    @Test
    void withoutGapsTheMonthsInARangeAreTheOverlap() {
        MemberFacts facts = paid("2023-01", "2026-10", 46);

        assertEquals(24, facts.monthsPaidAtLeast(YearMonth.of(2024, 11), YearMonth.of(2026, 10)));
        assertEquals(12, facts.monthsPaidAtLeast(YearMonth.of(2022, 1), YearMonth.of(2023, 12)));
        assertEquals(0, facts.monthsPaidAtLeast(YearMonth.of(2026, 11), YearMonth.of(2027, 12)));
    }

    @Test
    void gapsAreCountedInsideEveryRange() {
        MemberFacts facts = paid("2023-01", "2026-10", 43);

        assertEquals(21, facts.monthsPaidAtLeast(YearMonth.of(2024, 11), YearMonth.of(2026, 10)));
        assertEquals(0, facts.monthsPaidAtLeast(YearMonth.of(2026, 9), YearMonth.of(2026, 10)));
    }

    @Test
    void noContributionsMeansNoMonths() {
        assertEquals(0, paid(null, null, 0).monthsPaidAtLeast(YearMonth.of(2020, 1), YearMonth.of(2030, 1)));
    }

    @Test
    void firstAndLastMonthComeTogetherAndInOrder() {
        assertThrows(IllegalArgumentException.class, () -> paid("2023-01", null, 1));
        assertThrows(IllegalArgumentException.class, () -> paid("2024-01", "2023-01", 1));
    }

    @Test
    void ageIsInWholeYearsCountedFromTheBirthday() {
        MemberFacts facts = paid("2023-01", "2026-10", 46);

        assertEquals(36, facts.ageOn(LocalDate.of(2026, 5, 15)));
        assertEquals(35, facts.ageOn(LocalDate.of(2026, 5, 14)));
    }
}
