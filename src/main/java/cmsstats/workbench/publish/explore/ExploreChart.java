package cmsstats.workbench.publish.explore;

import cmsstats.workbench.measures.CrossTable;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartKind;
import cmsstats.workbench.publish.chart.ChartLoader;
import cmsstats.workbench.publish.chart.ChartPainter;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.publish.chart.SeriesSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of a built table, drawn by the Trends chart on screen and by the release's painter to SVG and PNG:
 * one line per drawn column, one point per row at its period's last month, in the exact (unrounded) figures;
 * its headline the table's subject, its subtitle the breakdowns, place and months.
 */
public final class ExploreChart {
    /** Beyond this many columns only the total columns are drawn: more lines could not be told apart. */
    public static final int MOST_SERIES = 8;
    /** Drawn to a file without the scheme's events (they label months, and these points are periods). */
    public static final ChartPainter.Options OPTIONS = new ChartPainter.Options(false, true);

    private ExploreChart() {
    }

    /** The columns drawn: all of them, or only the totals when there are more than {@value #MOST_SERIES}. */
    public static List<Integer> drawnColumns(ShownTable shown) {
        List<Integer> columns = new ArrayList<>();
        boolean all = shown.columns() <= MOST_SERIES;
        for (int c = 0; c < shown.columns(); c++) {
            if (all || shown.table().columns().get(c).isTotal()) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** The table's figures as a chart. */
    public static ChartData of(ShownTable shown) {
        CrossTable table = shown.table();
        List<Integer> drawn = drawnColumns(shown);
        List<SeriesSpec> specs = new ArrayList<>();
        List<ChartData.Series> series = new ArrayList<>();
        for (int c : drawn) {
            CrossTable.Column column = table.columns().get(c);
            specs.add(SeriesSpec.of(column.measure().id(), shown.header(c)));
            List<ChartData.Point> points = new ArrayList<>();
            for (int r = 0; r < table.periods().size(); r++) {
                points.add(new ChartData.Point(table.periods().get(r), table.cell(r, c), null, null));
            }
            series.add(new ChartData.Series(shown.header(c), column.measure().id(), false, false, points));
        }
        String note = drawn.size() < shown.columns() ? "The table's " + drawn.size() + " total columns of its "
                + shown.columns() + "." : "";
        ChartSpec spec = new ChartSpec("explore", "Explore", shown.subject(), ChartKind.LINE, table.unit(), specs,
                List.of(), note);
        return new ChartData(spec, table.periods(), series, "Great Britain", ChartLoader.source(),
                shown.crossed().isEmpty() ? null : shown.crossedWords(), table.query().rows());
    }
}
