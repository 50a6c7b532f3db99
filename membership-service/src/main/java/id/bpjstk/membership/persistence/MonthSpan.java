package id.bpjstk.membership.persistence;

import java.time.YearMonth;

/**
 * A member's contribution months: how many, and the first and last (null when there are none).
 * The months in between may have gaps: {@code months} can be fewer than the span.
 */
public record MonthSpan(long months, YearMonth first, YearMonth last) {
}
