package id.bpjstk.portal.web;

import java.util.List;
import java.util.stream.Collectors;

import id.bpjstk.portal.client.ContributionPage;

/**
 * The contribution history as CSV (RFC 4180): a header row, then one row per month in the order given (newest first,
 * as the page shows them) with period, wage, each programme's total and the month's total, as plain integers (whole
 * rupiah, no grouping), so that a spreadsheet reads them as numbers. A programme a month has no line for is 0.
 */
public final class ContributionCsv {

    /** The header's words, in the member's language. */
    public record Labels(String period, String wage, String total) {
    }

    private static final String LINE_END = "\r\n";

    private ContributionCsv() {
    }

    public static String write(List<ContributionPage.Month> months, Labels labels) {
        List<String> columns = ContributionRow.columns(months);
        StringBuilder csv = new StringBuilder();
        csv.append(field(labels.period())).append(',').append(field(labels.wage()));
        for (String programme : columns) {
            csv.append(',').append(field(programme));
        }
        csv.append(',').append(field(labels.total())).append(LINE_END);
        for (ContributionRow row : ContributionRow.of(months, columns)) {
            csv.append(field(row.period())).append(',').append(row.wage());
            csv.append(row.programmes().stream().map(amount -> "," + amount.total()).collect(Collectors.joining()));
            csv.append(',').append(row.total()).append(LINE_END);
        }
        return csv.toString();
    }

    /**
     * A text field: quoted when it holds a comma, a quote or a line break (quotes doubled); one that a spreadsheet would
     * run as a formula ({@code =}, {@code +}, {@code -}, {@code @}) is kept as text with a leading apostrophe.
     */
    static String field(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
