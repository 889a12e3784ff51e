import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Removes from a jar the analytic engine's native libraries for other platforms: the DuckDB driver carries one
 * for each (about 240 MB unpacked), and an installer runs on one. Run by installer/build.sh with the JDK's
 * source launcher: {@code java installer/KeepNativeLibraries.java JAR PLATFORM}, PLATFORM as the driver names
 * it (linux_amd64, linux_arm64, macos_arm64, windows_amd64).
 */
public final class KeepNativeLibraries {
    private static final String PREFIX = "libduckdb_java.so_";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        String keep = PREFIX + args[1];
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> natives;
            try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
                natives = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
            }
            if (natives.stream().noneMatch(p -> p.getFileName().toString().equals(keep))) {
                throw new IllegalStateException(jar + " has no " + keep + " (it has " + natives + ")");
            }
            for (Path entry : natives) {
                if (!entry.getFileName().toString().equals(keep)) {
                    Files.delete(entry);
                    System.out.println("removed " + entry.getFileName());
                }
            }
        }
    }
}
