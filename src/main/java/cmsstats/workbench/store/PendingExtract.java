package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An import in progress: rows are staged into the version's own H2 table with multi-row INSERTs sent in JDBC
 * batches, each batch committed on its own so that memory stays flat whatever the file's size, and in the same
 * pass into the version's columnar copy in the analytic engine ({@link AnalyticLoad}). The version stays
 * invisible (PENDING) until {@link #commit}, which completes the copy first and then marks the version committed
 * in H2; {@link #discard} (or a crash, cleaned up at the next opening) drops both whole.
 *
 * <p>Each engine's writes run on writer threads of their own ({@link H2Lane}, {@link AnalyticLoad}), fed the same
 * chunks of rows, so that parsing and validating the next rows overlaps with both engines storing the previous
 * ones. Every use of an H2 connection goes through its lane's thread.
 */
public final class PendingExtract implements AutoCloseable {
    private final ExtractRepository repository;
    private final ExtractKind kind;
    private final long id;
    private final String table;
    private final String sha256;
    private final int parametersPerRow;
    private final H2Lane lane;
    private final AnalyticLoad analytic;
    private Object[][] buffered = new Object[H2Lane.ROWS_PER_STATEMENT][];
    private int bufferedRows;
    private long rowCount;
    private boolean finished;

    PendingExtract(Store store, ExtractRepository repository, ExtractKind kind, long id, String table, String sha256)
            throws SQLException {
        this.repository = repository;
        this.kind = kind;
        this.id = id;
        this.table = table;
        this.sha256 = sha256;
        this.parametersPerRow = kind.columns().size() + 3;
        this.lane = new H2Lane(store, kind, table);
        try {
            this.analytic = AnalyticTables.analysed(kind) ? store.analytics().begin(kind, id) : null;
        } catch (StoreException e) {
            lane.close();
            throw e;
        }
    }

    public long id() {
        return id;
    }

    /**
     * Stages one validated row.
     *
     * @param line   the row's line in the file
     * @param values the row's values in the kind's column order: String, Long, BigDecimal, LocalDate or
     *               YearMonth, or null
     * @param extras the row's extra columns as a JSON object, or null when the file has none
     * @return the row's number in the version (1, 2, 3... in file order)
     */
    public long append(long line, Object[] values, String extras) {
        Object[] row = new Object[parametersPerRow];
        row[0] = ++rowCount;
        row[1] = line;
        for (int i = 0; i < values.length; i++) {
            row[i + 2] = values[i] instanceof YearMonth month ? month.atDay(1) : values[i];
        }
        row[parametersPerRow - 1] = extras;
        buffered[bufferedRows++] = row;
        if (bufferedRows == H2Lane.ROWS_PER_STATEMENT) {
            Object[][] chunk = buffered;
            buffered = new Object[H2Lane.ROWS_PER_STATEMENT][];
            bufferedRows = 0;
            lane.write(chunk);
            if (analytic != null) {
                analytic.append(chunk, chunk.length);
            }
        }
        return rowCount;
    }

    /** Writes and commits every row staged so far. */
    public void flush() {
        Object[][] rest = java.util.Arrays.copyOf(buffered, bufferedRows);
        bufferedRows = 0;
        if (analytic != null && rest.length > 0) {
            analytic.append(rest, rest.length);
        }
        lane.flush(rest);
    }

    /** A staged row's line in the file and its key values as the contract writes them. */
    public record StagedKey(long line, List<String> key) {
    }

    /**
     * The lines and key values of staged rows, by row number, for confirming that two rows really share a key.
     *
     * @param rows row numbers as {@link #append} returned them
     */
    public Map<Long, StagedKey> keysAt(Collection<Long> rows) {
        flush();
        Map<Long, StagedKey> keys = new HashMap<>();
        if (rows.isEmpty()) {
            return keys;
        }
        List<Column> keyColumns = kind.keyColumns().stream().map(kind::column).toList();
        String sql = "SELECT " + DataTables.ROW_COLUMN + ", " + DataTables.LINE_COLUMN + ", "
                + keyColumns.stream().map(c -> DataTables.column(c.name())).collect(Collectors.joining(", "))
                + " FROM " + DataTables.qualified(table) + " WHERE " + DataTables.ROW_COLUMN
                + " = ANY(?)";
        return lane.call(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, rows.toArray(Long[]::new));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        List<String> key = new ArrayList<>();
                        for (int k = 0; k < keyColumns.size(); k++) {
                            Column column = keyColumns.get(k);
                            key.add(ExtractRepository.format(column, ExtractRepository.read(result,
                                    column.name().toUpperCase(java.util.Locale.ROOT), column)));
                        }
                        keys.put(result.getLong(1), new StagedKey(result.getLong(2), key));
                    }
                }
            }
            return keys;
        });
    }

    /**
     * Makes the version visible with every staged row: the columnar copy is completed first, then one small H2
     * transaction marks the version committed. A crash between the two leaves a pending version, which the next
     * opening discards together with its copy.
     */
    public ExtractVersion commit() {
        flush();
        long rows = lane.call(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + DataTables.qualified(table))) {
                result.next();
                return result.getLong(1);
            }
        });
        lane.close();
        if (analytic != null) {
            analytic.finish(rows, sha256);
        }
        ExtractVersion version = repository.commit(id, rows);
        if (analytic != null) {
            repository.analyticLoaded(id);
        }
        finished = true;
        return version;
    }

    /** Drops everything staged; the store is as it was before the import. */
    public void discard() {
        if (finished) {
            return;
        }
        try {
            lane.close();
        } finally {
            if (analytic != null) {
                analytic.abandon();
            }
            repository.discard(id, table);
            finished = true;
        }
    }

    /** Discards unless committed: a forgotten or failed import never becomes visible. */
    @Override
    public void close() {
        discard();
    }
}
