package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The columnar copy of one extract version being written: rows go through DuckDB's appender (columnar chunks,
 * no SQL per row) on a thread of its own, so it overlaps with parsing and with H2 storing the same rows. The copy
 * counts only once {@link #finish} has written its catalog row; a copy without one (a crash, a refused file) is
 * dropped when the store next opens.
 */
final class AnalyticLoad {
    private static final int MAX_CHUNKS_IN_FLIGHT = 50;

    /** Appends one value of a row to the current appender row. */
    @FunctionalInterface
    private interface ValueWriter {
        void write(DuckDBAppender appender, Object value) throws SQLException;
    }

    private final ExtractKind kind;
    private final long id;
    private final String table;
    private final ValueWriter[] writers;
    private final WriterThread thread;
    private Connection connection;
    private DuckDBAppender appender;
    private long rows;
    private boolean finished;

    private AnalyticLoad(ExtractKind kind, long id) {
        this.kind = kind;
        this.id = id;
        this.table = AnalyticTables.name(kind, id);
        List<Column> columns = kind.columns();
        this.writers = new ValueWriter[columns.size()];
        for (int c = 0; c < writers.length; c++) {
            writers[c] = writer(columns.get(c));
        }
        this.thread = new WriterThread("analytic-writer", MAX_CHUNKS_IN_FLIGHT);
    }

    /** Creates the version's empty table (replacing any leftover of the same id) and an appender on it. */
    static AnalyticLoad begin(AnalyticStore engine, ExtractKind kind, long id) {
        AnalyticLoad load = new AnalyticLoad(kind, id);
        load.thread.call(() -> {
            load.connection = engine.connection();
            try (Statement ddl = load.connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + load.table);
                ddl.execute("DELETE FROM " + AnalyticTables.CATALOG + " WHERE id = " + id);
                ddl.execute(AnalyticTables.createTable(kind, id));
            }
            load.appender = load.connection.unwrap(DuckDBConnection.class).createAppender(load.table);
            return null;
        });
        return load;
    }

    /**
     * Queues rows for appending.
     *
     * @param chunk rows as {@code [row number, line, the kind's values..., extras]}, months as their first day;
     *              the caller does not change them afterwards
     */
    void append(Object[][] chunk, int count) {
        thread.submit(() -> {
            for (int r = 0; r < count; r++) {
                Object[] row = chunk[r];
                appender.beginRow();
                appender.append((long) (Long) row[0]);
                for (int c = 0; c < writers.length; c++) {
                    Object value = row[c + 2];
                    if (value == null) {
                        appender.appendNull();
                    } else {
                        writers[c].write(appender, value);
                    }
                }
                appender.endRow();
            }
            rows += count;
            return null;
        });
    }

    /** Completes the copy: every row appended, then its catalog row, which makes it count. */
    void finish(long expectedRows, String sha256) {
        thread.call(() -> {
            appender.close();
            if (rows != expectedRows) {
                throw new StoreException("The analytic copy of version " + id + " has " + rows + " rows, not "
                        + expectedRows + "; it was not stored.");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + AnalyticTables.CATALOG
                    + " (id, kind, row_count, sha256, loaded_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, kind.id());
                insert.setLong(3, rows);
                insert.setString(4, sha256);
                insert.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
        close();
        finished = true;
    }

    /** Drops what was appended; the engine is as it was. Safe after a failure and after {@link #finish}. */
    void abandon() {
        if (finished) {
            return;
        }
        finished = true;
        thread.finish(() -> {
            if (connection == null) {
                return null;
            }
            try {
                if (appender != null && !appender.isClosed()) {
                    appender.close();
                }
            } catch (SQLException ignored) {
                // the appender failed already; its rows are dropped with the table below
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS " + table);
            } finally {
                connection.close();
            }
            return null;
        });
    }

    private void close() {
        thread.finish(() -> {
            if (connection != null) {
                connection.close();
            }
            return null;
        });
    }

    private static ValueWriter writer(Column column) {
        return switch (column.type()) {
            case ID, TEXT, CODE -> (appender, value) -> appender.append((String) value);
            case DATE -> (appender, value) -> appender.appendEpochDays((int) ((LocalDate) value).toEpochDay());
            case MONTH -> (appender, value) -> appender.append(monthIndex((LocalDate) value));
            case INTEGER -> (appender, value) -> appender.append((long) (Long) value);
            case MONEY -> (appender, value) -> appender.appendDecimal(
                    ((BigDecimal) value).setScale(2).unscaledValue().longValueExact());
            case DECIMAL, POSITIVE_DECIMAL -> (appender, value) -> appender.append(
                    ((BigDecimal) value).setScale(AnalyticTables.DECIMAL_SCALE));
        };
    }

    /** The month index of a month's first day: year * 12 + month - 1, as the measure queries group by. */
    static int monthIndex(LocalDate month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
