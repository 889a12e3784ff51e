package cmsstats.workbench.store;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.Slice;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The records behind a figure (drill-through): which rows of an extract version a measure counts or sums for
 * one period and slice, found on the version's columnar copy (row numbers; H2 then supplies the rows), with what
 * they add up to: the number of rows, distinct cases or distinct case groups, or the sum of a column. Each trace
 * is the measure's rule (docs/MEASURES.md) written as a condition on the rows, so its total is the figure.
 */
public final class RecordQueries {
    /** What the records of a figure add up to. */
    public enum Counting { ROWS, CASES, CASE_GROUPS, SUM }

    /**
     * A measure's rule as a condition on the rows of its extract's copy (alias {@code r}; a case_months trace may
     * use the joined cases as {@code c}). Placeholders: {@code :start} and {@code :after} the first day of the
     * period and of the month after it; {@code :first} and {@code :last} the month indexes of its first and last
     * month; {@code :rows} and {@code :cases} the tables, {@code :kept} the slice's filters on a subquery's
     * case_months rows {@code m2} (so a case group's quarter is judged on the rows the figure judged it on).
     */
    public record Trace(String condition, Counting counting, String summed) {
        public static Trace rows(String condition) {
            return new Trace(condition, Counting.ROWS, null);
        }

        public static Trace distinct(String condition, Counting counting) {
            return new Trace(condition, counting, null);
        }

        public static Trace sum(String condition, String summed) {
            return new Trace(condition, Counting.SUM, summed);
        }
    }

    /** A page of the records' row numbers and their total. */
    public record Found(List<Long> rowNumbers, long rows, BigDecimal total, Counting counting) {
    }

    private final AnalyticStore engine;

    public RecordQueries(Store store) {
        this.engine = store.analytics();
    }

    /**
     * The records of a version behind a figure over the months {@code first..last}, in file order.
     *
     * @param cases the cases version a case_months trace joins (breakdowns by country, case groups), or null
     */
    public Found find(ExtractVersion version, ExtractVersion cases, Trace trace, YearMonth first, YearMonth last,
                      Slice slice, long offset, int limit) {
        boolean caseMonths = cases != null;
        String keptInSubquery = MeasureQueries.kept(slice.crossing(List.of()).filters().containsKey(
                Breakdown.SERVICE_TYPE) ? new Slice(List.of(), Map.of(Breakdown.SERVICE_TYPE,
                slice.kept(Breakdown.SERVICE_TYPE))) : Slice.ALL, Map.of(Breakdown.SERVICE_TYPE, "m2.service_type"));
        Map<Breakdown, String> allowed = caseMonths ? Map.of(Breakdown.SERVICE_TYPE, "r.service_type",
                Breakdown.COUNTRY, "c.country") : Map.of(Breakdown.APPLICATION_TYPE, "r.application_type",
                Breakdown.COUNTRY, "r.country", Breakdown.PRIOR_CSA, "r.prior_csa");
        // a left join: a row whose case is missing from the cases version still counts where the measure counts it
        String from = engine.table(version) + " r" + (caseMonths ? " LEFT JOIN " + engine.table(cases)
                + " c ON c.case_id = r.case_id" : "");
        String condition = trace.condition()
                .replace(":rows", engine.table(version)).replace(":cases", caseMonths ? engine.table(cases) : "")
                .replace(":kept", keptInSubquery)
                .replace(":start", "DATE '" + first.atDay(1) + "'")
                .replace(":after", "DATE '" + last.plusMonths(1).atDay(1) + "'")
                .replace(":first", Integer.toString(MeasureQueries.index(first)))
                .replace(":last", Integer.toString(MeasureQueries.index(last)));
        String where = " WHERE " + condition + (slice.filters().isEmpty() ? ""
                : MeasureQueries.kept(slice, allowed));
        String total = switch (trace.counting()) {
            case ROWS -> "count(*)";
            case CASES -> "count(DISTINCT r.case_id)";
            case CASE_GROUPS -> "count(DISTINCT c.case_group_id)";
            case SUM -> "COALESCE(SUM(" + trace.summed() + "), 0)";
        };
        String rowColumn = "r." + AnalyticTables.ROW_COLUMN;
        try (Connection connection = engine.connection()) {
            long rows;
            BigDecimal figure;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*), " + total + " FROM "
                    + from + where); ResultSet result = count.executeQuery()) {
                result.next();
                rows = result.getLong(1);
                figure = result.getBigDecimal(2);
            }
            List<Long> numbers = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement("SELECT " + rowColumn + " FROM " + from + where
                    + " ORDER BY " + rowColumn + " LIMIT ? OFFSET ?")) {
                page.setInt(1, limit);
                page.setLong(2, offset);
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        numbers.add(result.getLong(1));
                    }
                }
            }
            return new Found(numbers, rows, figure, trace.counting());
        } catch (SQLException e) {
            throw new StoreException("Cannot find the records behind the figure in version " + version.id() + ": "
                    + e.getMessage(), e);
        }
    }
}
