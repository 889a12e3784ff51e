package cmsstats.workbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stored aggregates, keyed by family, breakdown and the extract versions they were computed from. Extract
 * versions never change, so an entry never goes stale. Values are kept as exact decimal text.
 */
public final class AggregateCache {
    private final Store store;

    AggregateCache(Store store) {
        this.store = store;
    }

    /** What an entry was computed from. */
    public record Key(String family, String breakdown, long sourceVersion, long casesVersion) {
    }

    /** Stored aggregates and the span of months of the data they cover. */
    public record Entry(Aggregates aggregates, YearMonth from, YearMonth to) {
    }

    public Optional<Entry> get(Key key) {
        try (Connection connection = store.connection();
             PreparedStatement entry = connection.prepareStatement("SELECT ID, COLUMNS, SPAN_FROM, SPAN_TO FROM "
                     + "AGGREGATE_ENTRY "
                     + "WHERE FAMILY = ? AND BREAKDOWN = ? AND SOURCE_VERSION = ? AND CASES_VERSION = ?")) {
            bind(entry, key);
            long id;
            List<String> columns;
            YearMonth from;
            YearMonth to;
            try (ResultSet result = entry.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                id = result.getLong(1);
                columns = List.of(result.getString(2).split(","));
                from = MeasureQueries.month(result.getInt(3));
                to = MeasureQueries.month(result.getInt(4));
            }
            List<Aggregates.Row> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT PERIOD_INDEX, GRP, VALS FROM AGGREGATE_ROW WHERE ENTRY_ID = ? ORDER BY PERIOD_INDEX")) {
                select.setLong(1, id);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        BigDecimal[] values = Arrays.stream(result.getString(3).split(";", -1))
                                .map(v -> v.isEmpty() ? null : new BigDecimal(v)).toArray(BigDecimal[]::new);
                        rows.add(new Aggregates.Row(MeasureQueries.month(result.getInt(1)), result.getString(2),
                                values));
                    }
                }
            }
            return Optional.of(new Entry(new Aggregates(columns, rows), from, to));
        } catch (SQLException e) {
            throw new StoreException("Cannot read stored aggregates: " + e.getMessage(), e);
        }
    }

    /** Stores an entry in one transaction; a concurrent writer of the same entry wins harmlessly. */
    public void put(Key key, Entry stored) {
        Aggregates aggregates = stored.aggregates();
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement entry = connection.prepareStatement("INSERT INTO AGGREGATE_ENTRY (FAMILY, "
                    + "BREAKDOWN, SOURCE_VERSION, CASES_VERSION, COLUMNS, SPAN_FROM, SPAN_TO) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement row = connection.prepareStatement(
                         "INSERT INTO AGGREGATE_ROW (ENTRY_ID, PERIOD_INDEX, GRP, VALS) VALUES (?, ?, ?, ?)")) {
                bind(entry, key);
                entry.setString(5, String.join(",", aggregates.columns()));
                entry.setInt(6, MeasureQueries.index(stored.from()));
                entry.setInt(7, MeasureQueries.index(stored.to()));
                entry.executeUpdate();
                long id;
                try (ResultSet keys = entry.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (Aggregates.Row r : aggregates.rows()) {
                    row.setLong(1, id);
                    row.setInt(2, MeasureQueries.index(r.period()));
                    row.setString(3, r.group());
                    row.setString(4, Arrays.stream(r.values()).map(v -> v == null ? "" : v.toPlainString())
                            .collect(Collectors.joining(";")));
                    row.addBatch();
                }
                row.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (e.getErrorCode() != org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                    throw e;
                }
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store aggregates: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Key key) throws SQLException {
        statement.setString(1, key.family());
        statement.setString(2, key.breakdown());
        statement.setLong(3, key.sourceVersion());
        statement.setLong(4, key.casesVersion());
    }
}
