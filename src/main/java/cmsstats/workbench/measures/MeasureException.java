package cmsstats.workbench.measures;

/** A request for measures that cannot be met as asked; the message says what is allowed or missing. */
public final class MeasureException extends RuntimeException {
    public MeasureException(String message) {
        super(message);
    }
}
