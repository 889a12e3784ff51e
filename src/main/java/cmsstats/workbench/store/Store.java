package cmsstats.workbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionRemote;
import org.h2.engine.SysProperties;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The workbench's embedded H2 file database in one directory. Opening it creates or upgrades the schema with
 * Flyway's versioned migrations ({@code resources/db/migration}) and discards imports that never finished
 * (a crash or a kill during an import leaves a pending version, which is dropped here). Beside it, the
 * {@link AnalyticStore} keeps a columnar copy of the committed versions for the measures (ADR 0013).
 *
 * <p>A store may be protected by a password ({@link StoreProtection}): H2 then encrypts its file with AES under
 * a key derived from the password, and the analytic copy is kept in memory only. The first process to open a
 * store serves it to the others (H2's AUTO_SERVER, bound to the loopback address and needing the same keys), so
 * the command line works beside an open desktop (ADR 0018). No web console, no listener on the network.
 */
public final class Store implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MAX_CONNECTIONS = 8;

    static {
        // H2 reads this once, when its classes load: the AUTO_SERVER listener binds to the loopback address only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", LOOPBACK);
        }
    }

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final boolean createdNow;
    private final boolean protectedStore;
    private final boolean shared;
    private final StoreLock lock;
    private final ExtractRepository extracts;
    private AnalyticStore analytics;
    private boolean closed;
    private final SampleRepository samples;
    private final AccuracyRepository accuracy;
    private final SavedQueryRepository savedQueries;
    private final RecheckRepository rechecks;
    private final AuditRepository audit;

    private Store(Path directory, JdbcConnectionPool pool, Opening opening, StoreLock lock) {
        this.directory = directory;
        this.pool = pool;
        this.createdNow = opening.createdNow();
        this.protectedStore = opening.keys() != null;
        this.shared = opening.shared();
        this.lock = lock;
        this.extracts = new ExtractRepository(this);
        this.samples = new SampleRepository(this);
        this.accuracy = new AccuracyRepository(this);
        this.savedQueries = new SavedQueryRepository(this);
        this.rechecks = new RecheckRepository(this);
        this.audit = new AuditRepository(this);
    }

    private record Opening(boolean createdNow, StoreProtection.Keys keys, boolean shared) {
    }

    /** Opens (creating if needed) the unprotected store in {@code directory}, with the engine's default bounds. */
    public static Store open(Path directory) {
        return open(directory, EngineSettings.defaults());
    }

    /**
     * Opens (creating if needed) the store in {@code directory}: H2 with its migrations, unfinished imports
     * discarded, then the analytic engine, whose copies are checked against H2's committed versions. A protected
     * store refuses with {@link PasswordRequiredException}.
     */
    public static Store open(Path directory, EngineSettings engine) {
        return open(directory, null, engine);
    }

    /**
     * Opens the store in {@code directory} with its password: a protected store is unlocked (a wrong password
     * throws {@link WrongPasswordException} and changes nothing), a new one is created protected by it. An
     * unprotected store refuses: its password is set with {@link StorePasswordChange}.
     */
    public static Store openProtected(Path directory, char[] password) {
        return openProtected(directory, password, EngineSettings.defaults());
    }

    /** {@link #openProtected(Path, char[])} with the analytic engine's bounds. */
    public static Store openProtected(Path directory, char[] password, EngineSettings engine) {
        return open(directory, java.util.Objects.requireNonNull(password, "password"), engine);
    }

    private static Store open(Path directory, char[] password, EngineSettings engine) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        StoreLock lock = StoreLock.shared(dir);
        try {
            return open(dir, password, engine, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Store open(Path dir, char[] password, EngineSettings engine, StoreLock lock) {
        StoreProtection.State state = StoreProtection.state(dir);
        StoreProtection.Keys keys = null;
        String database = StoreProtection.DEFAULT_DATABASE;
        if (state == StoreProtection.State.PROTECTED) {
            if (password == null) {
                throw new PasswordRequiredException(dir);
            }
            StoreProtection header = StoreProtection.read(dir);
            keys = header.unlock(password, dir);
            database = header.database();
            StorePasswordChange.sweep(dir, database);
        } else if (password != null) {
            if (state == StoreProtection.State.UNPROTECTED) {
                throw new StoreException("the store " + dir + " is not protected by a password; give it one with: "
                        + "cms-workbench --db " + dir + " store password");
            }
            StoreProtection.weakness(password).ifPresent(problem -> {
                throw new StoreException("Cannot protect the new store " + dir + ": " + problem);
            });
            StoreProtection.Unlocked created = StoreProtection.create(password, 1);
            created.header().write(dir);
            keys = created.keys();
        }
        if (state == StoreProtection.State.UNPROTECTED) {
            StorePasswordChange.sweep(dir, database);
        }
        boolean createdNow = !Files.exists(dir.resolve(database + ".mv.db"));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, database, keys != null), "sa",
                keys == null ? "" : keys.h2Password());
        pool.setMaxConnections(MAX_CONNECTIONS);
        boolean shared;
        try (Connection probe = pool.getConnection()) {
            shared = probe.unwrap(JdbcConnection.class).getSession() instanceof SessionRemote;
            if (createdNow && keys != null) {
                try (Statement statement = probe.createStatement()) {
                    statement.execute("ALTER USER SA SET PASSWORD '" + keys.h2User() + "'");
                }
            }
        } catch (SQLException e) {
            pool.dispose();
            throw refusal(dir, e);
        }
        Store store = new Store(dir, pool, new Opening(createdNow, keys, shared), lock);
        try {
            store.migrate();
            if (!shared) {
                // alone with the file: an import still pending was cut off by a crash or a kill
                store.extracts.discardPendingVersions();
            }
            store.analytics = AnalyticStore.open(store, engine);
            store.analytics.reconcile(store.extracts.list());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * H2's URL: AUTO_SERVER lets a second workbench process use the store through the first one (on the loopback
     * address, only when H2's bind address is that); no result is ever spilled to the system's temporary directory
     * (H2 writes large results there, outside the store); no trace file (its failed statements could hold values);
     * AES file encryption when protected.
     */
    private static String url(Path dir, String database, boolean encrypted) {
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(dir.resolve(database))
                .append(";MAX_MEMORY_ROWS=").append(Integer.MAX_VALUE).append(";TRACE_LEVEL_FILE=0");
        if (LOOPBACK.equals(SysProperties.BIND_ADDRESS)) {
            url.append(";AUTO_SERVER=TRUE");
        }
        if (encrypted) {
            url.append(";CIPHER=AES");
        }
        return url.toString();
    }

    private static StoreException refusal(Path dir, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreException("The store " + dir + " is in use by another workbench that does not share "
                    + "it. Close it, or choose another store directory.", e);
        }
        if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                || e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new WrongPasswordException(dir);
        }
        return new StoreException("Cannot open the store " + dir + ": " + e.getMessage(), e);
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

    /** Whether the store is protected by a password (its files encrypted). */
    public boolean isProtected() {
        return protectedStore;
    }

    /** Whether another workbench process had the store open first and serves it to this one. */
    public boolean isShared() {
        return shared;
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
        if (closed) {
            return;
        }
        closed = true;
        if (analytics != null) {
            analytics.close();
        }
        // H2 closes the database (and flushes it) when its last connection closes; a SHUTDOWN statement here
        // would make closing that same connection fail, and H2 would write the failure to its trace file.
        pool.dispose();
        lock.close();
    }
}
