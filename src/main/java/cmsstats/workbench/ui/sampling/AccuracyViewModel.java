package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.ingest.AccuracyWorksheetReader;
import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.sampling.AccuracyScore;
import cmsstats.workbench.sampling.SampleSize;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the accuracy-checks tab: the design form with its calculator, drawing a sample and
 * exporting its QA worksheet, importing a completed worksheet as a finalised check (a correction asks for its
 * reason), and the selected sample's latest score.
 */
public final class AccuracyViewModel {
    /** The assessment types the form offers. */
    public enum Types {
        ALL("New and changed", null), NEW("New only", "NEW"), CHANGE("Changed only", "CHANGE");

        final String label;
        final String code;

        Types(String label, String code) {
            this.label = label;
            this.code = code;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The selected sample's latest finalised check and its score, or no check yet. */
    public record Scored(AccuracySample sample, List<AccuracyCheck> checks, AccuracyScore score) {
    }

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<Types> types = new SimpleObjectProperty<>(Types.ALL);
    final BooleanProperty stratify = new SimpleBooleanProperty(true);
    final ObjectProperty<Integer> n = new SimpleObjectProperty<>(100);
    final ObjectProperty<Long> seed = new SimpleObjectProperty<>(20161026L);
    final ObjectProperty<Double> level = new SimpleObjectProperty<>(0.95);
    final ObjectProperty<Double> expected = new SimpleObjectProperty<>(0.95);
    final ObjectProperty<Double> width = new SimpleObjectProperty<>(0.10);
    final ObjectProperty<Integer> frameSize = new SimpleObjectProperty<>();
    final StringProperty frameText = new SimpleStringProperty("");
    final StringProperty proposal = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("");
    final ObservableList<AccuracySample> history = FXCollections.observableArrayList();
    final ObjectProperty<AccuracySample> selected = new SimpleObjectProperty<>();
    final ObjectProperty<Scored> scored = new SimpleObjectProperty<>();
    private int proposedN;
    private long frameRequest;
    private long scoreRequest;

    public AccuracyViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        from.addListener((obs, old, value) -> readFrameSize());
        to.addListener((obs, old, value) -> readFrameSize());
        types.addListener((obs, old, value) -> readFrameSize());
        for (ObjectProperty<?> input : List.of(expected, width, level, frameSize)) {
            input.addListener((obs, old, value) -> propose());
        }
        level.addListener((obs, old, value) -> showScore(selected.get()));
        selected.addListener((obs, old, sample) -> showScore(sample));
    }

    private record Loaded(Optional<LocalDate[]> span, List<AccuracySample> samples) {
    }

    /** Reads the assessment dates available and the stored samples; the form defaults to the newest month. */
    public void refresh() {
        executor.execute(BackgroundTask.of("Reading the accuracy samples", context -> new Loaded(
                new AccuracyChecks(store).dateSpan(), store.accuracy().samples())).onSuccess(loaded -> {
                    history.setAll(loaded.samples());
                    if (loaded.span().isEmpty()) {
                        frameText.set("No assessments extract is stored: import one to draw a sample.");
                    } else if (from.get() == null || to.get() == null) {
                        LocalDate last = loaded.span().get()[1];
                        to.set(last.withDayOfMonth(last.lengthOfMonth()));
                        from.set(last.withDayOfMonth(1));
                    }
                    if (selected.get() == null && !loaded.samples().isEmpty()) {
                        selected.set(loaded.samples().get(0));
                    }
                }).onFailure(this::failed));
    }

    private Optional<AccuracyChecks.Design> design() {
        if (from.get() == null || to.get() == null || n.get() == null || seed.get() == null || from.get().isAfter(to.get())) {
            return Optional.empty();
        }
        return Optional.of(new AccuracyChecks.Design(from.get(), to.get(), types.get().code, stratify.get(), n.get(),
                seed.get()));
    }

    private void readFrameSize() {
        Optional<AccuracyChecks.Design> design = design();
        long request = ++frameRequest;
        if (design.isEmpty()) {
            frameText.set(from.get() != null && to.get() != null && from.get().isAfter(to.get())
                    ? "The period starts after it ends." : "");
            frameSize.set(null);
            return;
        }
        executor.execute(BackgroundTask.of("Reading the frame", context -> new AccuracyChecks(store)
                .frameSize(design.get())).onSuccess(size -> {
                    if (request == frameRequest) {
                        frameSize.set(size);
                        frameText.set(String.format(Locale.UK, "%,d assessments", size));
                    }
                }).onFailure(this::failed));
    }

    /** The calculator: n for an interval of the target width at the expected accuracy, with the FPC. */
    private void propose() {
        Double p = expected.get();
        Double w = width.get();
        if (p == null || w == null || level.get() == null || !(p > 0 && p < 1) || !(w > 0 && w < 1)) {
            proposal.set("Enter an expected accuracy and an interval width between 0 and 1.");
            proposedN = 0;
            return;
        }
        long needed = SampleSize.forProportion(p, w / 2, level.get(), frameSize.get() == null ? null
                : frameSize.get().longValue());
        proposedN = (int) Math.min(Integer.MAX_VALUE, needed);
        proposal.set(String.format(Locale.UK, "n = %,d gives an interval about %.0f points wide at %.0f%% accuracy "
                + "(normal approximation)", needed, w * 100, p * 100));
    }

    public void useProposal() {
        if (proposedN > 0) {
            n.set(proposedN);
        }
    }

    /** Draws and stores a sample, then offers to save its worksheet. */
    public void draw() {
        Optional<AccuracyChecks.Design> design = design();
        if (busy.get() || design.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set("Drawing " + design.get().n() + " assessments\u2026");
        executor.execute(BackgroundTask.of("Drawing the accuracy sample", context ->
                new AccuracyChecks(store).draw(design.get())).onSuccess(sample -> {
            status.set("Sample " + sample.id() + " drawn and stored");
            history.add(0, sample);
            selected.set(sample);
            exportWorksheet();
        }).onFailure(this::failed).onFinished(() -> busy.set(false)), (fraction, message) -> { });
    }

    /** Saves the selected sample's QA worksheet (XLSX or CSV). */
    public void exportWorksheet() {
        AccuracySample sample = selected.get();
        if (sample == null) {
            return;
        }
        dialogs.chooseTableFileToSave("Save the QA worksheet for sample " + sample.id(),
                "accuracy-sample-" + sample.id() + ".xlsx").ifPresent(file -> executor.execute(BackgroundTask.of(
                        "Writing the worksheet", context -> {
                            PlainTableWriter.write(SampleTables.accuracyWorksheet(sample,
                                    store.accuracy().members(sample.id())), file);
                            return file;
                        }).onSuccess(written -> status.set("Worksheet for sample " + sample.id() + " saved to "
                        + written)).onFailure(this::failed)));
    }

    /** Imports a completed worksheet: validates it, then stores it as a finalised check and shows its score. */
    public void importWorksheet() {
        Optional<Path> chosen = dialogs.chooseTableFileToOpen("Import a completed QA worksheet");
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        Path file = chosen.get();
        busy.set(true);
        status.set("Checking " + file.getFileName() + "\u2026");
        executor.execute(BackgroundTask.of("Reading the worksheet", context ->
                        new AccuracyWorksheetReader(store.accuracy()).read(file))
                .onSuccess(worksheet -> {
                    if (!worksheet.accepted()) {
                        busy.set(false);
                        status.set(file.getFileName() + " refused: nothing stored");
                        dialogs.showProblems(file.getFileName() + " was refused", file.getFileName() + ": "
                                + worksheet.problemCount() + " problem" + (worksheet.problemCount() == 1 ? "" : "s")
                                + ", nothing stored", worksheet.problemReport());
                        return;
                    }
                    finalise(file, worksheet);
                })
                .onFailure(error -> {
                    busy.set(false);
                    failed(error);
                }));
    }

    private void finalise(Path file, AccuracyWorksheetReader.Result worksheet) {
        Optional<AccuracySample> sample = history.stream().filter(s -> s.id() == worksheet.sampleId()).findFirst();
        String reason = null;
        if (sample.isPresent() && sample.get().checkVersions() > 0) {
            Optional<String> answer = dialogs.askText("Correct a finalised check", "Sample " + worksheet.sampleId()
                    + " already has a finalised check. This worksheet will be stored as a correction (version "
                    + (sample.get().checkVersions() + 1) + "); the earlier check is kept. Why is it corrected?");
            if (answer.isEmpty()) {
                busy.set(false);
                status.set("Import cancelled: a correction needs its reason; nothing stored");
                return;
            }
            reason = answer.get();
        }
        String why = reason;
        double chosenLevel = level.get();
        executor.execute(BackgroundTask.of("Scoring the check", context -> {
            new AccuracyChecks(store).finalise(worksheet.sampleId(), why, file.getFileName().toString(),
                    worksheet.checked(), chosenLevel);
            return store.accuracy().samples();
        }).onSuccess(samples -> {
            history.setAll(samples);
            status.set("Check of sample " + worksheet.sampleId() + " finalised from " + file.getFileName());
            history.stream().filter(s -> s.id() == worksheet.sampleId()).findFirst().ifPresent(s -> {
                selected.set(null);
                selected.set(s);
            });
        }).onFailure(this::failed).onFinished(() -> busy.set(false)));
    }

    private void showScore(AccuracySample sample) {
        long request = ++scoreRequest;
        if (sample == null) {
            scored.set(null);
            return;
        }
        double chosenLevel = level.get() == null ? 0.95 : level.get();
        executor.execute(BackgroundTask.of("Scoring", context -> {
            List<AccuracyCheck> checks = store.accuracy().checks(sample.id());
            AccuracyScore score = checks.isEmpty() ? null
                    : new AccuracyChecks(store).score(checks.get(checks.size() - 1), chosenLevel);
            return new Scored(sample, checks, score);
        }).onSuccess(result -> {
            if (request == scoreRequest) {
                scored.set(result);
            }
        }).onFailure(this::failed));
    }

    private void failed(Exception error) {
        status.set("Failed: " + error.getMessage());
        dialogs.showError("Accuracy checks", error.getMessage() == null ? error.toString() : error.getMessage());
    }
}
