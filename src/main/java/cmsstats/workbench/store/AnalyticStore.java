package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;

/**
 * The analytic engine: an embedded DuckDB database ({@value #FILE_NAME} in the store's directory) holding a
 * columnar copy of every committed extract version, which the measures and sampling frames query (ADR 0013).
 * H2 stays the store of record; this copy is derived data. When the store opens, copies that do not match a
 * committed version (an import that never finished, a version since discarded) are dropped, and committed
 * versions without a copy (a store from before this engine, a lost file) are listed for rebuilding from H2.
 */
public final class AnalyticStore implements AutoCloseable {
    static final String FILE_NAME = "analytic.duckdb";
    static final String TEMP_DIRECTORY = "analytic.tmp";
    private static final int REBUILD_FETCH_SIZE = 10_000;
    private static final int REBUILD_CHUNK = 1_000;

    private final Store store;
    private final DuckDBConnection root;
    private final Set<Long> ready = ConcurrentHashMap.newKeySet();
    private final Map<Long, Object> rebuildLocks = new ConcurrentHashMap<>();
    /** Derived tables (AnalyticTables.derivedName) that are complete and whose sources are all ready. */
    private final Set<String> derived = ConcurrentHashMap.newKeySet();
    private final Map<String, Object> deriveLocks = new ConcurrentHashMap<>();

    private final boolean inMemory;

    private AnalyticStore(Store store, DuckDBConnection root, boolean inMemory) {
        this.store = store;
        this.root = root;
        this.inMemory = inMemory;
    }

    static AnalyticStore open(Store store, EngineSettings settings) {
        Path directory = store.directory();
        Path file = directory.resolve(FILE_NAME);
        sweepTemporaryDirectories(directory);
        DuckDBConnection root;
        boolean inMemory = true;
        if (store.isProtected()) {
            // this DuckDB cannot write an encrypted file without the network extension httpfs (ADR 0018): the copy
            // of a protected store lives in memory only, and never spills to disk
            root = connect("jdbc:duckdb:", properties(settings, null));
        } else {
            Properties properties = properties(settings, directory.resolve(TEMP_DIRECTORY));
            try {
                root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, properties);
                inMemory = false;
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("lock")) {
                    // another workbench process has the file (DuckDB allows one writing process): a copy in
                    // memory, rebuilt from H2 on first use, spilling to a directory of this process's own
                    root = connect("jdbc:duckdb:", properties(settings, directory.resolve(TEMP_DIRECTORY + "."
                            + ProcessHandle.current().pid())));
                } else {
                    root = reopenEmpty(file, properties, e);
                    inMemory = false;
                }
            }
        }
        AnalyticStore engine = new AnalyticStore(store, root, inMemory);
        try (Connection connection = engine.connection(); Statement ddl = connection.createStatement()) {
            ddl.execute(AnalyticTables.createCatalog());
        } catch (SQLException e) {
            engine.close();
            throw new StoreException("Cannot prepare the analytic copy in " + directory + ": " + e.getMessage(), e);
        }
        return engine;
    }

    private static Properties properties(EngineSettings settings, Path temporary) {
        Properties properties = new Properties();
        properties.setProperty("memory_limit", settings.memoryLimit());
        properties.setProperty("threads", Integer.toString(settings.threads()));
        // spill space inside the store only; none at all (an empty setting) for a protected store
        properties.setProperty("temp_directory", temporary == null ? "" : temporary.toString());
        // everything the engine needs is in the jar: never look for extensions on the network
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        return properties;
    }

    private static DuckDBConnection connect(String url, Properties properties) {
        try {
            return (DuckDBConnection) DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new StoreException("Cannot start the analytic engine: " + e.getMessage(), e);
        }
    }

    /** Removes the spill directories of workbench processes that have ended (a kill leaves them behind). */
    private static void sweepTemporaryDirectories(Path directory) {
        try (java.nio.file.DirectoryStream<Path> dirs = Files.newDirectoryStream(directory,
                TEMP_DIRECTORY + ".*")) {
            for (Path dir : dirs) {
                String suffix = dir.getFileName().toString().substring(TEMP_DIRECTORY.length() + 1);
                boolean ended = suffix.matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(suffix)).map(p -> !p.isAlive()).orElse(true);
                if (ended) {
                    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(path);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot tidy the analytic engine's spill space in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether the copy lives in this process's memory (a protected store, or the file held by another process). */
    public boolean inMemory() {
        return inMemory;
    }

    /**
     * An unreadable analytic file is derived data: it is replaced by an empty one, and every version's copy is
     * rebuilt from H2.
     */
    private static DuckDBConnection reopenEmpty(Path file, Properties properties, SQLException cause) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, properties);
        } catch (IOException | SQLException e) {
            e.addSuppressed(cause);
            throw new StoreException("Cannot open the analytic copy " + file + ": " + e.getMessage(), e);
        }
    }

    /** A connection of its own to the engine (DuckDB connections are not shared between threads). */
    Connection connection() throws SQLException {
        return root.duplicate();
    }

    /** A committed version's copy as it must be: the same kind, row count and file hash. */
    private record CopyKey(String kind, long rows, String sha256) {
        static CopyKey of(ExtractVersion version) {
            return new CopyKey(version.kind().id(), version.rowCount(), version.sha256());
        }
    }

    /**
     * Drops every copy that does not match a committed version and remembers which committed versions have one.
     * Run at every opening, after H2 has discarded its own unfinished imports.
     */
    void reconcile(List<ExtractVersion> committed) {
        Map<Long, CopyKey> wanted = new HashMap<>();
        committed.stream().filter(v -> AnalyticTables.analysed(v.kind()))
                .forEach(v -> wanted.put(v.id(), CopyKey.of(v)));
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            Map<Long, CopyKey> catalogued = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT id, kind, row_count, sha256 FROM "
                    + AnalyticTables.CATALOG)) {
                while (rows.next()) {
                    catalogued.put(rows.getLong(1), new CopyKey(rows.getString(2), rows.getLong(3),
                            rows.getString(4)));
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM duckdb_tables() "
                    + "WHERE schema_name = 'main' AND table_name <> '" + AnalyticTables.CATALOG + "'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            List<String> derivedTables = new ArrayList<>();
            for (String table : tables) {
                if (AnalyticTables.derivedSources(table).isPresent()) {
                    derivedTables.add(table);
                    continue;
                }
                Long id = AnalyticTables.versionOf(table).orElse(null);
                boolean valid = id != null && wanted.containsKey(id) && wanted.get(id).equals(catalogued.get(id))
                        && table.equals(AnalyticTables.name(ExtractKind.fromId(wanted.get(id).kind()).orElseThrow(),
                        id));
                if (valid) {
                    ready.add(id);
                } else {
                    statement.execute("DROP TABLE IF EXISTS \"" + table.replace("\"", "\"\"") + "\"");
                }
            }
            // a derived table is kept while every version it was made from is; it is made again otherwise
            for (String table : derivedTables) {
                if (ready.containsAll(AnalyticTables.derivedSources(table).orElseThrow())) {
                    derived.add(table);
                } else {
                    statement.execute("DROP TABLE IF EXISTS \"" + table.replace("\"", "\"\"") + "\"");
                }
            }
            for (Long id : catalogued.keySet()) {
                if (!ready.contains(id)) {
                    statement.execute("DELETE FROM " + AnalyticTables.CATALOG + " WHERE id = " + id);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot check the analytic copy of the store: " + e.getMessage(), e);
        }
    }

    /** The name of a committed version's copy, rebuilding the copy first if it has none. */
    String table(ExtractVersion version) {
        ensure(version);
        return AnalyticTables.name(version.kind(), version.id());
    }

    /**
     * A table derived from committed copies by one query, made by {@code CREATE TABLE ... AS} the first time it
     * is asked for and kept from then on (with its sources: see {@link #reconcile}). DuckDB makes the table in
     * one transaction, so a crash while it is made leaves no table, and it is made again.
     *
     * @param name       from {@link AnalyticTables#derivedName}, naming the versions it is made from
     * @param select     the query whose result the table holds
     * @param parameters the query's parameters
     */
    String derived(String name, String select, Object... parameters) {
        if (derived.contains(name)) {
            return name;
        }
        synchronized (deriveLocks.computeIfAbsent(name, n -> new Object())) {
            if (!derived.contains(name)) {
                try (Connection connection = connection();
                     java.sql.PreparedStatement create = connection.prepareStatement("CREATE OR REPLACE TABLE "
                             + name + " AS " + select)) {
                    for (int p = 0; p < parameters.length; p++) {
                        create.setObject(p + 1, parameters[p]);
                    }
                    create.execute();
                } catch (SQLException e) {
                    throw new StoreException("Cannot prepare the measures' table " + name + ": " + e.getMessage(),
                            e);
                }
                derived.add(name);
            }
        }
        return name;
    }

    /** Starts the copy of a version being imported. */
    AnalyticLoad begin(ExtractKind kind, long id) {
        return AnalyticLoad.begin(this, kind, id);
    }

    /** Records that a version's copy is complete (its import committed in H2). */
    void loaded(long id) {
        ready.add(id);
    }

    /** Committed versions whose columnar copy is missing, oldest first: they are rebuilt from H2. */
    public List<ExtractVersion> missing() {
        return store.extracts().list().stream()
                .filter(v -> AnalyticTables.analysed(v.kind()) && !ready.contains(v.id())).toList();
    }

    /**
     * Rebuilds every missing copy, with progress over all their rows, then the newest case_months version's
     * quarterly table if it has none; a cancel leaves the rest missing (made again on first use).
     */
    public void rebuildMissing(TaskContext context) {
        List<ExtractVersion> missing = missing();
        long total = missing.stream().mapToLong(ExtractVersion::rowCount).sum();
        long done = 0;
        for (ExtractVersion version : missing) {
            context.message("Preparing " + version.kind().id() + " version " + version.id() + " for the measures");
            long before = done;
            ensure(version, (rows, ignored) -> context.progress(before + rows, total), context);
            done += version.rowCount();
        }
        Optional<ExtractVersion> caseMonths = store.extracts().newest(ExtractKind.CASE_MONTHS);
        Optional<ExtractVersion> cases = caseMonths.flatMap(store.extracts()::casesFor);
        if (cases.isPresent()) {
            context.throwIfCancelled();
            context.message("Preparing the quarterly measures of case_months version " + caseMonths.get().id());
            new MeasureQueries(store).prepareQuarters(caseMonths.get(), cases.get());
        }
    }

    /** Progress of one copy's rebuild, in rows. */
    @FunctionalInterface
    interface RowProgress {
        void rows(long done, long total);
    }

    /** Makes sure a committed version has its copy, rebuilding it from H2 first if it has none. */
    public void ensure(ExtractVersion version) {
        ensure(version, (done, total) -> { }, TaskContext.silent());
    }

    private void ensure(ExtractVersion version, RowProgress progress, TaskContext context) {
        if (!AnalyticTables.analysed(version.kind()) || ready.contains(version.id())) {
            return;
        }
        synchronized (rebuildLocks.computeIfAbsent(version.id(), id -> new Object())) {
            if (!ready.contains(version.id())) {
                rebuild(version, progress, context);
                ready.add(version.id());
            }
        }
    }

    /** Streams a version's rows from H2 into a new copy, all or nothing. */
    private void rebuild(ExtractVersion version, RowProgress progress, TaskContext context) {
        ExtractKind kind = version.kind();
        List<Column> columns = kind.columns();
        AnalyticLoad load = begin(kind, version.id());
        try (Connection h2 = store.connection(); Statement statement = h2.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION TRUE");
            statement.setFetchSize(REBUILD_FETCH_SIZE);
            StringBuilder select = new StringBuilder("SELECT ").append(DataTables.ROW_COLUMN);
            columns.forEach(c -> select.append(", ").append(DataTables.column(c.name())));
            select.append(" FROM ").append(DataTables.qualified(DataTables.tableName(kind, version.id())))
                    .append(" ORDER BY ").append(DataTables.ROW_COLUMN);
            long rows = 0;
            try (ResultSet result = statement.executeQuery(select.toString())) {
                Object[][] chunk = new Object[REBUILD_CHUNK][];
                int filled = 0;
                while (result.next()) {
                    Object[] row = new Object[columns.size() + 3];
                    row[0] = result.getLong(1);
                    for (int c = 0; c < columns.size(); c++) {
                        row[c + 2] = read(result, c + 2, columns.get(c));
                    }
                    chunk[filled++] = row;
                    rows++;
                    if (filled == REBUILD_CHUNK) {
                        load.append(chunk, filled);
                        chunk = new Object[REBUILD_CHUNK][];
                        filled = 0;
                        context.throwIfCancelled();
                        progress.rows(rows, version.rowCount());
                    }
                }
                load.append(chunk, filled);
            } finally {
                statement.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
            load.finish(rows, version.sha256());
            progress.rows(rows, version.rowCount());
        } catch (SQLException e) {
            throw new StoreException("Cannot prepare version " + version.id() + " for the measures: "
                    + e.getMessage(), e);
        } finally {
            load.abandon();
        }
    }

    private static Object read(ResultSet result, int index, Column column) throws SQLException {
        return switch (column.type()) {
            case DATE, MONTH -> result.getObject(index, LocalDate.class);
            case MONEY, DECIMAL, POSITIVE_DECIMAL -> result.getObject(index, BigDecimal.class);
            case INTEGER -> result.getObject(index, Long.class);
            case ID, CODE, TEXT -> result.getString(index);
        };
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the analytic copy: " + e.getMessage(), e);
        }
    }
}
