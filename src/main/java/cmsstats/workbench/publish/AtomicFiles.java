package cmsstats.workbench.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file through a temporary sibling moved into place, so a failed write never leaves half a file. */
public final class AtomicFiles {
    /** Writing work on the temporary file. */
    @FunctionalInterface
    public interface Writing {
        void write(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Temporary files are private to their owner; a published file is as readable as any other the user saves. */
    private static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path file, Writing writing) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".writing-", ".tmp");
        try {
            writing.write(temporary);
            readableByOthers(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
