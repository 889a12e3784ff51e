package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ColumnType;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.RowQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds which rows of a version a sorted or searched page shows: their row numbers, in order, and how many rows
 * match. The search and sort run where they are fast at full scale, on the version's columnar copy in the
 * analytic engine (a sort of 3.6 million case-months takes a fraction of a second there, and many seconds in
 * H2); the rows themselves are then read from H2, the store of record, by row number. The published kind has no
 * columnar copy and is small: it is searched in H2.
 */
final class RowFinder {
    /** The page's row numbers in the order asked for, and the number of rows that match the search. */
    record Found(List<Long> rowNumbers, long matching) {
    }

    private final Store store;

    RowFinder(Store store) {
        this.store = store;
    }

    Found find(ExtractVersion version, RowQuery query, long offset, int limit) {
        ExtractKind kind = version.kind();
        boolean columnar = AnalyticTables.analysed(kind);
        String table = columnar ? store.analytics().table(version)
                : DataTables.qualified(DataTables.tableName(kind, version.id()));
        String rowColumn = columnar ? AnalyticTables.ROW_COLUMN : DataTables.ROW_COLUMN;
        List<Column> searched = kind.columns().stream().filter(c -> query.filterColumn() == null
                || c.name().equals(query.filterColumn())).toList();
        if (searched.isEmpty()) {
            throw new StoreException("The " + kind.id() + " extract has no column '" + query.filterColumn()
                    + "' to search");
        }
        String where = query.filterText().isEmpty() ? "TRUE" : searched.stream()
                .map(c -> "lower(" + text(c, columnar) + ") LIKE ? ESCAPE '\\'")
                .collect(Collectors.joining(" OR ", "(", ")"));
        String order = order(kind, query, rowColumn, columnar);
        String pattern = "%" + query.filterText().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        int patterns = query.filterText().isEmpty() ? 0 : searched.size();
        try (Connection connection = columnar ? store.analytics().connection() : store.connection()) {
            long matching;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + table
                    + " WHERE " + where)) {
                bind(count, pattern, patterns);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    matching = result.getLong(1);
                }
            }
            List<Long> rows = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement("SELECT " + rowColumn + " FROM " + table
                    + " WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
                bind(page, pattern, patterns);
                page.setInt(patterns + 1, limit);
                page.setLong(patterns + 2, offset);
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getLong(1));
                    }
                }
            }
            return new Found(rows, matching);
        } catch (SQLException e) {
            throw new StoreException("Cannot search the rows of version " + version.id() + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, String pattern, int count) throws SQLException {
        for (int i = 1; i <= count; i++) {
            statement.setString(i, pattern);
        }
    }

    /** The sort: the column's stored value (months in time order, codes in the contract's order), then file order. */
    private static String order(ExtractKind kind, RowQuery query, String rowColumn, boolean columnar) {
        String direction = query.descending() ? " DESC" : "";
        String column = query.sortColumn();
        if (column == null || column.equals("line")) {
            return rowColumn + direction;
        }
        Column sorted = kind.columns().stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new StoreException("The " + kind.id() + " extract has no column '" + column
                        + "' to sort by"));
        return quoted(sorted, columnar) + direction + " NULLS LAST, " + rowColumn;
    }

    /** A column's name in the engine's table: lower case in the analytic copy, upper case in H2. */
    private static String quoted(Column column, boolean columnar) {
        return columnar ? "\"" + column.name() + "\"" : DataTables.column(column.name());
    }

    /** A column's value as the contract writes it, to search: a month YYYY-MM, a date YYYY-MM-DD, a number. */
    private static String text(Column column, boolean columnar) {
        String name = quoted(column, columnar);
        if (column.type() == ColumnType.MONTH) {
            return columnar ? "printf('%04d-%02d', " + name + " // 12, " + name + " % 12 + 1)"
                    : "FORMATDATETIME(" + name + ", 'yyyy-MM')";
        }
        return "CAST(" + name + " AS VARCHAR)";
    }
}
