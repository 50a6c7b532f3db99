package id.bpjstk.portal.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of the contribution chart, drawn by the page as SVG on the server: one bar per month, oldest on the
 * left, on a value axis from 0 to a round amount at or above the highest month, cut by three to five round ticks.
 * Coordinates are in the SVG's own units ({@link #WIDTH} × {@link #HEIGHT}), rounded to a tenth.
 */
public record ContributionChart(List<Bar> bars, List<Tick> ticks, long axisMax, Bar highest, Bar lowest) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 280;
    /** Room for the amounts of the ticks on the left and the months below. */
    public static final int LEFT = 112;
    public static final int RIGHT = 8;
    public static final int TOP = 12;
    public static final int BOTTOM = 44;
    public static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    public static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    /** At most this many month labels fit under the axis; with more months every n-th is labelled. */
    static final int MAX_LABELS = 12;
    private static final double BAR_SHARE = 0.7;
    private static final double MAX_BAR_WIDTH = 40;

    /**
     * One month's bar ({@code period} as {@code YYYY-MM}); {@code label} when the month is named under it,
     * {@code yearLabel} when its year is too.
     */
    public record Bar(String period, int year, long total, double x, double y, double width, double height, double centre,
            boolean label, boolean yearLabel) {
    }

    /** A value on the axis and where its line is. */
    public record Tick(long value, double y) {
    }

    /** A month and its total, as the chart takes it. */
    public record Point(YearMonth period, long total) {
    }

    /** The chart of {@code points} (any order; drawn oldest first). Totals must not be negative. */
    public static ContributionChart of(List<Point> points) {
        List<Point> months = new ArrayList<>(points);
        months.sort(Comparator.comparing(Point::period));
        long max = months.stream().mapToLong(Point::total).max().orElse(0);
        if (months.stream().anyMatch(point -> point.total() < 0)) {
            throw new IllegalArgumentException("a month's total is negative");
        }
        long step = niceStep(max);
        long axisMax = Math.max(step, ceilTo(max, step));
        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= axisMax; value += step) {
            ticks.add(new Tick(value, round(TOP + PLOT_HEIGHT - (double) value / axisMax * PLOT_HEIGHT)));
        }
        List<Bar> bars = new ArrayList<>(months.size());
        int count = months.size();
        double slot = count == 0 ? 0 : (double) PLOT_WIDTH / count;
        double width = Math.min(MAX_BAR_WIDTH, slot * BAR_SHARE);
        int every = Math.max(1, (count + MAX_LABELS - 1) / MAX_LABELS);
        for (int i = 0; i < count; i++) {
            Point month = months.get(i);
            double height = (double) month.total() / axisMax * PLOT_HEIGHT;
            double x = LEFT + i * slot + (slot - width) / 2;
            boolean label = i % every == 0;
            // the year once under the first month named in it
            boolean yearLabel = label && (i == 0 || months.get(i - every).period().getYear() != month.period().getYear());
            bars.add(new Bar(month.period().toString(), month.period().getYear(), month.total(), round(x), round(TOP + PLOT_HEIGHT - height), round(width),
                    round(height), round(x + width / 2), label, yearLabel));
        }
        Bar highest = bars.stream().max(Comparator.comparingLong(Bar::total)).orElse(null);
        Bar lowest = bars.stream().min(Comparator.comparingLong(Bar::total)).orElse(null);
        return new ContributionChart(List.copyOf(bars), List.copyOf(ticks), axisMax, highest, lowest);
    }

    public boolean empty() {
        return bars.isEmpty();
    }

    /** The baseline (value 0) of the plot. */
    public double baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** Where the amounts of the ticks end, right-aligned left of the plot. */
    public int tickLabelX() {
        return LEFT - 8;
    }

    public double monthLabelY() {
        return baseline() + 16;
    }

    public double yearLabelY() {
        return baseline() + 32;
    }

    /**
     * A round step (1, 2, 2.5 or 5 times a power of ten) at least a fifth of {@code max}: the axis up to {@code max}
     * takes at most five steps.
     */
    static long niceStep(long max) {
        if (max <= 4) {
            return 1;
        }
        double raw = max / 5.0;
        long magnitude = 1;
        while (magnitude <= raw / 10) {
            magnitude *= 10;
        }
        for (long candidate : new long[] { magnitude, 2 * magnitude, magnitude * 5 / 2, 5 * magnitude, 10 * magnitude }) {
            if (candidate >= raw && candidate > 0) {
                return candidate;
            }
        }
        return 10 * magnitude;
    }

    private static long ceilTo(long value, long step) {
        return (value + step - 1) / step * step;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
