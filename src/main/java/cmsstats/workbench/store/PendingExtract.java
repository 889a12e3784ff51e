package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import java.sql.Connection;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * An import in progress: rows are staged into the version's own table with multi-row INSERTs sent in JDBC
 * batches, each batch committed on its own so that memory stays flat whatever the file's size. The version stays
 * invisible (PENDING) until {@link #commit}; {@link #discard} (or a crash, cleaned up at the next opening)
 * drops it whole.
 *
 * <p>The writes run on a writer thread of their own, fed through a small bounded hand-off, so that parsing and
 * validating the next rows overlaps with H2 storing the previous ones (two cores: about a third faster).
 * Every use of the connection goes through that thread.
 */
public final class PendingExtract implements AutoCloseable {
    /** Rows per INSERT statement: fewer statement executions, measured about 25% faster than one row each. */
    static final int ROWS_PER_STATEMENT = 100;
    /** Rows per JDBC batch and commit. */
    static final int ROWS_PER_COMMIT = 10_000;
    private static final int MAX_STATEMENTS_IN_FLIGHT = 50;

    private final ExtractRepository repository;
    private final ExtractKind kind;
    private final long id;
    private final String table;
    private final Connection connection;
    private final PreparedStatement insertMany;
    private final int parametersPerRow;
    private final Object[][] buffered = new Object[ROWS_PER_STATEMENT][];
    private int bufferedRows;
    private int batchedRows;
    private long rowCount;
    private boolean finished;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "extract-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** Limits rows in flight to the writer, so a slow disk cannot make the reader fill the heap. */
    private final Semaphore inFlight = new Semaphore(MAX_STATEMENTS_IN_FLIGHT);
    private volatile Exception writeFailure;

    PendingExtract(Store store, ExtractRepository repository, ExtractKind kind, long id, String table)
            throws SQLException {
        this.repository = repository;
        this.kind = kind;
        this.id = id;
        this.table = table;
        this.parametersPerRow = kind.columns().size() + 3;
        this.connection = store.connection();
        this.connection.setAutoCommit(false);
        this.insertMany = connection.prepareStatement(DataTables.insert(kind, table, ROWS_PER_STATEMENT));
    }

    /** A unit of work on the connection, run on the writer thread. */
    @FunctionalInterface
    private interface Write<T> {
        T run() throws SQLException;
    }

    /** Runs a write on the writer thread and waits for it. */
    private <T> T onWriter(Write<T> write) {
        try {
            return writer.submit(write::run).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static StoreException failure(Throwable cause) {
        return cause instanceof StoreException store ? store
                : new StoreException("Cannot write rows to the store: " + cause.getMessage(), cause);
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
        if (bufferedRows == ROWS_PER_STATEMENT) {
            if (writeFailure != null) {
                throw failure(writeFailure);
            }
            Object[][] chunk = buffered.clone();
            bufferedRows = 0;
            inFlight.acquireUninterruptibly();
            writer.execute(() -> {
                try {
                    if (writeFailure == null) {
                        writeChunk(chunk);
                    }
                } catch (SQLException | RuntimeException e) {
                    writeFailure = e;
                } finally {
                    inFlight.release();
                }
            });
        }
        return rowCount;
    }

    private void writeChunk(Object[][] chunk) throws SQLException {
        bind(insertMany, chunk, ROWS_PER_STATEMENT);
        insertMany.addBatch();
        batchedRows += ROWS_PER_STATEMENT;
        if (batchedRows >= ROWS_PER_COMMIT) {
            insertMany.executeBatch();
            connection.commit();
            batchedRows = 0;
        }
    }

    private void bind(PreparedStatement statement, Object[][] rows, int count) throws SQLException {
        int parameter = 1;
        for (int r = 0; r < count; r++) {
            for (Object value : rows[r]) {
                statement.setObject(parameter++, value);
            }
        }
    }

    /** Writes and commits every row staged so far. */
    public void flush() {
        Object[][] rest = java.util.Arrays.copyOf(buffered, bufferedRows);
        bufferedRows = 0;
        onWriter(() -> {
            if (writeFailure != null) {
                throw failure(writeFailure);
            }
            if (batchedRows > 0) {
                insertMany.executeBatch();
                batchedRows = 0;
            }
            if (rest.length > 0) {
                try (PreparedStatement insertRest = connection.prepareStatement(
                        DataTables.insert(kind, table, rest.length))) {
                    bind(insertRest, rest, rest.length);
                    insertRest.executeUpdate();
                }
            }
            connection.commit();
            return null;
        });
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
        return onWriter(() -> {
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

    /** Makes the version visible with every staged row, in one small final transaction. */
    public ExtractVersion commit() {
        flush();
        long rows = onWriter(() -> {
            try (Statement statement = connection.createStatement()) {
                java.util.Optional<String> index = DataTables.keyIndex(kind, table);
                if (index.isPresent()) {
                    statement.execute(index.get());
                }
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + DataTables.qualified(table))) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
        closeConnection();
        ExtractVersion version = repository.commit(id, rows);
        finished = true;
        return version;
    }

    /** Drops everything staged; the store is as it was before the import. */
    public void discard() {
        if (finished) {
            return;
        }
        closeConnection();
        repository.discard(id, table);
        finished = true;
    }

    private void closeConnection() {
        try {
            onWriter(() -> {
                if (!connection.isClosed()) {
                    connection.rollback();
                    insertMany.close();
                    connection.setAutoCommit(true);
                    connection.close();
                }
                return null;
            });
        } finally {
            writer.shutdown();
        }
    }

    /** Discards unless committed: a forgotten or failed import never becomes visible. */
    @Override
    public void close() {
        discard();
    }
}
