package cmsstats.workbench.ui;

import cmsstats.workbench.store.Store;
import cmsstats.workbench.store.StoreProtection;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What opening a store asks of the user, toolkit-free: nothing for an unprotected store, its password for a
 * protected one (again, with the reason, after a wrong one), and for a directory with no store yet the offer to
 * protect the new store with a password. The dialogs go through the {@link DialogService}; the opening itself
 * runs on a background task.
 */
public final class StoreOpening {
    private final DialogService dialogs;

    /** How to open one store: with its password, or none. */
    public record Access(Path directory, char[] password) {
        /** Opens the store (slow: run it off the FX thread), then forgets the password. */
        public Store open() {
            try {
                return password == null ? Store.open(directory) : Store.openProtected(directory, password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        @Override
        public String toString() {
            return "Access[" + directory + (password == null ? "" : ", with a password") + "]";
        }
    }

    public StoreOpening(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /**
     * Asks what opening {@code directory} needs; empty when the user cancels the password of a protected store.
     *
     * @param problem why the last attempt failed (such as a wrong password), or null the first time
     */
    public Optional<Access> ask(Path directory, String problem) {
        return switch (StoreProtection.state(directory.toAbsolutePath().normalize())) {
            case UNPROTECTED -> Optional.of(new Access(directory, null));
            case PROTECTED -> dialogs.askPassword("Open a protected store", "The store in " + directory
                    + " is protected by a password. Type it to open the store.", problem)
                    .map(password -> new Access(directory, password));
            case NEW -> Optional.of(new Access(directory, dialogs.askNewPassword("Protect the new store?",
                    "A new store will be made in " + directory + ". It will hold case-level personal data. Protect "
                            + "it with a password, so that its files are encrypted and only someone with the "
                            + "password can open it?").orElse(null)));
        };
    }

    /** The status bar's words for an open store: where it is and whether it is protected. */
    public static String describe(Store store) {
        return "Store: " + store.directory() + (store.isProtected() ? " \u00b7 protected by a password"
                : " \u00b7 not protected") + (store.isShared() ? " \u00b7 shared with another workbench" : "");
    }
}
