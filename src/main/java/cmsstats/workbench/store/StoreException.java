package cmsstats.workbench.store;

/** A store failure, with a message fit to show a user (what went wrong and what to do). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
