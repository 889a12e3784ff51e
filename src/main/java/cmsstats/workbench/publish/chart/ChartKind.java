package cmsstats.workbench.publish.chart;

/** How a chart draws its series, as the release draws that measure family. */
public enum ChartKind {
    /** Lines with markers and dashes, one per series (rates, stocks, flows over time). */
    LINE,
    /** Bars stacked per month (parts of a total, such as new and arrears-only intake). */
    STACKED_BAR,
    /** Filled areas drawn over each other, the first series in front (arrears under cumulative liability). */
    AREA,
    /** An estimate as a line inside its confidence band (sample estimates). */
    BAND
}
