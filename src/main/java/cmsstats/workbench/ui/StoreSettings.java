package cmsstats.workbench.ui;

import cmsstats.workbench.store.StoreLocation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Which store the desktop opens: {@code --db DIR} when given, else the directory chosen in the GUI (kept in the
 * user's preferences), else the per-user application data directory.
 */
public final class StoreSettings {
    /** The preferences node the desktop keeps its settings in. */
    static final String NODE = "cmsstats/workbench";
    private static final String KEY = "storeDirectory";
    private final Preferences preferences;

    public StoreSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    public static StoreSettings forUser() {
        return new StoreSettings(Preferences.userRoot().node(NODE));
    }

    public Path storeDirectory(Optional<Path> commandLineChoice) {
        return commandLineChoice.or(this::chosenDirectory).orElseGet(StoreLocation::defaultDirectory);
    }

    public Optional<Path> chosenDirectory() {
        return Optional.ofNullable(preferences.get(KEY, null)).map(Path::of);
    }

    public void choose(Path directory) {
        preferences.put(KEY, directory.toAbsolutePath().toString());
    }
}
