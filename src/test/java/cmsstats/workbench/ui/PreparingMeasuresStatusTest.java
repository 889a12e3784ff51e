package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskContext;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.data.DataViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status line while the measures are prepared shows the progress, and afterwards says again what it said
 * before, even when a second preparation is asked for while the first runs (the desktop's first run does that: the
 * sample data's import ends while the store's watch asks too).
 */
class PreparingMeasuresStatusTest {
    @TempDir
    Path temp;
    private ImportFixture fixture;
    private final QueuedExecutor executor = new QueuedExecutor();

    @BeforeEach
    void importCasesAndMonths() {
        fixture = new ImportFixture(temp);
        fixture.importThreeCases();
        fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-08,CP,100.00,100.00,0.00");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSecondPreparationWaitsForTheFirstAndTheStatusGoesBackToWhatItSaid() {
        DataViewModel model = new DataViewModel(fixture.store(), executor, new ScriptedDialogService());
        List<String> shown = new ArrayList<>();
        model.statusProperty().addListener((obs, old, text) -> shown.add(text));
        model.statusProperty().set("Loaded 10 sample extracts (synthetic data)");

        model.prepareMeasures();
        model.prepareMeasures();
        assertThat(executor.pending()).as("one preparation at a time").isEqualTo(1);

        executor.runNext();
        assertThat(shown).anyMatch(text -> text.startsWith("Loaded 10 sample extracts (synthetic data) \u2014 "
                + "Preparing the quarterly measures of case_months version 2"));
        assertThat(model.statusProperty().get()).isEqualTo("Loaded 10 sample extracts (synthetic data)");
        assertThat(executor.pending()).as("the second, asked for meanwhile, runs after").isEqualTo(1);

        executor.runNext();
        assertThat(executor.pending()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("Loaded 10 sample extracts (synthetic data)");
    }

    /** Holds tasks until the test runs them, one at a time, on its own thread. */
    private static final class QueuedExecutor implements TaskExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <V> TaskHandle execute(BackgroundTask<V> task, BiConsumer<Double, String> progress) {
            queue.add(() -> task.deliver(task.runWork(new TaskContext() {
                @Override
                public void progress(long done, long total) {
                    progress.accept(TaskExecutor.fraction(done, total), null);
                }

                @Override
                public void message(String text) {
                    progress.accept(-1.0, text);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            })));
            return () -> { };
        }

        int pending() {
            return queue.size();
        }

        void runNext() {
            queue.removeFirst().run();
        }
    }
}
