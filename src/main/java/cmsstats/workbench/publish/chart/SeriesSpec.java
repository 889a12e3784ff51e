package cmsstats.workbench.publish.chart;

/**
 * One series of a chart: a measure, its label in the legend, and for a {@link ChartKind#BAND} the measures of
 * the interval's bounds.
 */
public record SeriesSpec(String measure, String label, String lowMeasure, String highMeasure) {
    public static SeriesSpec of(String measure, String label) {
        return new SeriesSpec(measure, label, null, null);
    }
}
