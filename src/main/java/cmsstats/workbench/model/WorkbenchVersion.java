package cmsstats.workbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The workbench release, from the build (recorded with every extract version). */
public final class WorkbenchVersion {
    private static final String VERSION = load();

    private WorkbenchVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = WorkbenchVersion.class.getResourceAsStream("/cmsstats/workbench/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
