package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.ingest.AccuracyWorksheetReader;
import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.AccuracyReport;
import cmsstats.workbench.sampling.AccuracyRule;
import cmsstats.workbench.sampling.AccuracyScore;
import cmsstats.workbench.sampling.SampleSize;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the accuracy-checks tab: the design form with its calculator, drawing a sample together
 * with its QA worksheet (cancelling the save stores nothing), importing a completed worksheet as a preview of its
 * score that is finalised only when the user confirms it (a correction asks for its reason until one is given),
 * and the selected sample's latest score.
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

    /** The designs the form offers; stratified is by assessment type with proportional allocation. */
    public enum Designs {
        SRS("Simple random"), STRATIFIED("Stratified by assessment type"),
        MUS("Monetary-unit (by weekly \u00a3)");

        final String label;

        Designs(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The selected sample's latest finalised check and its report, or no check yet; its second checks. */
    public record Scored(AccuracySample sample, List<AccuracyCheck> checks, AccuracyReport report,
                         List<RecheckSummary> rechecks) {
        /** The latest check's score, or null. */
        public AccuracyScore score() {
            return report == null ? null : report.score();
        }
    }

    /** A second check and, once imported, its agreement with the first. */
    public record RecheckSummary(AccuracyRecheck recheck, AccuracyRechecks.Compared compared) {
    }

    /**
     * A completed worksheet read and scored but not stored: the score card shows it until the user finalises or
     * discards it.
     *
     * @param sample    the sample it checks
     * @param file      the worksheet
     * @param worksheet its validated rows
     * @param report    its report at the chosen level
     */
    public record Preview(AccuracySample sample, Path file, AccuracyWorksheetReader.Result worksheet,
                          AccuracyReport report) {
        public AccuracyScore score() {
            return report.score();
        }

        /** The check version finalising would store: 1, or a correction's N+1. */
        public int version() {
            return sample.checkVersions() + 1;
        }
    }

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Types> types = new SimpleObjectProperty<>(Types.ALL);
    private final BooleanProperty stratify = new SimpleBooleanProperty(true);
    private final ObjectProperty<Designs> designChoice = new SimpleObjectProperty<>(Designs.STRATIFIED);
    private final NumberInput<Integer> n = NumberInput.whole(100, 2, "assessments");
    private final NumberInput<Long> seed = NumberInput.seed(20161026L);
    private final ObjectProperty<Double> level = new SimpleObjectProperty<>(0.95);
    private final NumberInput<Double> expected = NumberInput.between(0.95, 0, 1, "a proportion");
    private final NumberInput<Double> width = NumberInput.between(0.10, 0, 1, "a proportion");
    private final ObjectProperty<Integer> frameSize = new SimpleObjectProperty<>();
    private final StringProperty frameText = new SimpleStringProperty("");
    private final StringProperty proposal = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<AccuracySample> history = FXCollections.observableArrayList();
    private final ObjectProperty<AccuracySample> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Scored> scored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding formValid = Bindings.createBooleanBinding(
            () -> n.valid() && seed.valid() && expected.valid() && width.valid(), n.valueProperty(),
            seed.valueProperty(), expected.valueProperty(), width.valueProperty());
    private final BooleanBinding idle = busy.not().and(preview.isNull());
    private final BooleanBinding canDraw = idle.and(from.isNotNull()).and(to.isNotNull()).and(formValid);
    private final RecheckViewModel rechecks;
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
        for (javafx.beans.value.ObservableValue<?> input : List.of(expected.valueProperty(), width.valueProperty(),
                level, frameSize)) {
            input.addListener((obs, old, value) -> propose());
        }
        level.addListener((obs, old, value) -> {
            rescorePreview();
            showScore(selected.get());
        });
        selected.addListener((obs, old, sample) -> showScore(sample));
        designChoice.addListener((obs, old, chosen) -> {
            stratify.set(chosen == Designs.STRATIFIED);
            readFrameSize();
        });
        stratify.addListener((obs, old, on) -> {
            if (on) {
                designChoice.set(Designs.STRATIFIED);
            } else if (designChoice.get() == Designs.STRATIFIED) {
                designChoice.set(Designs.SRS);
            }
        });
        rechecks = new RecheckViewModel(store, executor, dialogs, selected, level, () -> {
            refresh();
            showScore(selected.get());
        });
        propose();
    }

    /** The second checks of the selected sample: drawing and importing them. */
    RecheckViewModel rechecks() {
        return rechecks;
    }

    ObjectProperty<Designs> designProperty() {
        return designChoice;
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    ObjectProperty<Types> typesProperty() {
        return types;
    }

    BooleanProperty stratifyProperty() {
        return stratify;
    }

    NumberInput<Integer> sampleSize() {
        return n;
    }

    NumberInput<Long> seed() {
        return seed;
    }

    ObjectProperty<Double> levelProperty() {
        return level;
    }

    NumberInput<Double> expectedAccuracy() {
        return expected;
    }

    NumberInput<Double> intervalWidth() {
        return width;
    }

    ReadOnlyStringProperty frameTextProperty() {
        return frameText;
    }

    ReadOnlyStringProperty proposalProperty() {
        return proposal;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The stored samples, newest first; the view shows them and must not change them. */
    ObservableList<AccuracySample> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    ObjectProperty<AccuracySample> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<Scored> scoredProperty() {
        return scored.getReadOnlyProperty();
    }

    /** The imported worksheet awaiting the user's decision, or null. */
    ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Every number of the form (size, seed, expected accuracy, interval width) stands for an acceptable value. */
    ObservableBooleanValue formValidProperty() {
        return formValid;
    }

    /** Nothing running and no preview waiting for a decision: the other actions may start. */
    ObservableBooleanValue idleProperty() {
        return idle;
    }

    /** Drawing is possible: idle, a period chosen and every number of the form valid. */
    ObservableBooleanValue canDrawProperty() {
        return canDraw;
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

    /** The period the frame covers, or empty while it is not a period. */
    private Optional<LocalDate[]> period() {
        if (from.get() == null || to.get() == null || from.get().isAfter(to.get())) {
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {from.get(), to.get()});
    }

    private Optional<AccuracyChecks.Design> design() {
        if (period().isEmpty() || !n.valid() || !seed.valid()) {
            return Optional.empty();
        }
        boolean mus = designChoice.get() == Designs.MUS;
        return Optional.of(new AccuracyChecks.Design(from.get(), to.get(), types.get().code, !mus && stratify.get(),
                n.value(), seed.value(), mus));
    }

    private void readFrameSize() {
        Optional<LocalDate[]> period = period();
        long request = ++frameRequest;
        if (period.isEmpty()) {
            frameText.set(from.get() != null && to.get() != null ? "The period starts after it ends." : "");
            frameSize.set(null);
            return;
        }
        AccuracyChecks.Design frame = new AccuracyChecks.Design(period.get()[0], period.get()[1], types.get().code,
                false, 0, 0);
        boolean mus = designChoice.get() == Designs.MUS;
        executor.execute(BackgroundTask.of("Reading the frame", context -> new AccuracyChecks(store)
                .frameCounts(frame)).onSuccess(counts -> {
                    if (request == frameRequest) {
                        frameSize.set((int) counts[0]);
                        frameText.set(String.format(Locale.UK, "%,d assessments", counts[0]) + (!mus ? ""
                                : counts[1] == 0 ? "; none with a weekly amount of \u00a30"
                                : String.format(Locale.UK, "; %,d of them with a weekly amount of \u00a30, which "
                                + "monetary-unit sampling cannot select", counts[1])));
                    }
                }).onFailure(this::failed));
    }

    /** The calculator: n for an interval of the target width at the expected accuracy, with the FPC. */
    private void propose() {
        if (!expected.valid() || !width.valid() || level.get() == null) {
            proposal.set("Enter an expected accuracy and an interval width between 0 and 1.");
            proposedN = 0;
            return;
        }
        double p = expected.value();
        double w = width.value();
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

    /** A drawn sample, its design facts, and the problem writing its worksheet if there was one. */
    private record Drawn(AccuracySample sample, AccuracyDesign facts, IOException unwritten) {
    }

    /**
     * Draws a sample and saves its QA worksheet, as one step: the file is chosen first, so cancelling the save
     * dialog draws and stores nothing. Refused while a number of the form is not valid; a design and seed already
     * drawn would pick the same assessments again, so the user is told which sample that is and asked first.
     */
    public void draw() {
        if (!formValid.get()) {
            status.set("Nothing drawn: correct the fields marked in red first.");
        }
        Optional<AccuracyChecks.Design> design = design();
        if (!canDraw.get() || design.isEmpty()) {
            return;
        }
        AccuracyChecks.Design chosen = design.get();
        Optional<AccuracySample> same = history.stream().filter(s -> sameDesign(s, chosen)).findFirst();
        if (same.isPresent() && !dialogs.confirm("Draw an identical sample?", String.format(Locale.UK,
                "Sample %d, drawn on %s, has this design and seed: %,d assessments dated %s to %s, %s, %s, seed %d. "
                        + "From the same assessments extract a new draw picks the same assessments. Draw and store it "
                        + "again?", same.get().id(), same.get().drawnAt().toLocalDate(), chosen.n(), chosen.from(),
                chosen.to(), types.get().label.toLowerCase(Locale.UK), chosen.mus() ? "monetary-unit"
                        : chosen.stratifyByType() ? "stratified by type" : "simple random", chosen.seed()),
                "Draw again")) {
            status.set("Nothing drawn: sample " + same.get().id() + " already has this design and seed");
            selected.set(same.get());
            return;
        }
        Optional<Path> chosenFile = dialogs.chooseTableFileToSave("Save the QA worksheet of the new sample",
                "accuracy-sample-" + chosen.from() + "-to-" + chosen.to() + ".xlsx");
        if (chosenFile.isEmpty()) {
            status.set("Nothing drawn: the worksheet was not saved");
            return;
        }
        Path file = chosenFile.get();
        busy.set(true);
        status.set("Drawing " + chosen.n() + " assessments\u2026");
        executor.execute(BackgroundTask.of("Drawing the accuracy sample", context -> {
            AccuracyChecks checks = new AccuracyChecks(store);
            AccuracySample sample = checks.draw(chosen);
            AccuracyDesign facts = checks.design(sample.id());
            try {
                writeWorksheet(sample, file);
                return new Drawn(sample, facts, null);
            } catch (IOException e) {
                return new Drawn(sample, facts, e);
            }
        }).onSuccess(drawn -> {
            history.add(0, drawn.sample());
            selected.set(drawn.sample());
            if (drawn.unwritten() == null) {
                status.set("Sample " + drawn.sample().id() + " drawn and stored; worksheet saved to " + file
                        + musFacts(drawn) + ". The worksheet holds case-level personal data.");
            } else {
                status.set("Sample " + drawn.sample().id() + " stored, but its worksheet was not saved");
                dialogs.showError("Worksheet not saved", "Sample " + drawn.sample().id() + " was drawn and stored, "
                        + "but " + file + " could not be written: " + drawn.unwritten().getMessage()
                        + ". Use Export worksheet to save it elsewhere.");
            }
        }).onFailure(this::failed).onFinished(() -> busy.set(false)), (fraction, message) -> { });
    }

    /** For a monetary-unit sample, its interval, the awards taken with certainty and the zero awards. */
    private static String musFacts(Drawn drawn) {
        AccuracyDesign facts = drawn.facts();
        if (facts == null || !facts.mus()) {
            return "";
        }
        return String.format(Locale.UK, " (monetary-unit: %d units fell in %d assessments, interval \u00a3%,.2f; %d "
                + "taken with certainty%s; %s)", unitsOf(facts),
                drawn.sample().n(), facts.interval(), facts.certain().size(), facts.certain().isEmpty() ? ""
                        : ": " + String.join(", ", facts.certain()), facts.zeroAwards() == 0
                        ? "no zero awards in the frame" : String.format(Locale.UK, "%,d zero awards in the frame, "
                        + "which cannot be selected", facts.zeroAwards()));
    }

    private static long unitsOf(AccuracyDesign facts) {
        return facts.frameTotal().divide(facts.interval(), java.math.MathContext.DECIMAL64)
                .setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Whether a stored sample was drawn with this period, types, strata, size and seed. */
    private static boolean sameDesign(AccuracySample stored, AccuracyChecks.Design design) {
        return stored.from().equals(design.from()) && stored.to().equals(design.to())
                && Objects.equals(stored.type(), design.type())
                && (stored.stratify() != null) == design.stratifyByType() && stored.mus() == design.mus()
                && stored.n() == design.n() && stored.seed() == design.seed();
    }

    private void writeWorksheet(AccuracySample sample, Path file) throws IOException {
        PlainTableWriter.write(SampleTables.accuracyWorksheet(sample, store.accuracy().members(sample.id())), file);
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
                            writeWorksheet(sample, file);
                            return file;
                        }).onSuccess(written -> status.set("Worksheet for sample " + sample.id() + " saved to "
                        + written)).onFailure(this::failed)));
    }

    /** A worksheet that passed validation, with the sample it checks and its report, or its problems. */
    private record Read(AccuracyWorksheetReader.Result worksheet, Optional<AccuracySample> sample,
                        List<AccuracySample> samples, AccuracyReport report) {
    }

    /**
     * Imports a completed worksheet: validates and scores it, and shows the score as a preview; nothing is stored
     * until the user finalises it ({@link #finalisePreview}) — as {@code accuracy score --preview} does on the
     * command line.
     */
    public void importWorksheet() {
        if (!idle.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseTableFileToOpen("Import a completed QA worksheet");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        double chosenLevel = level.get();
        busy.set(true);
        status.set("Checking " + file.getFileName() + "\u2026");
        executor.execute(BackgroundTask.of("Reading the worksheet", context -> {
            AccuracyWorksheetReader.Result worksheet = new AccuracyWorksheetReader(store.accuracy(),
                    AccuracyRule::accurate).read(file);
            List<AccuracySample> samples = store.accuracy().samples();
            Optional<AccuracySample> sample = samples.stream().filter(s -> s.id() == worksheet.sampleId())
                    .findFirst();
            return new Read(worksheet, sample, samples, worksheet.accepted() && sample.isPresent()
                    ? new AccuracyChecks(store).report(worksheet.sampleId(), worksheet.checked(), chosenLevel)
                    : null);
        }).onSuccess(read -> {
            AccuracyWorksheetReader.Result worksheet = read.worksheet();
            history.setAll(read.samples());
            if (!worksheet.accepted()) {
                status.set(file.getFileName() + " refused: nothing stored");
                dialogs.showProblems(file.getFileName() + " was refused", file.getFileName() + ": "
                        + worksheet.problemCount() + " problem" + (worksheet.problemCount() == 1 ? "" : "s")
                        + ", nothing stored", worksheet.problemReport());
                return;
            }
            if (read.sample().isEmpty()) {
                failed(new IllegalStateException("sample " + worksheet.sampleId() + " is no longer stored"));
                return;
            }
            selected.set(read.sample().get());
            Preview shown = new Preview(read.sample().get(), file, worksheet, read.report());
            preview.set(shown);
            status.set("Preview of " + file.getFileName() + ": nothing stored yet. Finalise the check to store it"
                    + (shown.version() == 1 ? "" : " as a correction (version " + shown.version() + ")")
                    + ", or discard it.");
        }).onFailure(this::failed).onFinished(() -> busy.set(false)));
    }

    private void rescorePreview() {
        Preview shown = preview.get();
        if (shown != null && level.get() != null) {
            preview.set(new Preview(shown.sample(), shown.file(), shown.worksheet(),
                    AccuracyReport.of(shown.worksheet().checked(), shown.report().design(), level.get())));
        }
    }

    /** Leaves the previewed worksheet unstored. */
    public void discardPreview() {
        Preview shown = preview.get();
        if (shown != null) {
            preview.set(null);
            status.set("Import of " + shown.file().getFileName() + " discarded: nothing stored");
        }
    }

    /**
     * Stores the previewed worksheet as the sample's finalised check. A correction of a finalised check needs its
     * reason: an empty one is asked for again; cancelling stores nothing.
     */
    public void finalisePreview() {
        Preview shown = preview.get();
        if (shown == null || busy.get()) {
            return;
        }
        String reason = null;
        if (shown.version() > 1) {
            Optional<String> answer = correctionReason(shown);
            if (answer.isEmpty()) {
                preview.set(null);
                status.set("Import cancelled: a correction needs its reason; nothing stored");
                return;
            }
            reason = answer.get();
        }
        String why = reason;
        double chosenLevel = level.get();
        long sampleId = shown.sample().id();
        busy.set(true);
        executor.execute(BackgroundTask.of("Storing the check", context -> {
            new AccuracyChecks(store).finalise(sampleId, why, shown.worksheet().source(),
                    shown.worksheet().checked(), chosenLevel);
            return store.accuracy().samples();
        }).onSuccess(samples -> {
            preview.set(null);
            history.setAll(samples);
            status.set("Check of sample " + sampleId + " finalised from " + shown.file().getFileName());
            history.stream().filter(s -> s.id() == sampleId).findFirst().ifPresent(s -> {
                selected.set(null);
                selected.set(s);
            });
        }).onFailure(this::failed).onFinished(() -> busy.set(false)));
    }

    /** Asks why a finalised check is corrected until the user says, or cancels (empty). */
    private Optional<String> correctionReason(Preview shown) {
        String question = "Sample " + shown.sample().id() + " already has a finalised check. This worksheet will be "
                + "stored as a correction (version " + shown.version() + "); the earlier check is kept. Why is it "
                + "corrected?";
        Optional<String> answer = dialogs.askText("Correct a finalised check", question);
        while (answer.isPresent() && answer.get().isBlank()) {
            answer = dialogs.askText("Correct a finalised check", "A correction is stored with its reason, and "
                    + "none was given. Type why sample " + shown.sample().id() + "'s check is corrected (for "
                    + "example \"two amounts re-checked\"), or Cancel to store nothing.");
        }
        return answer.map(String::strip);
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
            AccuracyReport report = checks.isEmpty() ? null
                    : new AccuracyChecks(store).report(checks.get(checks.size() - 1), chosenLevel);
            AccuracyRechecks second = new AccuracyRechecks(store);
            List<RecheckSummary> rechecks = store.rechecks().ofSample(sample.id()).stream().map(r ->
                    new RecheckSummary(r, r.imported() ? second.compare(r.id(), chosenLevel) : null)).toList();
            return new Scored(sample, checks, report, rechecks);
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
