package cmsstats.workbench.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A unit of slow work (database, files) with what to do when it ends, independent of any UI toolkit.
 * A {@link TaskExecutor} decides where it runs: the desktop runs it off the UI thread and delivers the
 * callbacks on the UI thread; tests and the command line run it on the calling thread.
 * Modelled on JabRef's {@code BackgroundTask}.
 *
 * @param <V> the result type
 */
public final class BackgroundTask<V> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackgroundTask.class);

    /** The work itself. */
    @FunctionalInterface
    public interface Work<V> {
        V run(TaskContext context) throws Exception;
    }

    private final String title;
    private final Work<V> work;
    private Consumer<V> onSuccess = value -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<V> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title, work);
    }

    public String title() {
        return title;
    }

    public BackgroundTask<V> onSuccess(Consumer<V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Exception> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after the work has stopped and cleaned up because the user cancelled. */
    public BackgroundTask<V> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs last, whatever the outcome. */
    public BackgroundTask<V> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Runs the work on the current thread; executors call this. Work ends as cancelled only by a
     * {@link CancellationException} (thrown at a safe point, perhaps wrapped by a layer it crossed): a real failure
     * that happens after the user asked to cancel is still reported as the failure it is.
     */
    public Outcome<V> runWork(TaskContext context) {
        try {
            return Outcome.success(work.run(context));
        } catch (Exception error) {
            if (causedByCancellation(error)) {
                return Outcome.cancelled();
            }
            LOG.warn("{} failed: {}", title, Failures.describe(error));
            return Outcome.failure(error);
        }
    }

    private static boolean causedByCancellation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** Delivers an outcome to the callbacks; executors call this on the thread the callbacks expect. */
    public void deliver(Outcome<V> outcome) {
        try {
            switch (outcome.state()) {
                case SUCCEEDED -> onSuccess.accept(outcome.value());
                case FAILED -> onFailure.accept(outcome.error());
                case CANCELLED -> onCancelled.run();
            }
        } finally {
            onFinished.run();
        }
    }

    /** How the work ended. */
    public record Outcome<V>(State state, V value, Exception error) {
        public enum State { SUCCEEDED, FAILED, CANCELLED }

        static <V> Outcome<V> success(V value) {
            return new Outcome<>(State.SUCCEEDED, value, null);
        }

        static <V> Outcome<V> failure(Exception error) {
            return new Outcome<>(State.FAILED, null, error);
        }

        static <V> Outcome<V> cancelled() {
            return new Outcome<>(State.CANCELLED, null, null);
        }
    }
}
