package cmsstats.workbench.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives when the user names no directory: the per-user application data directory of the OS.
 * <ul>
 *   <li>Windows: {@code %LOCALAPPDATA%\CMS Statistics Workbench}</li>
 *   <li>macOS: {@code ~/Library/Application Support/CMS Statistics Workbench}</li>
 *   <li>Linux and others: {@code $XDG_DATA_HOME/cms-workbench}, by default {@code ~/.local/share/cms-workbench}</li>
 * </ul>
 */
public final class StoreLocation {
    private StoreLocation() {
    }

    /** The property naming the log directory (tests set it to the build directory). */
    public static final String LOG_DIRECTORY_PROPERTY = "cms.workbench.logDir";

    /** Where the log goes: {@value #LOG_DIRECTORY_PROPERTY} when set, else {@code logs} in the data directory. */
    public static Path logDirectory() {
        String set = System.getProperty(LOG_DIRECTORY_PROPERTY);
        return set != null && !set.isBlank() ? Path.of(set) : defaultDirectory().resolve("logs");
    }

    public static Path defaultDirectory() {
        return defaultDirectory(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path defaultDirectory(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.getOrDefault("LOCALAPPDATA", Path.of(home, "AppData", "Local").toString());
            return Path.of(local, "CMS Statistics Workbench");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "CMS Statistics Workbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("cms-workbench");
    }
}
