package cmsstats.workbench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The password protection of a store: a small, non-secret header file ({@value #HEADER}) in the store's
 * directory holding the key derivation's parameters (PBKDF2 with HMAC-SHA-256, its iteration count, a random
 * salt), a verifier that tells a wrong password before anything is opened, and the name of the H2 database the
 * password opens. A store without the header is not protected. The password itself is never stored and never
 * used as a key: PBKDF2 gives a master key, and HMAC-SHA-256 of the master key with a label gives each use its
 * own key (the H2 file cipher, the H2 user, the verifier). The header is replaced only by an atomic rename, so a
 * password change switches from the old keys to the new ones in one step (ADR 0018).
 */
public final class StoreProtection {
    /** The header's file name in the store directory. */
    public static final String HEADER = "store-protection.properties";
    static final String DEFAULT_DATABASE = "workbench";
    static final int ITERATIONS = 600_000;
    static final int MINIMUM_LENGTH = 8;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final int FORMAT = 1;

    /** What a directory holds. */
    public enum State {
        /** No store yet: opening it creates one. */
        NEW,
        /** A store without a password. */
        UNPROTECTED,
        /** A store opened only with its password. */
        PROTECTED
    }

    private final int iterations;
    private final byte[] salt;
    private final byte[] verifier;
    private final String database;
    private final int generation;

    private StoreProtection(int iterations, byte[] salt, byte[] verifier, String database, int generation) {
        this.iterations = iterations;
        this.salt = salt.clone();
        this.verifier = verifier.clone();
        this.database = database;
        this.generation = generation;
    }

    /** Whether {@code directory} holds no store, an unprotected store or a protected one. */
    public static State state(Path directory) {
        if (Files.exists(directory.resolve(HEADER))) {
            return State.PROTECTED;
        }
        return Files.exists(directory.resolve(DEFAULT_DATABASE + ".mv.db")) ? State.UNPROTECTED : State.NEW;
    }

    /** Why {@code password} cannot protect a store, if it cannot. */
    public static Optional<String> weakness(char[] password) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            return Optional.of("a store's password needs at least " + MINIMUM_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** The keys one password gives for one store: never the password itself. */
    record Keys(String h2File, String h2User) {
        /** H2's password property with CIPHER=AES: the file password, a space, the user password. */
        String h2Password() {
            return h2File + " " + h2User;
        }

        @Override
        public String toString() {
            return "Keys[hidden]";
        }
    }

    /** A new header for {@code password}, with a fresh random salt, naming the database of that generation. */
    static Unlocked create(char[] password, int generation) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        byte[] master = master(password, salt, ITERATIONS);
        try {
            String database = generation == 1 ? DEFAULT_DATABASE : DEFAULT_DATABASE + "-" + generation;
            StoreProtection header = new StoreProtection(ITERATIONS, salt, label(master, "verifier"), database,
                    generation);
            return new Unlocked(header, keys(master));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** A header with the keys its password gives. */
    record Unlocked(StoreProtection header, Keys keys) {
    }

    /** Reads the header of a protected store. */
    static StoreProtection read(Path directory) {
        Path file = directory.resolve(HEADER);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new StoreException("The store " + directory + " is not protected by a password", e);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            if (Integer.parseInt(properties.getProperty("format", "0")) != FORMAT
                    || !KDF.equals(properties.getProperty("kdf"))) {
                throw new StoreException(file + " was written by another version of the workbench (format "
                        + properties.getProperty("format") + ", " + properties.getProperty("kdf") + ")");
            }
            Base64.Decoder base64 = Base64.getDecoder();
            String database = properties.getProperty("database", "");
            if (!database.matches("workbench(-\\d+)?")) {
                throw new StoreException(file + " names no database of this store (" + database + ")");
            }
            return new StoreProtection(Integer.parseInt(properties.getProperty("iterations")),
                    base64.decode(properties.getProperty("salt")), base64.decode(properties.getProperty("verifier")),
                    database, Integer.parseInt(properties.getProperty("generation")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The keys of {@code password}; a wrong password changes nothing and says so in one line. */
    Keys unlock(char[] password, Path directory) {
        byte[] master = master(password, salt, iterations);
        try {
            if (!MessageDigest.isEqual(verifier, label(master, "verifier"))) {
                throw new WrongPasswordException(directory);
            }
            return keys(master);
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** Writes the header into {@code directory}, replacing any other in one atomic rename. */
    void write(Path directory) {
        Path target = directory.resolve(HEADER);
        Path next = directory.resolve(HEADER + ".next");
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(FORMAT));
        properties.setProperty("kdf", KDF);
        properties.setProperty("iterations", Integer.toString(iterations));
        properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        properties.setProperty("verifier", Base64.getEncoder().encodeToString(verifier));
        properties.setProperty("database", database);
        properties.setProperty("generation", Integer.toString(generation));
        try {
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(writer, "CMS Statistics Workbench: how this store's password is checked (no secret)");
            }
            force(next);
            try {
                Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new StoreException("The file system of " + directory + " cannot replace a file atomically, "
                        + "which a protected store needs", e);
            }
            forceDirectory(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The H2 database (its file name without {@code .mv.db}) this header's password opens. */
    String database() {
        return database;
    }

    int generation() {
        return generation;
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable where the platform allows opening a directory (not on Windows). */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; its renames are durable through NTFS's own journal
            return;
        }
    }

    private static byte[] master(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new StoreException("This Java runtime cannot derive keys with " + KDF + ": " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }

    private static Keys keys(byte[] master) {
        HexFormat hex = HexFormat.of();
        return new Keys(hex.formatHex(label(master, "h2-file")), hex.formatHex(label(master, "h2-user")));
    }

    private static byte[] label(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("cms-workbench/" + label).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new StoreException("This Java runtime cannot compute HMAC-SHA-256: " + e.getMessage(), e);
        }
    }
}
