package cmsstats.workbench.cli;

import cmsstats.workbench.store.StoreLocation;
import java.nio.file.Path;

/**
 * Fixes where the log goes ({@link StoreLocation#logDirectory()}) for this process, before the first logger is
 * made: Logback reads the directory from {@value StoreLocation#LOG_DIRECTORY_PROPERTY} (resources/logback.xml).
 */
public final class Logging {
    private Logging() {
    }

    /** Sets the log directory's property for this process and returns the directory. */
    public static Path configure() {
        Path directory = StoreLocation.logDirectory();
        System.setProperty(StoreLocation.LOG_DIRECTORY_PROPERTY, directory.toString());
        return directory;
    }
}
