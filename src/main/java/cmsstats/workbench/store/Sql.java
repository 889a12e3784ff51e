package cmsstats.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a parameterised query on a pooled connection and maps each row; failures become {@link StoreException}. */
final class Sql {
    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Where a query's connection comes from: H2's pool or the analytic engine. */
    @FunctionalInterface
    interface Connections {
        Connection connection() throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(Store store, String what, String sql, RowMapper<T> mapper, Object... parameters) {
        return list(store::connection, what, sql, mapper, parameters);
    }

    /**
     * @param what what the query is for, completing "Cannot ..." in the error message
     */
    static <T> List<T> list(Connections source, String what, String sql, RowMapper<T> mapper,
                            Object... parameters) {
        List<T> rows = new ArrayList<>();
        try (Connection connection = source.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Work done on one connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work in one transaction: all of it is committed, or on any failure none of it. */
    static <T> T transaction(Store store, String what, Work<T> work) {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** The first generated key of an insert. */
    static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
