package cmsstats.workbench.task;

import java.util.function.BiConsumer;

/** Runs {@link BackgroundTask}s; the one place that decides which thread does slow work. */
public interface TaskExecutor {

    /**
     * Starts a task.
     *
     * @param task     the work and its callbacks
     * @param progress receives (fraction done from 0 to 1, or -1 when unknown; message) on the callback thread
     * @return a handle to cancel it
     */
    <V> TaskHandle execute(BackgroundTask<V> task, BiConsumer<Double, String> progress);

    default <V> TaskHandle execute(BackgroundTask<V> task) {
        return execute(task, (fraction, message) -> { });
    }

    /** A running task, as its starter sees it. */
    interface TaskHandle {
        /** Asks the work to stop at its next safe point; it then cleans up and reports cancelled. */
        void cancel();
    }

    /** Turns a done/total pair into a fraction, -1 for unknown. */
    static double fraction(long done, long total) {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

}
