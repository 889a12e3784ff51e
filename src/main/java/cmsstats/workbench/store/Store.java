package cmsstats.workbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The workbench's embedded H2 file database in one directory. Opening it creates or upgrades the schema with
 * Flyway's versioned migrations ({@code resources/db/migration}) and discards imports that never finished
 * (a crash or a kill during an import leaves a pending version, which is dropped here). Beside it, the
 * {@link AnalyticStore} keeps a columnar copy of the committed versions for the measures (ADR 0013).
 * Both run embedded only: no TCP server, no web console.
 */
public final class Store implements AutoCloseable {
    private static final String DATABASE_NAME = "workbench";
    private static final int MAX_CONNECTIONS = 8;

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final boolean createdNow;
    private final ExtractRepository extracts;
    private AnalyticStore analytics;
    private final SampleRepository samples;
    private final AccuracyRepository accuracy;
    private final SavedQueryRepository savedQueries;
    private final RecheckRepository rechecks;
    private final AuditRepository audit;

    private Store(Path directory, JdbcConnectionPool pool, boolean createdNow) {
        this.directory = directory;
        this.pool = pool;
        this.createdNow = createdNow;
        this.extracts = new ExtractRepository(this);
        this.samples = new SampleRepository(this);
        this.accuracy = new AccuracyRepository(this);
        this.savedQueries = new SavedQueryRepository(this);
        this.rechecks = new RecheckRepository(this);
        this.audit = new AuditRepository(this);
    }

    /** Opens (creating if needed) the store in {@code directory}, with the analytic engine's default bounds. */
    public static Store open(Path directory) {
        return open(directory, EngineSettings.defaults());
    }

    /**
     * Opens (creating if needed) the store in {@code directory}: H2 with its migrations, unfinished imports
     * discarded, then the analytic engine, whose copies are checked against H2's committed versions.
     */
    public static Store open(Path directory, EngineSettings engine) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        boolean createdNow = !Files.exists(dir.resolve(DATABASE_NAME + ".mv.db"));
        // FILE_LOCK=FILE (default) keeps a second process out with a clear error instead of corrupting the file.
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("The store " + dir + " is in use by another workbench. "
                        + "Close it, or choose another store directory.", e);
            }
            throw new StoreException("Cannot open the store " + dir + ": " + e.getMessage(), e);
        }
        Store store = new Store(dir, pool, createdNow);
        try {
            store.migrate();
            store.extracts.discardPendingVersions();
            store.analytics = AnalyticStore.open(store, engine);
            store.analytics.reconcile(store.extracts.list());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot prepare the store " + directory + " (schema migration failed): "
                    + e.getMessage(), e);
        }
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Path directory() {
        return directory;
    }

    /** Whether this opening created the database (the first run on this directory). */
    public boolean createdNow() {
        return createdNow;
    }

    public ExtractRepository extracts() {
        return extracts;
    }

    /** Sampling frames and stored samples. */
    public SampleRepository samples() {
        return samples;
    }

    /** Explore queries saved by name. */
    public SavedQueryRepository savedQueries() {
        return savedQueries;
    }

    /** Accuracy-check samples and their finalised checks. */
    public AccuracyRepository accuracy() {
        return accuracy;
    }

    /** Second checks of finalised accuracy checks and their results. */
    public RecheckRepository rechecks() {
        return rechecks;
    }

    /** The audit trail: who imported, drew, checked, published or changed what, and when (append-only). */
    public AuditRepository audit() {
        return audit;
    }

    /** The analytic engine: the columnar copy of every committed version, which the measures query. */
    public AnalyticStore analytics() {
        return analytics;
    }

    @Override
    public void close() {
        if (analytics != null) {
            analytics.close();
        }
        // H2 closes the database (and flushes it) when its last connection closes; a SHUTDOWN statement here
        // would make closing that same connection fail, and H2 would write the failure to its trace file.
        pool.dispose();
    }
}
