package cmsstats.workbench.store;

import java.nio.file.Path;

/** The store is protected and no password was given. */
public final class PasswordRequiredException extends StoreException {
    public PasswordRequiredException(Path directory) {
        super("the store " + directory + " is protected by a password: give it at the prompt, or in the "
                + "environment variable CMS_WORKBENCH_PASSWORD");
    }
}
