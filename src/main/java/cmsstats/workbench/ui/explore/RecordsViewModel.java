package cmsstats.workbench.ui.explore;

import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.measures.RecordsFinder;
import cmsstats.workbench.publish.PersonalData;
import cmsstats.workbench.publish.explore.RecordsExport;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import cmsstats.workbench.task.Failures;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The records behind one figure of the Explore table, paged as the Data view pages an extract: what they are and
 * add up to (equal to the figure for counts), one page of rows at a time, and their export with the personal-data
 * warning. Every read runs off the FX thread; a newer figure or page cancels the one still loading.
 */
public final class RecordsViewModel {
    /** Rows on a page, as the Data view's preview. */
    static final int PAGE_SIZE = 200;

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<RecordsFinder.Records> records = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private RecordsFinder.Request request;
    private String figure = "";
    private String slice = "";
    private TaskExecutor.TaskHandle running;
    private long asked;

    RecordsViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Shows the first page of the records behind a figure, named in words ("Wales, Jun 2016: 1,234"). */
    void show(RecordsFinder.Request wanted, String figureWords) {
        request = wanted;
        figure = figureWords;
        slice = wanted.slice().describe();
        records.set(null);
        open.set(true);
        heading.set("Records behind " + figureWords);
        load(0);
    }

    /** Says, in place of the rows, why a figure has no records of its own. */
    void refuse(String figureWords, String reason) {
        request = null;
        records.set(null);
        open.set(true);
        heading.set("Records behind " + figureWords);
        message.set(reason);
    }

    void close() {
        cancelRunning();
        open.set(false);
        request = null;
        records.set(null);
    }

    /** Moves to another page (0 first). */
    void showPage(int index) {
        if (request != null && index != page.get()) {
            load(index);
        }
    }

    /** How many pages the records fill (at least one). */
    int pageCount() {
        RecordsFinder.Records shown = records.get();
        return shown == null ? 1 : (int) Math.max(1, (shown.rows() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Warns that the rows are personal data, asks where to write them all and writes them (CSV or XLSX). */
    void export() {
        RecordsFinder.Request exported = request;
        RecordsFinder.Records shown = records.get();
        if (exported == null || shown == null) {
            return;
        }
        if (!dialogs.warn("Export personal data", shown.rows() + " case-level rows: " + PersonalData.WARNING,
                "Export")) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Export the records", "cms-records.csv",
                "Records (CSV, XLSX)", List.of("csv", "xlsx"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String words = slice;
        executor.execute(BackgroundTask.of("Exporting the records", context -> {
            RecordsFinder finder = new RecordsFinder(store);
            RecordsExport.write((offset, size) -> finder.find(exported, offset, size), words, file);
            return file;
        }).onSuccess(written -> message.set("Exported " + shown.rows() + " records to " + written + ". "
                + PersonalData.WARNING))
                .onFailure(error -> dialogs.showError("Cannot export the records", file + ": "
                        + Failures.describe(error))));
    }

    private void load(int index) {
        cancelRunning();
        long id = ++asked;
        RecordsFinder.Request wanted = request;
        busy.set(true);
        message.set("Finding the records\u2026");
        long started = System.nanoTime();
        running = executor.execute(BackgroundTask.of("Finding the records", context -> {
            RecordsFinder.Records found = new RecordsFinder(store).find(wanted, (long) index * PAGE_SIZE,
                    PAGE_SIZE);
            if (context.isCancelled()) {
                throw new CancellationException("another page was asked for");
            }
            return found;
        }).onSuccess(found -> {
            if (id == asked) {
                page.set(index);
                records.set(found);
                heading.set("Records behind " + figure + ": " + found.describe() + " of "
                        + found.version().kind().id() + " version " + found.version().id() + " ("
                        + (System.nanoTime() - started) / 1_000_000 + " ms)");
                message.set(PersonalData.WARNING);
            }
        }).onFailure(error -> {
            if (id == asked) {
                records.set(null);
                message.set(error instanceof MeasureException ? error.getMessage()
                        : "Cannot find the records: " + Failures.describe(error));
            }
        }).onFinished(() -> {
            if (id == asked) {
                busy.set(false);
                running = null;
            }
        }));
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    ReadOnlyObjectProperty<RecordsFinder.Records> records() {
        return records.getReadOnlyProperty();
    }

    ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    /** What the rows are and how long they took, or why there are none. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty page() {
        return page.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the records pane is showing. */
    ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }
}
