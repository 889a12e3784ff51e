package cmsstats.workbench.publish.chart;

import java.util.List;

/**
 * The UK Analysis Function chart colours, in the order the guidance gives them ("Data visualisation: colours",
 * analysisfunction.civilservice.gov.uk): categorical for up to six series, the two-series pair when there are two.
 */
public final class Palette {
    public static final List<String> CATEGORICAL = List.of("#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D",
            "#A285D1");
    public static final List<String> TWO_SERIES = List.of("#12436D", "#F46A25");
    public static final List<String> SEQUENTIAL = List.of("#12436D", "#2073BC", "#6BACE6");

    private Palette() {
    }

    /** The colour of series {@code index} of {@code count}. */
    public static String colour(int index, int count) {
        List<String> colours = count == 2 ? TWO_SERIES : CATEGORICAL;
        return colours.get(index % colours.size());
    }

    /** A dash pattern per series, so that series are told apart without colour (empty = solid). */
    public static float[] dashes(int index) {
        return switch (index % 4) {
            case 0 -> new float[0];
            case 1 -> new float[] {8f, 4f};
            case 2 -> new float[] {2f, 3f};
            default -> new float[] {10f, 3f, 2f, 3f};
        };
    }

    /** A marker shape per series: circle, square, triangle, diamond. */
    public static int marker(int index) {
        return index % 4;
    }
}
