package cmsstats.workbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void runsTheWorkThenTheCallbacksBeforeReturning() {
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of("sum", context -> {
                    context.progress(1, 4);
                    return 2 + 2;
                }).onSuccess(v -> events.add("success " + v)).onFinished(() -> events.add("finished")),
                (fraction, message) -> events.add("progress " + fraction));
        assertThat(events).containsExactly("progress 0.25", "success 4", "finished");
    }

    @Test
    void failuresAndCancellationsReachTheirCallbacks() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        executor.execute(BackgroundTask.of("fail", context -> {
            throw new IllegalStateException("disk full");
        }).onFailure(e -> events.add("failed: " + e.getMessage())));
        executor.execute(BackgroundTask.of("cancel", context -> {
            throw new java.util.concurrent.CancellationException();
        }).onCancelled(() -> events.add("cancelled")).onSuccess(v -> events.add("success")));
        assertThat(events).containsExactly("failed: disk full", "cancelled");
    }

    @Test
    void aRealFailureAfterACancelRequestIsReportedAsTheFailureNotAsCancelled() {
        TaskContext cancelRequested = new TaskContext() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        BackgroundTask<Integer> failing = BackgroundTask.of("write", context -> {
            throw new java.io.IOException("No space left on device");
        });
        BackgroundTask<Integer> stopped = BackgroundTask.of("write", context -> {
            throw new IllegalStateException("store write failed",
                    new java.util.concurrent.CancellationException("cancelled by the user"));
        });

        BackgroundTask.Outcome<Integer> failure = failing.runWork(cancelRequested);
        assertThat(failure.state()).isEqualTo(BackgroundTask.Outcome.State.FAILED);
        assertThat(failure.error()).hasMessage("No space left on device");
        assertThat(stopped.runWork(cancelRequested).state()).isEqualTo(BackgroundTask.Outcome.State.CANCELLED);
    }
}
