package cmsstats.workbench.store;

import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.model.RowQuery;
import cmsstats.workbench.model.WorkbenchVersion;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog of extract versions and read access to their rows. */
public final class ExtractRepository {
    private static final String VERSION_COLUMNS =
            "ID, KIND, SOURCE_FILE, SHA256, ROW_COUNT, IMPORTED_AT, WORKBENCH_VERSION FROM EXTRACT_VERSION";

    private final Store store;

    ExtractRepository(Store store) {
        this.store = store;
    }

    /**
     * A cheap summary of the committed versions (how many, the newest id) that changes whenever one is committed
     * or removed, by this process or another one sharing the store: the desktop polls it to show a version that
     * a command imported.
     */
    public String catalogStamp() {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*), COALESCE(MAX(ID), 0) FROM EXTRACT_VERSION "
                     + "WHERE STATE = 'COMMITTED'")) {
            result.next();
            return result.getLong(1) + ":" + result.getLong(2);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store's catalog: " + e.getMessage(), e);
        }
    }

    /** Every visible (committed) version, oldest first. */
    public List<ExtractVersion> list() {
        return queryVersions("SELECT " + VERSION_COLUMNS + " WHERE STATE = 'COMMITTED' ORDER BY ID");
    }

    /** The newest visible version of a kind: the one the measures use unless told otherwise. */
    public Optional<ExtractVersion> newest(ExtractKind kind) {
        return queryVersions("SELECT " + VERSION_COLUMNS + " WHERE STATE = 'COMMITTED' AND KIND = ? "
                + "ORDER BY ID DESC FETCH FIRST 1 ROW ONLY", kind.id()).stream().findFirst();
    }

    public Optional<ExtractVersion> find(long id) {
        return queryVersions("SELECT " + VERSION_COLUMNS + " WHERE STATE = 'COMMITTED' AND ID = ?", id)
                .stream().findFirst();
    }

    /**
     * A page of a version's rows as a user asked to see them: sorted by a column and searched, or in file order.
     * The analytic engine decides which rows and in what order ({@link RowFinder}); H2 supplies them.
     */
    public RowPage page(ExtractVersion version, RowQuery query, long offset, int limit) {
        if (query.plain()) {
            return page(version, offset, limit);
        }
        RowFinder.Found found = new RowFinder(store).find(version, query, offset, limit);
        RowPage rows = rowsByNumber(version, found.rowNumbers());
        return new RowPage(rows.columns(), rows.numeric(), rows.rows(), offset, found.matching());
    }

    /** The rows with these numbers, in the order given. */
    private RowPage rowsByNumber(ExtractVersion version, List<Long> numbers) {
        if (numbers.isEmpty()) {
            return new RowPage(pageColumns(version.kind()), pageNumeric(version.kind()), List.of(), 0, 0);
        }
        String sql = "SELECT * FROM " + DataTables.qualified(DataTables.tableName(version.kind(), version.id()))
                + " WHERE " + DataTables.ROW_COLUMN + " IN (" + String.join(", ", java.util.Collections.nCopies(
                numbers.size(), "?")) + ")";
        Map<Long, List<String>> byNumber = new HashMap<>();
        readRows(version, sql, numbers.toArray(), byNumber);
        List<List<String>> ordered = numbers.stream().map(byNumber::get).toList();
        return new RowPage(pageColumns(version.kind()), pageNumeric(version.kind()), ordered, 0, version.rowCount());
    }

    /**
     * A page of rows another query chose (the records behind a figure): these row numbers, in this order, as
     * rows {@code offset ..} of {@code matching}.
     */
    public RowPage rows(ExtractVersion version, List<Long> numbers, long offset, long matching) {
        RowPage rows = rowsByNumber(version, numbers);
        return new RowPage(rows.columns(), rows.numeric(), rows.rows(), offset, matching);
    }

    /**
     * Rows {@code offset + 1 ..} of a version in file order, formatted as the contract writes them; a primary-key
     * range read, as fast on the last page as on the first.
     */
    public RowPage page(ExtractVersion version, long offset, int limit) {
        String sql = "SELECT * FROM " + DataTables.qualified(DataTables.tableName(version.kind(), version.id()))
                + " WHERE " + DataTables.ROW_COLUMN + " > ? ORDER BY " + DataTables.ROW_COLUMN
                + " FETCH FIRST ? ROWS ONLY";
        Map<Long, List<String>> rows = new java.util.LinkedHashMap<>();
        readRows(version, sql, new Object[] {offset, limit}, rows);
        return new RowPage(pageColumns(version.kind()), pageNumeric(version.kind()), new ArrayList<>(rows.values()),
                offset, version.rowCount());
    }

    /** The columns of a page: the line, the kind's columns, then the extras. */
    private static List<String> pageColumns(ExtractKind kind) {
        List<String> columns = new ArrayList<>(List.of("line"));
        kind.columns().forEach(c -> columns.add(c.name()));
        columns.add("extras");
        return columns;
    }

    /** For each column of a page, whether it holds numbers (aligned right). */
    private static List<Boolean> pageNumeric(ExtractKind kind) {
        List<Boolean> numeric = new ArrayList<>(List.of(true));
        kind.columns().forEach(c -> numeric.add(switch (c.type()) {
            case MONEY, INTEGER, DECIMAL, POSITIVE_DECIMAL -> true;
            default -> false;
        }));
        numeric.add(false);
        return numeric;
    }

    /** Reads a query's rows of a version's table, formatted as the contract writes them, by row number. */
    private void readRows(ExtractVersion version, String sql, Object[] parameters, Map<Long, List<String>> rows) {
        ExtractKind kind = version.kind();
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> row = new ArrayList<>(kind.columns().size() + 2);
                    row.add(Long.toString(result.getLong(DataTables.LINE_COLUMN)));
                    for (Column column : kind.columns()) {
                        row.add(format(column, read(result, column.name().toUpperCase(java.util.Locale.ROOT),
                                column)));
                    }
                    String extras = result.getString(DataTables.EXTRAS_COLUMN);
                    row.add(extras == null ? "" : extras);
                    rows.put(result.getLong(DataTables.ROW_COLUMN), row);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the rows of version " + version.id() + ": " + e.getMessage(), e);
        }
    }

    /** A stored value as the Java type the contract's column maps to. */
    static Object read(ResultSet result, String label, Column column) throws SQLException {
        return switch (column.type()) {
            case DATE, MONTH -> result.getObject(label, LocalDate.class);
            default -> result.getObject(label);
        };
    }

    /** A value as the extract contract writes it. */
    static String format(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case MONTH -> YearMonth.from((LocalDate) value).toString();
            case MONEY -> ((BigDecimal) value).setScale(2).toPlainString();
            case DECIMAL, POSITIVE_DECIMAL -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    /** Committed versions whose file had exactly this SHA-256, oldest first. */
    public List<ExtractVersion> withSha256(String sha256) {
        return list().stream().filter(v -> v.sha256().equalsIgnoreCase(sha256)).toList();
    }

    /**
     * Starts a new version: a pending catalog row and an empty data table. Rows are staged batch by batch; the
     * version becomes visible only on {@link PendingExtract#commit}.
     *
     * @param validatedAgainst the version the rows are checked against (cases for case_months), or null
     */
    public PendingExtract begin(ExtractKind kind, String sourceFile, String sha256, Long validatedAgainst) {
        try (Connection connection = store.connection()) {
            // the next number after the highest version there is: a refused or cancelled import leaves no row,
            // so it uses up no number and the list stays 1, 2, 3... (the primary key refuses a clash)
            long id;
            try (Statement next = connection.createStatement();
                 ResultSet highest = next.executeQuery("SELECT COALESCE(MAX(ID), 0) + 1 FROM EXTRACT_VERSION")) {
                highest.next();
                id = highest.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO EXTRACT_VERSION (ID, KIND, SOURCE_FILE, SHA256, STARTED_AT, WORKBENCH_VERSION, STATE, "
                            + "DATA_TABLE, VALIDATED_AGAINST) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, kind.id());
                insert.setString(3, sourceFile);
                insert.setString(4, sha256);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(6, WorkbenchVersion.get());
                insert.setString(7, DataTables.tableName(kind, id));
                insert.setObject(8, validatedAgainst);
                insert.executeUpdate();
            }
            String table = DataTables.tableName(kind, id);
            try (Statement ddl = connection.createStatement()) {
                // a table an interrupted clean-up left under this number holds nothing committed
                ddl.execute("DROP TABLE IF EXISTS " + DataTables.qualified(table));
                ddl.execute(DataTables.createTable(kind, table));
            }
            try {
                return new PendingExtract(store, this, kind, id, table, sha256);
            } catch (SQLException | RuntimeException e) {
                discard(id, table);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot start an import into the store: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a pending version visible, in one small transaction that also records the import in the audit trail
     * (its file name, SHA-256, kind and rows), so a version is never visible without its audit event.
     */
    ExtractVersion commit(long id, long rowCount) {
        Sql.transaction(store, "finish the import", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE EXTRACT_VERSION SET STATE = 'COMMITTED', ROW_COUNT = ?, IMPORTED_AT = ? "
                            + "WHERE ID = ? AND STATE = 'PENDING'")) {
                update.setLong(1, rowCount);
                update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                update.setLong(3, id);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("Version " + id + " is no longer pending; it was not stored.");
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT KIND, SOURCE_FILE, SHA256 FROM EXTRACT_VERSION WHERE ID = ?")) {
                read.setLong(1, id);
                try (ResultSet version = read.executeQuery()) {
                    version.next();
                    store.audit().insert(connection, AuditAction.IMPORT_ACCEPTED, AuditSubject.NONE
                            .withFile(version.getString(2), version.getString(3)).withExtractVersion(id)
                            .withDetail(version.getString(1) + ", " + rowCount + (rowCount == 1 ? " row" : " rows")));
                }
            }
            return id;
        });
        return find(id).orElseThrow();
    }

    /** Marks a committed version's columnar copy as complete. */
    void analyticLoaded(long id) {
        store.analytics().loaded(id);
    }

    /** Drops a pending version's rows and catalog entry. */
    void discard(long id, String table) {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + DataTables.qualified(table));
            statement.execute("DELETE FROM EXTRACT_VERSION WHERE ID = " + id + " AND STATE = 'PENDING'");
        } catch (SQLException e) {
            throw new StoreException("Cannot discard the unfinished import " + id + ": " + e.getMessage(), e);
        }
    }

    /** Removes what interrupted imports left behind; run at every opening. */
    void discardPendingVersions() {
        record Pending(long id, String table) { }
        List<Pending> pending = new ArrayList<>();
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT ID, DATA_TABLE FROM EXTRACT_VERSION WHERE STATE = 'PENDING'")) {
            while (result.next()) {
                pending.add(new Pending(result.getLong(1), result.getString(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store's catalog: " + e.getMessage(), e);
        }
        pending.forEach(p -> discard(p.id(), p.table()));
    }

    /** The case ids of a cases version, for checking the case_months that refer to it. */
    public java.util.Set<String> caseIds(ExtractVersion cases) {
        if (cases.kind() != ExtractKind.CASES) {
            throw new IllegalArgumentException("version " + cases.id() + " is not a cases extract");
        }
        java.util.Set<String> ids = new java.util.HashSet<>((int) (cases.rowCount() * 4 / 3) + 16);
        String sql = "SELECT \"CASE_ID\" FROM " + DataTables.qualified(DataTables.tableName(ExtractKind.CASES,
                cases.id()));
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the case ids of version " + cases.id() + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /** The figures of a published extract version, of one edition (or every edition when null). */
    public List<cmsstats.workbench.model.PublishedFigure> publishedFigures(ExtractVersion published,
                                                                           java.time.LocalDate edition) {
        if (published.kind() != ExtractKind.PUBLISHED) {
            throw new IllegalArgumentException("version " + published.id() + " is not a published extract");
        }
        String sql = "SELECT MEASURE, PERIOD, BREAKDOWN, \"VALUE\", EDITION FROM "
                + DataTables.qualified(DataTables.tableName(ExtractKind.PUBLISHED, published.id()))
                + (edition == null ? "" : " WHERE EDITION = ?") + " ORDER BY ROW_NO";
        Object[] parameters = edition == null ? new Object[0] : new Object[] {edition};
        return Sql.list(store, "read published figures", sql, result -> new cmsstats.workbench.model.PublishedFigure(
                result.getString(1), YearMonth.from(result.getObject(2, LocalDate.class)), result.getString(3),
                result.getBigDecimal(4), result.getObject(5, LocalDate.class)), parameters);
    }

    /**
     * The cases version the measures join a case_months version with: the one it was checked against, or for a
     * version stored without that link the newest cases version.
     */
    public Optional<ExtractVersion> casesFor(ExtractVersion caseMonths) {
        return validatedAgainst(caseMonths).or(() -> newest(ExtractKind.CASES));
    }

    /** The cases version a case_months version was checked against (all its case ids exist there). */
    public Optional<ExtractVersion> validatedAgainst(ExtractVersion caseMonths) {
        try (Connection connection = store.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT VALIDATED_AGAINST FROM EXTRACT_VERSION WHERE ID = ?")) {
            statement.setLong(1, caseMonths.id());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getObject(1) != null ? find(result.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store's catalog: " + e.getMessage(), e);
        }
    }

    /** How many versions are pending; zero except while an import runs. */
    public long pendingCount() {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT COUNT(*) FROM EXTRACT_VERSION WHERE STATE = 'PENDING'")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store's catalog: " + e.getMessage(), e);
        }
    }

    private List<ExtractVersion> queryVersions(String sql, Object... parameters) {
        return Sql.list(store, "read the store's catalog", sql, result -> new ExtractVersion(
                result.getLong(1),
                ExtractKind.fromId(result.getString(2)).orElseThrow(),
                result.getString(3),
                result.getString(4),
                result.getLong(5),
                result.getObject(6, OffsetDateTime.class).toInstant(),
                result.getString(7)), parameters);
    }

}
