package cmsstats.workbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file a user brought to the workbench, as stored and audited: its name (no folder) and the SHA-256 of its bytes
 * in lower-case hex (null when the file could not be read).
 */
public record SourceFile(String name, String sha256) {
    /** The file's name and the SHA-256 of its bytes as they are now. */
    public static SourceFile of(Path file) throws IOException {
        return new SourceFile(file.getFileName().toString(), sha256(file));
    }

    /** The SHA-256 of a file's bytes in lower-case hex, read in blocks (never the whole file in memory). */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest reads as the stream does
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
