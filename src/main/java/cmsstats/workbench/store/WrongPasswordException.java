package cmsstats.workbench.store;

import java.nio.file.Path;

/** The password given does not open the store; nothing was opened or changed. */
public final class WrongPasswordException extends StoreException {
    public WrongPasswordException(Path directory) {
        super("wrong password for store " + directory);
    }
}
