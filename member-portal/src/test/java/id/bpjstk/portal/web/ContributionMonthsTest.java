package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.client.ContributionPage;

class ContributionMonthsTest {

    @Test
    void everyMonthOfALongRangeComesInPagesOfAHundredForTheRangeTheFirstAnswerSettled() {
        FakeHistory service = new FakeHistory(YearMonth.of(1990, 1), YearMonth.of(2026, 10));

        ContributionMonths.Range range = ContributionMonths.all(service, null, null);

        assertThat(range.from()).isEqualTo("1990-01");
        assertThat(range.to()).isEqualTo("2026-10");
        assertThat(range.months()).hasSize(442);
        assertThat(range.months().get(0).period()).isEqualTo("2026-10");
        assertThat(range.months().get(441).period()).isEqualTo("1990-01");
        assertThat(range.months()).extracting(ContributionPage.Month::period).doesNotHaveDuplicates();
        assertThat(service.asked).containsExactly("null..null p0 s100", "1990-01..2026-10 p1 s100",
                "1990-01..2026-10 p2 s100", "1990-01..2026-10 p3 s100", "1990-01..2026-10 p4 s100");
    }

    @Test
    void aRangeWithinOnePageIsOneCall() {
        FakeHistory service = new FakeHistory(YearMonth.of(2024, 1), YearMonth.of(2024, 12));

        assertThat(ContributionMonths.all(service, "2024-01", "2024-12").months()).hasSize(12);
        assertThat(service.asked).hasSize(1);
    }

    /** membership-service's paging over a member who paid every month from {@code first} to {@code last}. */
    static final class FakeHistory implements ContributionMonths.Pages {

        final List<String> asked = new ArrayList<>();
        private final YearMonth first;
        private final YearMonth last;

        FakeHistory(YearMonth first, YearMonth last) {
            this.first = first;
            this.last = last;
        }

        @Override
        public ContributionPage page(String from, String to, int page, int size) {
            asked.add(from + ".." + to + " p" + page + " s" + size);
            List<ContributionPage.Month> all = new ArrayList<>();
            for (YearMonth month = last; !month.isBefore(first); month = month.minusMonths(1)) {
                all.add(new ContributionPage.Month(month.toString(), 1_000_000, List.of(), 1_000));
            }
            int start = Math.min(all.size(), page * size);
            List<ContributionPage.Month> items = all.subList(start, Math.min(all.size(), start + size));
            return new ContributionPage(first.toString(), last.toString(), page, size, all.size(),
                    (all.size() + size - 1) / size, List.copyOf(items));
        }
    }
}
