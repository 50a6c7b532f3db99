package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MonthFilterTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void twoMonthsInOrderAreTheRange() {
        MonthFilter filter = MonthFilter.read("2024-01", " 2024-12 ", NOW);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.fromParam()).isEqualTo("2024-01");
        assertThat(filter.toParam()).isEqualTo("2024-12");
    }

    @Test
    void nothingTypedLeavesTheRangeToTheService() {
        MonthFilter filter = MonthFilter.read(null, "  ", NOW);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.fromParam()).isNull();
        assertThat(filter.toParam()).isNull();
    }

    @Test
    void aFromAloneRunsToTheCurrentMonth() {
        MonthFilter filter = MonthFilter.read("2025-03", "", NOW);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.toParam()).isEqualTo("2026-12");
    }

    @Test
    void aToAloneLeavesTheStartToTheService() {
        MonthFilter filter = MonthFilter.read("", "2024-06", NOW);

        assertThat(filter.valid()).isTrue();
        assertThat(filter.fromParam()).isNull();
        assertThat(filter.toParam()).isEqualTo("2024-06");
    }

    @Test
    void anythingButYearDashMonthIsABadFormatAtItsField() {
        for (String bad : new String[] {"2024-13", "2024-00", "2024-1", "24-01", "2024/01", "januari", "0999-01",
                "2024-01-01", "12345-01", "<script>"}) {
            MonthFilter filter = MonthFilter.read(bad, "2024-12", NOW);
            assertThat(filter.valid()).as(bad).isFalse();
            assertThat(filter.fromProblem()).as(bad).isEqualTo(MonthFilter.Problem.FORMAT);
            assertThat(filter.toProblem()).as(bad).isNull();
            assertThat(filter.fromParam()).as(bad).isNull();
        }
        assertThat(MonthFilter.read("2024-01", "2024-13", NOW).toProblem()).isEqualTo(MonthFilter.Problem.FORMAT);
    }

    @Test
    void aFromAfterTheToIsSaidAtTheFrom() {
        MonthFilter filter = MonthFilter.read("2025-01", "2024-12", NOW);

        assertThat(filter.valid()).isFalse();
        assertThat(filter.fromProblem()).isEqualTo(MonthFilter.Problem.FROM_AFTER_TO);
        assertThat(filter.toProblem()).isNull();
    }

    @Test
    void theSameMonthTwiceIsARangeOfOneMonth() {
        assertThat(MonthFilter.read("2024-05", "2024-05", NOW).valid()).isTrue();
    }

    @Test
    void monthsBeforeTheProgrammeOrAfterThisMonthAreOutOfRange() {
        assertThat(MonthFilter.read("1976-12", "2024-12", NOW).fromProblem()).isEqualTo(MonthFilter.Problem.BEFORE_FIRST);
        assertThat(MonthFilter.read("1977-01", "2024-12", NOW).valid()).isTrue();
        assertThat(MonthFilter.read("2024-01", "2027-01", NOW).toProblem()).isEqualTo(MonthFilter.Problem.AFTER_LATEST);
        assertThat(MonthFilter.read("2024-01", "2026-12", NOW).valid()).isTrue();
        assertThat(MonthFilter.read("2027-01", "", NOW).fromProblem()).isEqualTo(MonthFilter.Problem.AFTER_LATEST);
    }

    @Test
    void theTypedTextIsKeptToShowItBack() {
        MonthFilter filter = MonthFilter.read(" 2024-13 ", "2024-12", NOW);

        assertThat(filter.fromText()).isEqualTo("2024-13");
        assertThat(filter.toText()).isEqualTo("2024-12");
    }
}
