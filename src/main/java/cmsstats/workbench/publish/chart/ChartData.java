package cmsstats.workbench.publish.chart;

import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Periods;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A chart's figures: one series per measure (and breakdown value), each with a value (or none) per month of the
 * span, in the measure's own unit; bounds for an estimate. What is drawn, tabulated and exported.
 *
 * @param spec      what the chart shows
 * @param months    the months of the span, oldest first
 * @param series    the series, in palette order
 * @param geography where the figures cover
 * @param source    the "Source: ..." line
 * @param breakdown the breakdown the series are split by (its name, e.g. "service type"), or null
 * @param periods   what each of {@code months} stands for when it ends a longer period (Explore's quarters and
 *                  financial years, one point each), or null for the release's charts of months
 */
public record ChartData(ChartSpec spec, List<YearMonth> months, List<Series> series, String geography, String source,
                        String breakdown, Periodicity periods) {
    /** A chart of months (quarterly series have their figure at each quarter's last month). */
    public ChartData(ChartSpec spec, List<YearMonth> months, List<Series> series, String geography, String source,
                     String breakdown) {
        this(spec, months, series, geography, source, breakdown, null);
    }

    public ChartData {
        months = List.copyOf(months);
        List<Series> styled = new java.util.ArrayList<>(series.size());
        for (Series one : series) {
            styled.add(one.style() != null ? one : one.styled(SeriesStyle.of(spec.kind(), styled.size(),
                    series.size(), one.reference())));
        }
        series = List.copyOf(styled);
    }

    /** One month's figure; value null when it cannot be computed; low and high only for estimates. */
    public record Point(YearMonth month, BigDecimal value, BigDecimal low, BigDecimal high) {
    }

    /**
     * A series.
     *
     * @param name      its legend name
     * @param measure   the measure it shows
 * @param reference whether these are figures to compare with (as published, or of an earlier version) rather than
     *                  computed now
     * @param quarterly whether the measure has a value only at quarter ends (drawn joined across the months
     *                  between)
     * @param points    one point per month of the span
     * @param style     how it is drawn: given by the chart the first time it is put together, from its place
     *                  among all the series, and kept when others are hidden (null until then)
     */
    public record Series(String name, String measure, boolean reference, boolean quarterly, List<Point> points,
                         SeriesStyle style) {
        public Series {
            points = List.copyOf(points);
        }

        /** A series not yet styled: {@link ChartData} styles it by its place. */
        public Series(String name, String measure, boolean reference, boolean quarterly, List<Point> points) {
            this(name, measure, reference, quarterly, points, null);
        }

        Series styled(SeriesStyle given) {
            return new Series(name, measure, reference, quarterly, points, given);
        }
    }

    /** The same chart over fewer months (the range a user chose), or fewer series. */
    public ChartData restrictedTo(YearMonth from, YearMonth to, List<String> visibleSeries) {
        List<YearMonth> kept = months.stream().filter(m -> !m.isBefore(from) && !m.isAfter(to)).toList();
        List<Series> shown = series.stream().filter(s -> visibleSeries.contains(s.name())).map(s -> new Series(
                s.name(), s.measure(), s.reference(), s.quarterly(), s.points().stream()
                        .filter(p -> !p.month().isBefore(from)
                && !p.month().isAfter(to)).toList(), s.style())).toList();
        return new ChartData(spec, kept, shown, geography, source, breakdown, periods);
    }

    /** Whether any series has a figure in any month (a chart of empty series is drawn as empty). */
    public boolean hasAnyFigure() {
        return series.stream().flatMap(s -> s.points().stream()).anyMatch(p -> p.value() != null);
    }

    /** Whether every series is quarterly, so that each point stands for the quarter ending in its month. */
    public boolean quarterly() {
        return !series.isEmpty() && series.stream().allMatch(Series::quarterly);
    }

    /** The heading of the period column of the chart's figures: "Quarter", "Month" or "Financial year". */
    public String periodHeading() {
        if (periods == Periodicity.YEAR) {
            return "Financial year";
        }
        return quarterly() || periods == Periodicity.QUARTER ? "Quarter" : "Month";
    }

    /**
     * The period of month {@code index} as the chart's table and tooltips write it: "Jun to Aug 2016" or
     * "Aug 2016".
     */
    public String periodLabel(int index) {
        return periodOf(months.get(index));
    }

    /** The period a point in {@code month} stands for: "Aug 2016", "Jun to Aug 2016" or "2016-17". */
    public String periodOf(YearMonth month) {
        if (periods != null) {
            return periods.label(month);
        }
        return quarterly() ? Periods.quarterEnding(month) : Periods.month(month);
    }

    /** A point's label under the axis: its month, or the period it ends in a chart of longer periods. */
    public String axisLabel(YearMonth month) {
        return periods == null ? Periods.month(month) : periods.label(month);
    }

    /** The widest label the axis may write, to space the labels: a month's, or the last period's. */
    public String widestAxisLabel() {
        return periods == null || months.isEmpty() ? "Sep 2016" : axisLabel(months.get(months.size() - 1));
    }

    /** Whether month {@code index} has a figure in any series (quarterly measures leave the months between empty). */
    public boolean hasFigures(int index) {
        return series.stream().anyMatch(s -> s.points().get(index).value() != null);
    }

    /** Measure, geography and period, as the guidance asks of a subtitle. */
    /** Whether the chart begins in the pathfinder months, which are shaded and noted as not representative. */
    public boolean startsInPathfinder() {
        return pathfinderMonths() > 0;
    }

    /** How many of the chart's months (oldest first) are pathfinder months: the width of the shading. */
    public int pathfinderMonths() {
        return (int) months.stream().filter(m -> m.isBefore(Timeline.REPRESENTATIVE_FROM)).count();
    }

    public String subtitle() {
        YearMonth first = months.isEmpty() ? null : periods == null ? months.get(0) : periods.start(months.get(0));
        String period = months.isEmpty() ? "no months" : Periods.span(first, months.get(months.size() - 1));
        return (breakdown == null ? "" : "By " + breakdown + "; ") + geography + ", " + period;
    }
}
