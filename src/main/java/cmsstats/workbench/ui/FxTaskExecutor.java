package cmsstats.workbench.ui;

import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskContext;
import cmsstats.workbench.task.TaskExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs background tasks off the JavaFX thread as {@link javafx.concurrent.Task}s: progress and messages are
 * coalesced onto the FX thread, callbacks run there, and cancel asks the work to stop at its next safe point
 * (never by interrupting the thread, which would close H2's file channel). The outcome is delivered only once the
 * work has really finished, so "cancelled" means the store is already clean.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "workbench-task");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task, BiConsumer<Double, String> progress) {
        Task<Void> fxTask = new Task<>() {
            @Override
            protected Void call() {
                TaskContext context = new TaskContext() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(total <= 0 ? -1 : done, total <= 0 ? -1 : total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelledByUser();
                    }
                };
                BackgroundTask.Outcome<V> outcome = task.runWork(context);
                Platform.runLater(() -> task.deliver(outcome));
                return null;
            }

            private boolean isCancelledByUser() {
                return isCancelled();
            }
        };
        fxTask.progressProperty().addListener((obs, old, value) ->
                progress.accept(value.doubleValue(), fxTask.getMessage()));
        fxTask.messageProperty().addListener((obs, old, value) ->
                progress.accept(fxTask.getProgress(), value));
        threads.execute(fxTask);
        return () -> fxTask.cancel(false);
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
