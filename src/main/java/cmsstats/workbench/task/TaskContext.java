package cmsstats.workbench.task;

import java.util.concurrent.CancellationException;

/** What running work sees of its task: progress reporting and the user's cancel request. */
public interface TaskContext {

    /** Reports progress; {@code total <= 0} means the amount of work is unknown. */
    void progress(long done, long total);

    /** Reports what the work is doing now, in words for the status bar. */
    void message(String text);

    boolean isCancelled();

    /** Stops the work at a safe point when the user asked to cancel. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }

    /** A context for work nobody watches and nobody cancels (command line, tests). */
    static TaskContext silent() {
        return new TaskContext() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
