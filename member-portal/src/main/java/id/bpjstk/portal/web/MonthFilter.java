package id.bpjstk.portal.web;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The from/to filter of the contribution history as typed ({@code YYYY-MM}, either may be empty), checked before
 * membership-service is asked: each month well-formed and within {@link #FIRST} and the current month, and
 * {@code from} not after {@code to}. Empty fields leave the range to the service (its latest twelve months); a
 * {@code from} alone runs to the current month.
 */
public record MonthFilter(String fromText, String toText, YearMonth from, YearMonth to, Problem fromProblem,
        Problem toProblem) {

    /** The first month the programme's records go back to (Astek, the first national scheme, began in 1977). */
    public static final YearMonth FIRST = YearMonth.of(1977, 1);

    /** What is wrong with a field. */
    public enum Problem {
        FORMAT, BEFORE_FIRST, AFTER_LATEST, FROM_AFTER_TO
    }

    // the service's own pattern: four digits not starting with 0, then 01..12
    private static final Pattern MONTH = Pattern.compile("[1-9][0-9]{3}-(0[1-9]|1[0-2])");

    /** Reads and checks the typed months; {@code latest} is the last month that may be asked for (this month). */
    public static MonthFilter read(String fromText, String toText, YearMonth latest) {
        String fromTyped = trimmed(fromText);
        String toTyped = trimmed(toText);
        YearMonth from = null;
        YearMonth to = null;
        Problem fromProblem = null;
        Problem toProblem = null;
        if (!fromTyped.isEmpty()) {
            fromProblem = problemOf(fromTyped, latest);
            from = fromProblem == null ? YearMonth.parse(fromTyped) : null;
        }
        if (!toTyped.isEmpty()) {
            toProblem = problemOf(toTyped, latest);
            to = toProblem == null ? YearMonth.parse(toTyped) : null;
        }
        if (from != null && to == null && toProblem == null) {
            to = latest;
        }
        if (from != null && to != null && from.isAfter(to)) {
            fromProblem = Problem.FROM_AFTER_TO;
        }
        return new MonthFilter(fromTyped, toTyped, fromProblem == null ? from : null, toProblem == null ? to : null,
                fromProblem, toProblem);
    }

    /** The service's default range: nothing typed. */
    public static MonthFilter none() {
        return new MonthFilter("", "", null, null, null, null);
    }

    public boolean valid() {
        return fromProblem == null && toProblem == null;
    }

    /** {@code from} as the service takes it, or null for its default. */
    public String fromParam() {
        return from == null ? null : from.toString();
    }

    public String toParam() {
        return to == null ? null : to.toString();
    }

    private static Problem problemOf(String typed, YearMonth latest) {
        if (!MONTH.matcher(typed).matches()) {
            return Problem.FORMAT;
        }
        YearMonth month = YearMonth.parse(typed);
        if (month.isBefore(FIRST)) {
            return Problem.BEFORE_FIRST;
        }
        if (month.isAfter(latest)) {
            return Problem.AFTER_LATEST;
        }
        return null;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
