package cmsstats.workbench.task;

/** Failures as the log may hold them. */
public final class Failures {
    private Failures() {
    }

    /**
     * A failure as the log may hold it: its type and where it arose, and its causes' types, never its message,
     * which can quote a cell or a key of an extract.
     */
    public static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" caused by ");
            }
            text.append(t.getClass().getName());
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0) {
                text.append(" at ").append(trace[0]);
            }
        }
        return text.toString();
    }
}
