package id.bpjstk.membership.service;

import java.time.YearMonth;
import java.util.List;

/** One page of a member's contribution months in [from, to], newest first. */
public record ContributionHistory(YearMonth from, YearMonth to, int page, int size, long totalItems,
        List<MonthlyContribution> items) {

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
