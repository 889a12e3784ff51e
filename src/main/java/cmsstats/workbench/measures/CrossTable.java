package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.TableQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A built table: one row per period, one column per measure and crossed group (with the groups' totals), every
 * cell an exact value or null where the measure has no figure.
 *
 * @param query    what was asked for
 * @param measures the measures, in the query's order
 * @param unit     their one unit
 * @param periods  the rows, each period named by its last month
 * @param columns  the columns, measure by measure
 * @param cells    {@code cells[row][column]}
 * @param emptyReason why the table has no rows, or null when it has
 */
public record CrossTable(TableQuery query, List<MeasureDefinition> measures, MeasureUnit unit, List<YearMonth> periods,
                         List<Column> columns, BigDecimal[][] cells, String emptyReason) {

    /**
     * One column: a measure in one crossed group. {@code codes} holds a value for each crossed breakdown, or null
     * where the column is the total over that breakdown (all its kept values).
     */
    public record Column(MeasureDefinition measure, List<Breakdown> crossed, List<String> codes) {
        /** Whether this is a total over at least one breakdown. */
        public boolean isTotal() {
            return codes.contains(null);
        }
    }

    public BigDecimal cell(int row, int column) {
        return cells[row][column];
    }

    /** The row of a period, or -1. */
    public int row(YearMonth period) {
        return periods.indexOf(period);
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }
}
