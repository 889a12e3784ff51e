package cmsstats.workbench.publish.chart;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.MeasureUnit;
import java.util.List;

/**
 * What one chart shows: the release's chart for a measure family.
 *
 * @param id         the family's id (e.g. {@code intake}), used on the command line and in file names
 * @param name       the family as a user picks it (e.g. "Intake")
 * @param headline   the title: the subject and its unit, as the guidance asks
 * @param kind       how the series are drawn
 * @param unit       the unit of every series (a chart never mixes units: no dual axes)
 * @param series     the series, in palette order
 * @param breakdowns the breakdowns every series offers (a breakdown splits each series by its values)
 * @param note       a note under the chart (definitions, caveats), or empty
 */
public record ChartSpec(String id, String name, String headline, ChartKind kind, MeasureUnit unit,
                        List<SeriesSpec> series, List<Breakdown> breakdowns, String note) {
    public ChartSpec {
        series = List.copyOf(series);
        breakdowns = List.copyOf(breakdowns);
    }

    /** Money is shown in GBP million, as the release does. */
    public double displayScale() {
        return unit == MeasureUnit.GBP ? 1e-6 : 1;
    }

    public String unitLabel() {
        return unitLabel(unit);
    }

    /** A unit as titles and axes name it. */
    public static String unitLabel(MeasureUnit unit) {
        return switch (unit) {
            case COUNT -> "number";
            case GBP -> "GBP million";
            case PERCENT -> "%";
        };
    }
}
