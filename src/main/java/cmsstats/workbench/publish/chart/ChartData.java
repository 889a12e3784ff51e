package cmsstats.workbench.publish.chart;

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
 */
public record ChartData(ChartSpec spec, List<YearMonth> months, List<Series> series, String geography, String source,
                        String breakdown) {
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
        return new ChartData(spec, kept, shown, geography, source, breakdown);
    }

    /** Whether any series has a figure in any month (a chart of empty series is drawn as empty). */
    public boolean hasAnyFigure() {
        return series.stream().flatMap(s -> s.points().stream()).anyMatch(p -> p.value() != null);
    }

    /** Whether every series is quarterly, so that each point stands for the quarter ending in its month. */
    public boolean quarterly() {
        return !series.isEmpty() && series.stream().allMatch(Series::quarterly);
    }

    /** The heading of the period column of the chart's figures: "Quarter" or "Month". */
    public String periodHeading() {
        return quarterly() ? "Quarter" : "Month";
    }

    /**
     * The period of month {@code index} as the chart's table and tooltips write it: "Jun to Aug 2016" or
     * "Aug 2016".
     */
    public String periodLabel(int index) {
        YearMonth month = months.get(index);
        return quarterly() ? Periods.quarterEnding(month) : Periods.month(month);
    }

    /** Whether month {@code index} has a figure in any series (quarterly measures leave the months between empty). */
    public boolean hasFigures(int index) {
        return series.stream().anyMatch(s -> s.points().get(index).value() != null);
    }

    /** Measure, geography and period, as the guidance asks of a subtitle. */
    public String subtitle() {
        String period = months.isEmpty() ? "no months" : Periods.span(months.get(0), months.get(months.size() - 1));
        return (breakdown == null ? "" : "By " + breakdown + "; ") + geography + ", " + period;
    }
}
