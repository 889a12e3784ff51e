package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.ingest.AccuracyWorksheetReader;
import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.AccuracyRule;
import cmsstats.workbench.sampling.RecheckText;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * State and actions of the second checks of the selected accuracy sample: drawing a subsample of its latest
 * finalised check and saving the second checker's worksheet (cancelling the save stores nothing), and importing
 * that worksheet back, which shows the agreement and stores it once the user confirms.
 */
public final class RecheckViewModel {
    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyObjectProperty<AccuracySample> selected;
    private final ObjectProperty<Double> level;
    private final Runnable changed;
    private final NumberInput<Integer> k = NumberInput.whole(10, 1, "assessments");
    private final NumberInput<Long> seed = NumberInput.seed(1L);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableBooleanValue canDraw;

    RecheckViewModel(Store store, TaskExecutor executor, DialogService dialogs,
                     ReadOnlyObjectProperty<AccuracySample> selected, ObjectProperty<Double> level, Runnable changed) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.selected = selected;
        this.level = level;
        this.changed = changed;
        this.canDraw = busy.not().and(selected.isNotNull()).and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> k.valid() && seed.valid() && selected.get() != null && selected.get().checkVersions() > 0,
                k.valueProperty(), seed.valueProperty(), selected));
    }

    NumberInput<Integer> size() {
        return k;
    }

    NumberInput<Long> seed() {
        return seed;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** A sample with a finalised check is selected, the numbers are valid and nothing runs. */
    ObservableBooleanValue canDrawProperty() {
        return canDraw;
    }

    /** Draws a second check of the selected sample's latest check and saves its worksheet; the file first. */
    public void draw() {
        AccuracySample sample = selected.get();
        if (sample == null || !canDraw.get()) {
            return;
        }
        int size = k.value();
        long chosenSeed = seed.value();
        Optional<Path> file = dialogs.chooseTableFileToSave("Save the second checker's worksheet for sample "
                + sample.id(), "accuracy-sample-" + sample.id() + "-second-check.xlsx");
        if (file.isEmpty()) {
            status.set("Nothing drawn: the worksheet was not saved");
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of("Drawing the second check", context -> {
            AccuracyRechecks rechecks = new AccuracyRechecks(store);
            AccuracyRecheck recheck = rechecks.draw(sample.id(), size, chosenSeed);
            PlainTableWriter.write(SampleTables.recheckWorksheet(recheck, sample, rechecks.members(recheck)),
                    file.get());
            return recheck;
        }).onSuccess(recheck -> {
            status.set("Second check " + recheck.id() + ": " + recheck.n() + " assessments of sample " + sample.id()
                    + " saved to " + file.get() + ", without the first checker's answers. The worksheet holds "
                    + "case-level personal data.");
            changed.run();
        }).onFailure(this::failed).onFinished(() -> busy.set(false)));
    }

    private record Read(AccuracyWorksheetReader.Result worksheet, AccuracyRechecks.Compared compared) {
    }

    /**
     * Imports a second checker's worksheet: validated against its second check and sample; the agreement is
     * shown and stored only if the user confirms. A refused worksheet stores nothing.
     */
    public void importWorksheet() {
        if (busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseTableFileToOpen("Import a second checker's worksheet");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        double chosenLevel = level.get() == null ? 0.95 : level.get();
        busy.set(true);
        executor.execute(BackgroundTask.of("Reading the second check", context -> {
            AccuracyWorksheetReader.Result worksheet = AccuracyWorksheetReader.forRecheck(store.accuracy(),
                    store.rechecks(), AccuracyRule::accurate).read(file);
            AccuracyRechecks.Compared compared = !worksheet.accepted() ? null : new AccuracyRechecks(store)
                    .compare(store.rechecks().recheck(worksheet.recheckId()).orElseThrow(), worksheet.checked(),
                            chosenLevel);
            return new Read(worksheet, compared);
        }).onSuccess(read -> {
            busy.set(false);
            AccuracyWorksheetReader.Result worksheet = read.worksheet();
            if (!worksheet.accepted()) {
                status.set(file.getFileName() + " refused: nothing stored");
                dialogs.showProblems(file.getFileName() + " was refused", file.getFileName() + ": "
                        + worksheet.problemCount() + " problem" + (worksheet.problemCount() == 1 ? "" : "s")
                        + ", nothing stored", worksheet.problemReport());
                return;
            }
            String text = String.join("\n", RecheckText.lines(read.compared()));
            if (!dialogs.confirm("Store the second check?", "Second check " + worksheet.recheckId() + " of sample "
                    + worksheet.sampleId() + ": " + text, "Store")) {
                status.set("Second check from " + file.getFileName() + " not stored");
                return;
            }
            store(worksheet, chosenLevel);
        }).onFailure(e -> {
            busy.set(false);
            failed(e);
        }));
    }

    private void store(AccuracyWorksheetReader.Result worksheet, double chosenLevel) {
        busy.set(true);
        executor.execute(BackgroundTask.of("Storing the second check", context -> new AccuracyRechecks(store)
                .finalise(worksheet.recheckId(), worksheet.source(), worksheet.checked(), chosenLevel))
                .onSuccess(compared -> {
                    status.set("Second check " + compared.recheck().id()
                            + " stored; its agreement and disagreements are listed below.");
                    changed.run();
                }).onFailure(this::failed).onFinished(() -> busy.set(false)));
    }

    private void failed(Exception error) {
        status.set("Failed: " + error.getMessage());
        dialogs.showError("Second checks", error.getMessage() == null ? error.toString() : error.getMessage());
    }
}
