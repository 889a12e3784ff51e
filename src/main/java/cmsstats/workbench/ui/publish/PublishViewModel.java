package cmsstats.workbench.ui.publish;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.publish.chart.ChartCatalog;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.chart.ChartLoader;
import cmsstats.workbench.publish.chart.ChartPainter;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.publish.release.ReleaseBuilder;
import cmsstats.workbench.publish.release.ReleaseChecker;
import cmsstats.workbench.publish.release.ReleaseOptions;
import cmsstats.workbench.publish.release.ReleaseTables;
import cmsstats.workbench.publish.release.ReleaseWriter;
import cmsstats.workbench.publish.release.Sheet;
import cmsstats.workbench.publish.release.TableDef;
import cmsstats.workbench.publish.release.WorkbookView;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and actions of the Publish view: the release month and span, the release date, status, suppression threshold
 * and unrounded tables (validated by {@link ReleaseOptions}, whose defaults the command line shares), the tables and
 * formats chosen, a preview of one table as it will be published, chart thumbnails, the export (checked, with
 * progress and cancel) and a check of any workbook.
 * <p>
 * Where the release goes: into a new folder named {@link ReleaseOptions#folderName()} ("cms-statistics-2016-08")
 * inside the folder the user picks. The full path is shown for confirmation before anything is written; when that
 * folder already holds files, a warning names them and the user must agree to write among them. Cancelling either
 * writes nothing.
 */
public final class PublishViewModel {
    /** A chart thumbnail: the chart and its PNG. */
    public record Thumbnail(ChartSpec spec, byte[] png) {
    }

    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> releaseDate = new SimpleObjectProperty<>();
    private final StringProperty releaseStatus = new SimpleStringProperty(ReleaseOptions.DEFAULT_STATUS);
    private final ObjectProperty<Integer> threshold = new SimpleObjectProperty<>(ReleaseOptions.DEFAULT_THRESHOLD);
    private final ObservableList<TableDef> tables = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(ReleaseTables.all()));
    private final ObservableList<TableDef> chosen = FXCollections.observableArrayList(ReleaseTables.all());
    private final ObservableList<TableDef> unrounded = FXCollections.observableArrayList();
    private final ObservableList<String> formats = FXCollections.observableArrayList(ReleaseWriter.FORMATS);
    private final ObjectProperty<TableDef> previewed = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Sheet> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> previewNotes = FXCollections.observableArrayList();
    private final ObservableList<String> previewNotesShown = FXCollections.unmodifiableObservableList(previewNotes);
    private final ObservableList<Thumbnail> thumbnails = FXCollections.observableArrayList();
    private final ObservableList<Thumbnail> thumbnailsShown = FXCollections.unmodifiableObservableList(thumbnails);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    /** The folder last picked for a release this session, where the next folder chooser starts. */
    private Path lastFolder;
    private TaskExecutor.TaskHandle running;
    private long previewRequest;

    public PublishViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        previewed.addListener((obs, old, def) -> showPreview());
        period.addListener((obs, old, value) -> {
            if (value != null) {
                releaseDate.set(ReleaseOptions.defaultReleaseDate(value));
            }
            optionsChanged();
            drawThumbnails();
        });
        from.addListener((obs, old, value) -> {
            optionsChanged();
            drawThumbnails();
        });
        releaseDate.addListener((obs, old, value) -> validate());
        releaseStatus.addListener((obs, old, value) -> validate());
        threshold.addListener((obs, old, value) -> optionsChanged());
        unrounded.addListener((ListChangeListener<TableDef>) change -> optionsChanged());
        chosen.addListener((ListChangeListener<TableDef>) change -> validate());
        formats.addListener((ListChangeListener<String>) change -> validate());
        validate();
    }

    /** The release month, the tables' last row. */
    public ObjectProperty<YearMonth> periodProperty() {
        return period;
    }

    /** The tables' first month. */
    public ObjectProperty<YearMonth> fromProperty() {
        return from;
    }

    /** The publication date; follows the release month (its default) until changed. */
    public ObjectProperty<LocalDate> releaseDateProperty() {
        return releaseDate;
    }

    /** The status on the cover, one of {@link #statuses()}. */
    public StringProperty releaseStatusProperty() {
        return releaseStatus;
    }

    /** The suppression threshold: counts from 1 to threshold - 1 are suppressed. */
    public ObjectProperty<Integer> thresholdProperty() {
        return threshold;
    }

    /** The statuses a release can carry. */
    public List<String> statuses() {
        return ReleaseOptions.STATUSES;
    }

    /** Every table the release can hold, in release order. */
    public ObservableList<TableDef> tables() {
        return tables;
    }

    /** The tables to publish. */
    public ObservableList<TableDef> chosen() {
        return chosen;
    }

    /** The tables to publish unrounded (their measures unrounded wherever they appear). */
    public ObservableList<TableDef> unrounded() {
        return unrounded;
    }

    /** The formats to write, of {@link ReleaseWriter#FORMATS}. */
    public ObservableList<String> formats() {
        return formats;
    }

    /** The table previewed. */
    public ObjectProperty<TableDef> previewedProperty() {
        return previewed;
    }

    /** The previewed table's sheet as published, or null. */
    public ReadOnlyObjectProperty<Sheet> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The notes the previewed table refers to, as "[note N] text". */
    public ObservableList<String> previewNotes() {
        return previewNotesShown;
    }

    public ObservableList<Thumbnail> thumbnails() {
        return thumbnailsShown;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What is wrong with the options, or "" when they make a release. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The folder the last release was written to, or null. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Says so when the desktop cannot open the release's folder itself. */
    public void cannotOpen(Path folder) {
        status.set("The release is in " + folder + " (this desktop cannot open folders from Java)");
    }

    /** Defaults the release month to the newest month of the case-months extract. */
    public void refresh() {
        executor.execute(BackgroundTask.of("Reading the store", context -> store.extracts()
                .newest(ExtractKind.CASE_MONTHS).map(v -> store.samples().frameMonths(v)).orElse(List.of()))
                .onSuccess(months -> {
                    if (period.get() == null) {
                        YearMonth newest = months.isEmpty() ? YearMonth.now().minusMonths(2) : months.get(0);
                        from.set(ReleaseOptions.defaultFrom(newest));
                        period.set(newest);
                    } else {
                        showPreview(); // the store may have new extracts
                        drawThumbnails();
                    }
                    if (previewed.get() == null) {
                        previewed.set(tables.get(0));
                    }
                }).onFailure(this::failed));
    }

    private void optionsChanged() {
        validate();
        showPreview();
    }

    /** Checks the options as {@link ReleaseOptions} does, and says what is wrong. */
    private void validate() {
        if (options(chosen.stream().map(TableDef::id).toList()).isPresent()) {
            problem.set(chosen.isEmpty() ? "Choose at least one table." : formats.isEmpty()
                    ? "Choose at least one format." : "");
        }
    }

    /** The options for these tables, or empty (with {@link #problem} saying why) when they are not valid. */
    private Optional<ReleaseOptions> options(List<String> tableIds) {
        if (period.get() == null || from.get() == null) {
            problem.set("Give the release month and the first month as YYYY-MM.");
            return Optional.empty();
        }
        if (threshold.get() == null) {
            problem.set("Give the suppression threshold as a whole number, 1 or more.");
            return Optional.empty();
        }
        try {
            return Optional.of(ReleaseOptions.of(period.get(), from.get(), tableIds, unrounded.stream()
                    .map(TableDef::id).collect(Collectors.toSet()), threshold.get(), releaseDate.get(),
                    releaseStatus.get()));
        } catch (IllegalArgumentException e) {
            problem.set(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
            return Optional.empty();
        }
    }

    private void showPreview() {
        TableDef def = previewed.get();
        long request = ++previewRequest;
        Optional<ReleaseOptions> one = def == null ? Optional.empty() : options(List.of(def.id()));
        if (one.isEmpty()) {
            preview.set(null);
            previewNotes.clear();
            return;
        }
        executor.execute(BackgroundTask.of("Previewing the table", context -> new ReleaseBuilder(store)
                .build(one.get()).workbook().sheets()).onSuccess(sheets -> {
                    if (request == previewRequest) {
                        // a one-table workbook: Cover, Contents, Notes, the table
                        previewNotes.setAll(sheets.get(2).table().rows().stream().map(row -> row.get(0).text() + " "
                                + row.get(1).text()).toList());
                        preview.set(sheets.get(3));
                    }
                }).onFailure(this::failed));
    }

    private void drawThumbnails() {
        if (period.get() == null || from.get() == null || from.get().isAfter(period.get())) {
            return;
        }
        YearMonth first = from.get();
        YearMonth last = period.get();
        executor.execute(BackgroundTask.of("Drawing the charts", context -> {
            List<Thumbnail> drawn = new ArrayList<>();
            Path temp = Files.createTempFile("cms-thumbnail", ".png");
            try {
                for (ChartSpec spec : ChartCatalog.all()) {
                    ChartData data;
                    try {
                        data = new ChartLoader(store).load(new ChartLoader.Request(spec, Optional.of(first),
                                Optional.of(last), Optional.empty(), false));
                    } catch (cmsstats.workbench.measures.MeasureException noData) {
                        continue;
                    }
                    ChartExport.png(data, ChartPainter.Options.ALL, temp, ChartExport.DEFAULT_WIDTH,
                            ChartExport.DEFAULT_HEIGHT, 0.3, false);
                    drawn.add(new Thumbnail(spec, Files.readAllBytes(temp)));
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return drawn;
        }).onSuccess(thumbnails::setAll).onFailure(this::failed));
    }

    /**
     * Writes the release into its own folder inside a chosen one: asks for the folder, shows the full target path
     * for confirmation (a warning naming the files already there, when there are any), then writes in the
     * background with progress and cancel. Declining any step writes nothing.
     */
    public void export() {
        if (exporting.get()) {
            return;
        }
        Optional<ReleaseOptions> options = options(chosen.stream().map(TableDef::id).toList());
        validate();
        if (options.isEmpty() || !problem.get().isEmpty()) {
            dialogs.showError("The release cannot be written yet", problem.get());
            return;
        }
        Optional<Path> folder = dialogs.chooseDirectory("Choose where to put the release folder "
                + options.get().folderName(), lastFolder);
        if (folder.isEmpty()) {
            return;
        }
        lastFolder = folder.get();
        Path target = folder.get().toAbsolutePath().normalize().resolve(options.get().folderName());
        executor.execute(BackgroundTask.of("Looking at the release folder", context -> ReleaseWriter.othersIn(target))
                .onSuccess(present -> confirmAndWrite(options.get(), target, present)).onFailure(this::failed));
    }

    private void confirmAndWrite(ReleaseOptions options, Path target, List<String> present) {
        Set<String> chosenFormats = new LinkedHashSet<>(formats);
        String what = "The release for " + MONTH.format(options.period()) + " (" + options.tables().size() + " tables; "
                + String.join(", ", chosenFormats).toUpperCase(java.util.Locale.ROOT) + ")";
        boolean agreed = present.isEmpty()
                ? dialogs.confirm("Write the release", what + " will be written into the folder\n" + target
                        + (Files.isDirectory(target) ? "\n(it exists and is empty)." : "\n(a new folder)."),
                        "Write the release")
                : dialogs.warn("The release folder is not empty", target + " already holds " + present.size()
                        + " file(s): " + ReleaseWriter.sample(present) + ".\n" + what + " would be written among "
                        + "them: files of the same name are replaced, the others stay beside the release "
                        + "(manifest.json lists the release's own files). Choose another folder to keep the release "
                        + "apart.", "Write among them");
        if (!agreed) {
            status.set("Publishing cancelled; nothing written");
            return;
        }
        exporting.set(true);
        written.set(null);
        progress.set(-1);
        running = executor.execute(BackgroundTask.of("Publishing", context -> new ReleaseWriter(store)
                                .write(options, chosenFormats, target, context))
                        .onSuccess(result -> {
                            written.set(result.directory());
                            status.set("Release written to " + result.directory() + ": " + result.files().size()
                                    + " files, checked against the publication rules"
                                    + (result.warnings().isEmpty() ? "" : "; " + result.warnings().size()
                                    + " tables or columns have no figures ([x])"));
                            if (!result.warnings().isEmpty()) {
                                dialogs.showInformation("Tables without figures", "The release was written; these "
                                        + "tables or columns show [x] because the store has nothing for them:\n\n"
                                        + String.join("\n", result.warnings()));
                            }
                        })
                        .onCancelled(() -> status.set("Publishing cancelled; nothing written"))
                        .onFailure(error -> {
                            if (error instanceof ReleaseWriter.RefusedException refused) {
                                dialogs.showProblems("The release was refused", refused.getMessage(),
                                        refused.breaches().stream().map(Object::toString).toList());
                            } else {
                                failed(error);
                            }
                        })
                        .onFinished(() -> {
                            exporting.set(false);
                            progress.set(0);
                            running = null;
                        }),
                (fraction, message) -> {
                    progress.set(fraction);
                    status.set(message);
                });
    }

    public void cancel() {
        if (running != null) {
            status.set("Cancelling\u2026");
            running.cancel();
        }
    }

    /** Checks any workbook against the publication rules and shows each breach. */
    public void checkWorkbook() {
        dialogs.chooseTableFileToOpen("Check a workbook").ifPresent(file -> executor.execute(BackgroundTask.of(
                "Checking the workbook", context -> ReleaseChecker.check(file)).onSuccess(breaches -> {
                    if (breaches.isEmpty()) {
                        dialogs.showInformation("No breaches", file.getFileName() + " follows the publication rules.");
                    } else {
                        dialogs.showProblems(file.getFileName() + " breaks publication rules", file.getFileName() + ": "
                                + breaches.size() + " breaches", breaches.stream().map(WorkbookView.Breach::toString)
                                .toList());
                    }
                }).onFailure(this::failed)));
    }

    private void failed(Exception error) {
        status.set("Failed: " + error.getMessage());
        dialogs.showError("Publish", error.getMessage() == null ? error.toString() : error.getMessage());
    }
}
