import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Takes the analytic engine's native libraries out of a jar and puts this platform's beside it. The DuckDB driver
 * carries one library for each platform (about 240 MB unpacked) and copies the one it needs to a temporary file at
 * every start; an installed workbench runs on one platform, and the driver loads a library found beside its jar
 * directly. Run by installer/build.sh with the JDK's source launcher:
 * {@code java installer/NativeLibraryBesideJar.java JAR PLATFORM}, PLATFORM as the driver names it
 * (linux_amd64, linux_arm64, macos_arm64, windows_amd64, as the jar names them).
 */
public final class NativeLibraryBesideJar {
    private static final String PREFIX = "libduckdb_java.so_";

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        String keep = PREFIX + args[1];
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> natives;
            try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
                natives = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
            }
            Path wanted = natives.stream().filter(p -> p.getFileName().toString().equals(keep)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(jar + " has no " + keep + " (it has " + natives
                            + ")"));
            Files.copy(wanted, jar.resolveSibling(keep), StandardCopyOption.REPLACE_EXISTING);
            for (Path entry : natives) {
                Files.delete(entry);
            }
            System.out.println("moved " + keep + " beside the jar; removed " + natives.size() + " from it");
        }
    }
}
