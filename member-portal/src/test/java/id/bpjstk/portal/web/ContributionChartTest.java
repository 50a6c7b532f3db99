package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContributionChartTest {

    @Test
    void barsRunOldestToNewestAndTheirHeightsAreProportionalToTheTotals() {
        ContributionChart chart = ContributionChart.of(List.of(
                point("2024-03", 900_000), point("2024-01", 300_000), point("2024-02", 600_000)));

        assertThat(chart.bars()).extracting(ContributionChart.Bar::period).containsExactly("2024-01", "2024-02", "2024-03");
        ContributionChart.Bar first = chart.bars().get(0);
        ContributionChart.Bar third = chart.bars().get(2);
        assertThat(third.height()).isCloseTo(first.height() * 3, within(0.2));
        assertThat(first.x()).isLessThan(chart.bars().get(1).x());
        for (ContributionChart.Bar bar : chart.bars()) {
            assertThat(bar.y() + bar.height()).isCloseTo(chart.baseline(), within(0.11));
            assertThat(bar.x()).isGreaterThanOrEqualTo(ContributionChart.LEFT);
            assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(chart.right());
        }
    }

    @Test
    void theAxisEndsAtARoundAmountAtOrAboveTheHighestMonthWithRoundTicks() {
        ContributionChart chart = ContributionChart.of(List.of(point("2026-09", 990_342), point("2026-10", 1_234_567)));

        assertThat(chart.axisMax()).isEqualTo(1_250_000);
        assertThat(chart.ticks()).extracting(ContributionChart.Tick::value)
                .containsExactly(0L, 250_000L, 500_000L, 750_000L, 1_000_000L, 1_250_000L);
        assertThat(chart.ticks().get(0).y()).isEqualTo(chart.baseline());
        assertThat(chart.ticks().get(chart.ticks().size() - 1).y()).isEqualTo(ContributionChart.TOP);
        ContributionChart.Bar highest = chart.bars().get(1);
        assertThat(highest.y()).isGreaterThanOrEqualTo(ContributionChart.TOP);
        assertThat(highest.height()).isCloseTo(ContributionChart.PLOT_HEIGHT * 1_234_567.0 / 1_250_000, within(0.1));
    }

    @Test
    void roundStepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenAndNeverMoreThanFiveOfThem() {
        assertThat(ContributionChart.niceStep(1_000_000)).isEqualTo(200_000);
        assertThat(ContributionChart.niceStep(999)).isEqualTo(200);
        assertThat(ContributionChart.niceStep(2_000_000)).isEqualTo(500_000);
        assertThat(ContributionChart.niceStep(4)).isEqualTo(1);
        for (long max : new long[] {5, 7, 13, 99, 101, 4_999, 25_500_000, 13_000_001, 987_654_321}) {
            long step = ContributionChart.niceStep(max);
            long mantissa = step;
            while (mantissa % 10 == 0) {
                mantissa /= 10;
            }
            assertThat(List.of(1L, 2L, 25L, 5L)).as("step %d for %d", step, max).contains(mantissa);
            assertThat((max + step - 1) / step).as("steps for %d", max).isBetween(1L, 5L);
        }
    }

    @Test
    void zeroMonthsDrawAFlatBarOnAnAxisThatStillHasAScale() {
        ContributionChart chart = ContributionChart.of(List.of(point("2024-01", 0)));

        assertThat(chart.axisMax()).isPositive();
        assertThat(chart.bars().get(0).height()).isZero();
        assertThat(chart.bars().get(0).y()).isEqualTo(chart.baseline());
    }

    @Test
    void noMonthsIsAnEmptyChart() {
        ContributionChart chart = ContributionChart.of(List.of());

        assertThat(chart.empty()).isTrue();
        assertThat(chart.highest()).isNull();
    }

    @Test
    void highestAndLowestNameTheirMonths() {
        ContributionChart chart = ContributionChart.of(List.of(
                point("2024-01", 500), point("2024-02", 900), point("2024-03", 100)));

        assertThat(chart.highest().period()).isEqualTo("2024-02");
        assertThat(chart.lowest().period()).isEqualTo("2024-03");
    }

    @Test
    void aLongRangeNamesEveryNthMonthAndEachYearOnce() {
        List<ContributionChart.Point> points = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2023, 1); !month.isAfter(YearMonth.of(2026, 10)); month = month.plusMonths(1)) {
            points.add(new ContributionChart.Point(month, 1_000_000));
        }
        ContributionChart chart = ContributionChart.of(points);

        assertThat(chart.bars()).hasSize(46);
        assertThat(chart.bars().stream().filter(ContributionChart.Bar::label).count()).isLessThanOrEqualTo(12);
        assertThat(chart.bars().stream().filter(ContributionChart.Bar::yearLabel).map(ContributionChart.Bar::year))
                .containsExactly(2023, 2024, 2025, 2026);
        assertThat(chart.bars().get(0).label()).isTrue();
    }

    @Test
    void twelveMonthsAreEachNamed() {
        List<ContributionChart.Point> points = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            points.add(new ContributionChart.Point(YearMonth.of(2025, month), 10 * month));
        }
        assertThat(ContributionChart.of(points).bars()).allMatch(ContributionChart.Bar::label);
    }

    @Test
    void aNegativeTotalIsRefused() {
        assertThatThrownBy(() -> ContributionChart.of(List.of(point("2024-01", -1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ContributionChart.Point point(String period, long total) {
        return new ContributionChart.Point(YearMonth.parse(period), total);
    }
}
