package cmsstats.workbench.publish.chart;

import java.util.Arrays;

/**
 * How one series is drawn: colour, dash pattern, marker shape, hollow markers for figures to compare with, and
 * whether it is a filled shape (bar or area) rather than a line. Fixed once when a chart's figures are put
 * together ({@link ChartData}), from the series' place among all of them, so that a series keeps its look when
 * others are switched off or the months shown change, on the screen and in an exported file alike.
 *
 * @param colour  hex colour from the Analysis Function palette
 * @param dashes  dash pattern in pixels (empty for a solid line)
 * @param marker  marker shape: 0 circle, 1 square, 2 triangle, 3 diamond
 * @param hollow  whether markers are white inside (figures as published or of an earlier version)
 * @param filled  whether the series is drawn as a bar or an area (its legend key a swatch)
 */
public record SeriesStyle(String colour, float[] dashes, int marker, boolean hollow, boolean filled) {
    public SeriesStyle {
        dashes = dashes.clone();
    }

    @Override
    public float[] dashes() {
        return dashes.clone();
    }

    /**
     * The style of series {@code index} of {@code count} in a chart of {@code kind}: areas in the sequential blues
     * (darkest first), everything else in the categorical palette (the two-series pair for two), each with its
     * own dash pattern and marker so that series differ without colour.
     */
    public static SeriesStyle of(ChartKind kind, int index, int count, boolean reference) {
        boolean area = kind == ChartKind.AREA && !reference;
        boolean bar = kind == ChartKind.STACKED_BAR && !reference;
        String colour = area ? Palette.SEQUENTIAL.get(Math.min(2, index * 2)) : Palette.colour(index, count);
        return new SeriesStyle(colour, Palette.dashes(index), Palette.marker(index), reference, area || bar);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesStyle that && colour.equals(that.colour) && Arrays.equals(dashes, that.dashes)
                && marker == that.marker && hollow == that.hollow && filled == that.filled;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * colour.hashCode() + Arrays.hashCode(dashes)) + marker + (hollow ? 2 : 0) + (filled ? 4 : 0);
    }

    @Override
    public String toString() {
        return "SeriesStyle[" + colour + ", dashes " + Arrays.toString(dashes) + ", marker " + marker
                + (hollow ? ", hollow" : "") + (filled ? ", filled" : "") + "]";
    }
}
