package id.bpjstk.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.bpjstk.portal.client.ContributionPage;

/**
 * One month of the contribution history as the table and the CSV show it: period, wage, the total of each programme
 * of the range (a programme the month has no line for is absent) and the month's total.
 */
public record ContributionRow(String period, long wage, List<Amount> programmes, long total) {

    /** The programmes in the order members know them from their statements; others follow by name. */
    static final List<String> USUAL_ORDER = List.of("JHT", "JKK", "JKM", "JP");

    /** A programme's total in a month, or absent when the month has no line of that programme. */
    public record Amount(String programme, boolean present, long total) {
    }

    /** The programmes that occur in any of {@code months}: the columns of a range. */
    public static List<String> columns(List<ContributionPage.Month> months) {
        Set<String> found = new TreeSet<>(Comparator.comparingInt(ContributionRow::rank).thenComparing(name -> name));
        for (ContributionPage.Month month : months) {
            for (ContributionPage.ProgrammeAmount line : month.programmes()) {
                found.add(line.programme());
            }
        }
        return List.copyOf(found);
    }

    /** {@code month} in {@code columns}; a programme with more than one line in the month counts their sum. */
    public static ContributionRow of(ContributionPage.Month month, List<String> columns) {
        List<Amount> amounts = new ArrayList<>(columns.size());
        for (String programme : columns) {
            boolean present = false;
            long total = 0;
            for (ContributionPage.ProgrammeAmount line : month.programmes()) {
                if (programme.equals(line.programme())) {
                    present = true;
                    total += line.total();
                }
            }
            amounts.add(new Amount(programme, present, total));
        }
        return new ContributionRow(month.period(), month.wage(), List.copyOf(amounts), month.total());
    }

    public static List<ContributionRow> of(List<ContributionPage.Month> months, List<String> columns) {
        return months.stream().map(month -> of(month, columns)).toList();
    }

    private static int rank(String programme) {
        int index = USUAL_ORDER.indexOf(programme);
        return index < 0 ? USUAL_ORDER.size() : index;
    }
}
