package cmsstats.workbench.store;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The result of one aggregate query: named sums per period and breakdown value. Small (months times breakdown
 * values), so the measures layer can derive ratios and running totals from it.
 *
 * @param columns the names of the sums, in the order of each row's values
 * @param rows    one row per period and breakdown value that has data
 */
public record Aggregates(List<String> columns, List<Row> rows) {

    /** Sums for one period and breakdown value (null group = no breakdown). */
    public record Row(YearMonth period, String group, BigDecimal[] values) {
    }

    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no aggregate named " + name + " in " + columns);
        }
        return index;
    }
}
