package cmsstats.workbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The folder the file and folder choosers start in: the last one the user chose a file or folder in, kept in the
 * user's preferences beside the store's directory ({@link StoreSettings}), so that it outlasts the session. A folder
 * since deleted is forgotten rather than offered.
 */
public final class RecentFolder {
    private static final String KEY = "lastFolder";
    private final Preferences preferences;

    public RecentFolder(Preferences preferences) {
        this.preferences = preferences;
    }

    public static RecentFolder forUser() {
        return new RecentFolder(Preferences.userRoot().node(StoreSettings.NODE));
    }

    /** The last folder used, if it still exists. */
    public Optional<Path> folder() {
        return Optional.ofNullable(preferences.get(KEY, null)).map(Path::of).filter(Files::isDirectory);
    }

    /** Remembers the folder of a chosen file, or a chosen folder itself. */
    public void used(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(KEY, folder.toAbsolutePath().toString());
        }
    }
}
