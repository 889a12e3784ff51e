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

    private Sql() {
    }

    /**
     * @param what what the query is for, completing "Cannot ..." in the error message
     */
    static <T> List<T> list(Store store, String what, String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = new ArrayList<>();
        try (Connection connection = store.connection();
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
}
