package cmsstats.workbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's yardstick: H2's own bulk CSV load, {@code CREATE TABLE ... AS SELECT * FROM CSVREAD(...)},
 * into a fresh database. It neither validates nor types anything (every column is text), so a validated import
 * that keeps up with it pays nothing for its checks.
 */
public final class CsvReadBaseline {
    private CsvReadBaseline() {
    }

    /** Loads {@code csv} into a new database in {@code directory}; returns the rows loaded. */
    public static long load(Path directory, Path csv) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("baseline");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE BASELINE AS SELECT * FROM CSVREAD('"
                    + csv.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            try (var result = statement.executeQuery("SELECT COUNT(*) FROM BASELINE")) {
                result.next();
                long rows = result.getLong(1);
                statement.execute("SHUTDOWN");
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("CSVREAD baseline failed: " + e.getMessage(), e);
        }
    }
}
