package cmsstats.workbench.store;

import cmsstats.workbench.model.ExtractKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One connection writing staged rows into a pending version's H2 table, on a thread of its own: multi-row INSERTs
 * sent in JDBC batches, each batch committed on its own so memory stays flat whatever the file's size. (Two lanes
 * into one table were measured no faster: H2's store takes one writer at a time.)
 */
final class H2Lane {
    /** Rows per INSERT statement: fewer statement executions, measured about 25% faster than one row each. */
    static final int ROWS_PER_STATEMENT = 100;
    /** Rows per JDBC batch and commit. */
    static final int ROWS_PER_COMMIT = 10_000;
    private static final int MAX_STATEMENTS_IN_FLIGHT = 50;

    private final ExtractKind kind;
    private final String table;
    private final WriterThread thread;
    private final Connection connection;
    private final PreparedStatement insertMany;
    private int batchedRows;
    private boolean closed;

    H2Lane(Store store, ExtractKind kind, String table) throws SQLException {
        this.kind = kind;
        this.table = table;
        this.thread = new WriterThread("extract-writer", MAX_STATEMENTS_IN_FLIGHT);
        this.connection = store.connection();
        this.connection.setAutoCommit(false);
        this.insertMany = connection.prepareStatement(DataTables.insert(kind, table, ROWS_PER_STATEMENT));
    }

    /** Queues a full chunk of {@link #ROWS_PER_STATEMENT} rows. */
    void write(Object[][] chunk) {
        thread.submit(() -> {
            bind(insertMany, chunk, ROWS_PER_STATEMENT);
            insertMany.addBatch();
            batchedRows += ROWS_PER_STATEMENT;
            if (batchedRows >= ROWS_PER_COMMIT) {
                insertMany.executeBatch();
                connection.commit();
                batchedRows = 0;
            }
            return null;
        });
    }

    /** Writes and commits everything queued, then {@code rest} (fewer rows than a chunk). */
    void flush(Object[][] rest) {
        thread.call(() -> {
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

    /** Runs a read or write on this lane's connection, after everything queued. */
    <T> T call(Use<T> use) {
        return thread.call(() -> use.with(connection));
    }

    /** Rolls back what is not committed and closes the connection; safe to call twice. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.finish(() -> {
            if (!connection.isClosed()) {
                connection.rollback();
                insertMany.close();
                connection.setAutoCommit(true);
                connection.close();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Object[][] rows, int count) throws SQLException {
        int parameter = 1;
        for (int r = 0; r < count; r++) {
            for (Object value : rows[r]) {
                statement.setObject(parameter++, value);
            }
        }
    }

    /** Work on the lane's connection. */
    @FunctionalInterface
    interface Use<T> {
        T with(Connection connection) throws SQLException;
    }
}
