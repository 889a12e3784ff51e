package cmsstats.workbench.ingest;

/** The file cannot be read as the format it claims (broken quoting, bad UTF-8, not a workbook...). */
final class UnreadableFileException extends Exception {
    private final long line;

    UnreadableFileException(long line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** Where reading stopped (0 when unknown). */
    long line() {
        return line;
    }
}
