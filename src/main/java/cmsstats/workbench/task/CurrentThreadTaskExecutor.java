package cmsstats.workbench.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Runs each task to the end on the calling thread before {@code execute} returns: for the command line
 * and for tests, which then need no waiting. Cancel requests made from inside the work are honoured.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task, BiConsumer<Double, String> progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        String[] lastMessage = {task.title()};
        TaskContext context = new TaskContext() {
            @Override
            public void progress(long done, long total) {
                progress.accept(TaskExecutor.fraction(done, total), lastMessage[0]);
            }

            @Override
            public void message(String text) {
                lastMessage[0] = text;
                progress.accept(-1.0, text);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        task.deliver(task.runWork(context));
        return () -> cancelled.set(true);
    }
}
