package cmsstats.workbench.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table to build: measures of one unit with periods as rows and up to two breakdowns crossed in the columns,
 * over the data a set of filters keeps. What the Explore section and the {@code table} command ask for, and what
 * a saved query holds.
 *
 * @param measures catalogue ids, at least one, all of one unit
 * @param rows     months, quarters or financial years
 * @param slice    the breakdowns crossed in the columns and the filters
 * @param from     the first month (empty: the data's first)
 * @param to       the last month (empty: the data's last)
 * @param rounded  whether figures are shown as the release rounds them
 */
public record TableQuery(List<String> measures, Periodicity rows, Slice slice, Optional<YearMonth> from,
                         Optional<YearMonth> to, boolean rounded) {
    public TableQuery {
        measures = List.copyOf(measures);
    }

    /** One measure by month over all its data, without breakdown or filter. */
    public static TableQuery of(String measure) {
        return new TableQuery(List.of(measure), Periodicity.MONTH, Slice.ALL, Optional.empty(), Optional.empty(),
                false);
    }

    public TableQuery withSlice(List<Breakdown> crossed, Map<Breakdown, List<String>> filters) {
        return new TableQuery(measures, rows, new Slice(crossed, filters), from, to, rounded);
    }
}
