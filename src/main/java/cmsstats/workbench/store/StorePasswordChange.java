package cmsstats.workbench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Changes a store's password, or gives an unprotected store one, so that a crash at any moment leaves either the
 * old password or the new one working (ADR 0018). The store must be closed everywhere: the change takes the
 * store's lock for itself alone. It writes the new database aside under a new name ({@value #ASIDE} holds the
 * work in progress): a copy of H2's file re-encrypted with the new key (H2's ChangeFileEncryption) and its user
 * password changed. Only then does one atomic rename of the header switch the store to the new keys and the new
 * database; the old file is deleted after. A crash before the switch leaves the old header naming the untouched
 * old database; after it, the new header naming the complete new one. Leftovers of either are swept away at the
 * next opening. The analytic copy of a protected store is kept in memory only, so there is no DuckDB file to
 * re-encrypt: an unprotected store's {@code analytic.duckdb} is deleted when it is given a password.
 */
public final class StorePasswordChange {
    static final String ASIDE = "password-change.tmp";

    private StorePasswordChange() {
    }

    /**
     * Changes the password of the store in {@code directory}.
     *
     * @param current the current password, or null when the store is not yet protected
     * @param next    the new password
     * @param steps   told each step as it starts, in words for the user
     * @param audit   records the change, with the store open under the new password
     */
    public static void change(Path directory, char[] current, char[] next, Consumer<String> steps,
                              PasswordChangeAudit audit) {
        Path dir = directory.toAbsolutePath().normalize();
        StoreProtection.weakness(next).ifPresent(problem -> {
            throw new StoreException("Cannot set the password of " + dir + ": " + problem);
        });
        try (StoreLock lock = StoreLock.exclusive(dir, "run store password")) {
            rekey(dir, current, next, steps);
        }
        if (audit != PasswordChangeAudit.NONE) {
            try (Store store = Store.openProtected(dir, next)) {
                audit.passwordChanged(store);
            }
        }
        steps.accept("The password of " + dir + " is changed");
    }

    private static void rekey(Path dir, char[] current, char[] next, Consumer<String> steps) {
        StoreProtection.State state = StoreProtection.state(dir);
        if (state == StoreProtection.State.NEW) {
            throw new StoreException("There is no store in " + dir);
        }
        String oldDatabase = StoreProtection.DEFAULT_DATABASE;
        StoreProtection.Keys oldKeys = null;
        int generation = 1;
        if (state == StoreProtection.State.PROTECTED) {
            if (current == null) {
                throw new PasswordRequiredException(dir);
            }
            StoreProtection header = StoreProtection.read(dir);
            oldKeys = header.unlock(current, dir);
            oldDatabase = header.database();
            generation = header.generation();
        }
        sweep(dir, oldDatabase);
        StoreProtection.Unlocked created = StoreProtection.create(next, generation + 1);
        String newDatabase = created.header().database();
        Path aside = dir.resolve(ASIDE);
        try {
            Files.createDirectories(aside);
            steps.accept("Copying the store aside");
            Files.copy(dir.resolve(oldDatabase + ".mv.db"), aside.resolve(newDatabase + ".mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
            steps.accept("Encrypting the copy with the new password");
            ChangeFileEncryption.execute(aside.toString(), newDatabase, "AES",
                    oldKeys == null ? null : oldKeys.h2File().toCharArray(),
                    created.keys().h2File().toCharArray(), true);
            setUser(aside.resolve(newDatabase), created.keys(), oldKeys);
            StoreProtection.force(aside.resolve(newDatabase + ".mv.db"));
            Files.move(aside.resolve(newDatabase + ".mv.db"), dir.resolve(newDatabase + ".mv.db"),
                    StandardCopyOption.ATOMIC_MOVE);
            StoreProtection.forceDirectory(dir);
            steps.accept("Switching the store to the new password");
            created.header().write(dir);
            steps.accept("Deleting the old files");
            sweep(dir, newDatabase);
        } catch (IOException e) {
            throw new StoreException("Cannot change the password of " + dir + " (the old password still works): "
                    + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot re-encrypt the store " + dir + " (the old password still works): "
                    + e.getMessage(), e);
        }
    }

    /** Opens the re-encrypted copy once, alone, to give its H2 user the new password. */
    private static void setUser(Path database, StoreProtection.Keys keys, StoreProtection.Keys oldKeys)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", keys.h2File() + " " + (oldKeys == null ? "" : oldKeys.h2User()));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE", properties);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER SA SET PASSWORD '" + keys.h2User() + "'");
            statement.execute("SHUTDOWN");
        }
    }

    /**
     * Deletes what a password change left behind: the work aside, databases other than {@code current}, and a
     * DuckDB file in a protected store (whose analytic copy lives in memory). Run with the store's lock held.
     */
    static void sweep(Path dir, String current) {
        boolean protectedStore = Files.exists(dir.resolve(StoreProtection.HEADER));
        try {
            deleteTree(dir.resolve(ASIDE));
            Files.deleteIfExists(dir.resolve(StoreProtection.HEADER + ".next"));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "workbench*.{mv.db,lock.db,trace.db}")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(current + ".")) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            if (protectedStore) {
                for (String name : List.of(AnalyticStore.FILE_NAME, AnalyticStore.FILE_NAME + ".wal")) {
                    Files.deleteIfExists(dir.resolve(name));
                }
                deleteTree(dir.resolve(AnalyticStore.TEMP_DIRECTORY));
            }
        } catch (IOException e) {
            throw new StoreException("Cannot tidy the store " + dir + " after a password change: " + e.getMessage(),
                    e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
