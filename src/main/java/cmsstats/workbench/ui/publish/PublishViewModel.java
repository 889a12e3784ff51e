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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Publish view: the release month and span, the tables and formats chosen, a preview of
 * one table as it will be published, chart thumbnails, the export (checked, with progress and cancel) and a check
 * of any workbook.
 */
public final class PublishViewModel {
    /** A chart thumbnail: the chart and its PNG. */
    public record Thumbnail(ChartSpec spec, byte[] png) {
    }

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    final ObjectProperty<YearMonth> period = new SimpleObjectProperty<>();
    final ObjectProperty<YearMonth> from = new SimpleObjectProperty<>();
    final ObservableList<TableDef> tables = FXCollections.observableArrayList(ReleaseTables.all());
    final ObservableList<TableDef> chosen = FXCollections.observableArrayList(ReleaseTables.all());
    final ObservableList<String> formats = FXCollections.observableArrayList(ReleaseWriter.FORMATS);
    final ObjectProperty<TableDef> previewed = new SimpleObjectProperty<>();
    final ObjectProperty<Sheet> preview = new SimpleObjectProperty<>();
    /** The notes the previewed table refers to, as "[note N] text". */
    final ObservableList<String> previewNotes = FXCollections.observableArrayList();
    final ObservableList<Thumbnail> thumbnails = FXCollections.observableArrayList();
    final BooleanProperty exporting = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty status = new SimpleStringProperty("");
    final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private TaskExecutor.TaskHandle running;
    private long previewRequest;

    public PublishViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        previewed.addListener((obs, old, def) -> showPreview());
        period.addListener((obs, old, value) -> {
            showPreview();
            drawThumbnails();
        });
        from.addListener((obs, old, value) -> {
            showPreview();
            drawThumbnails();
        });
    }

    /** Defaults the release month to the newest month of the case-months extract. */
    public void refresh() {
        executor.execute(BackgroundTask.of("Reading the store", context -> store.extracts()
                .newest(ExtractKind.CASE_MONTHS).map(v -> store.samples().frameMonths(v)).orElse(List.of()))
                .onSuccess(months -> {
                    if (period.get() == null) {
                        YearMonth newest = months.isEmpty() ? YearMonth.now().minusMonths(2) : months.get(0);
                        from.set(ReleaseOptions.defaults(newest).from());
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

    private Optional<ReleaseOptions> options() {
        if (period.get() == null || from.get() == null || from.get().isAfter(period.get())) {
            return Optional.empty();
        }
        ReleaseOptions defaults = ReleaseOptions.defaults(period.get());
        return Optional.of(new ReleaseOptions(period.get(), from.get(), chosen.stream().map(TableDef::id).toList(),
                Set.of(), defaults.threshold(), defaults.releaseDate(), defaults.nextRelease(), defaults.status(),
                defaults.contact()));
    }

    private void showPreview() {
        TableDef def = previewed.get();
        Optional<ReleaseOptions> options = options();
        long request = ++previewRequest;
        if (def == null || options.isEmpty()) {
            preview.set(null);
            return;
        }
        ReleaseOptions one = new ReleaseOptions(options.get().period(), options.get().from(), List.of(def.id()),
                Set.of(), options.get().threshold(), options.get().releaseDate(), options.get().nextRelease(),
                options.get().status(), options.get().contact());
        executor.execute(BackgroundTask.of("Previewing the table", context -> new ReleaseBuilder(store).build(one)
                .workbook().sheets()).onSuccess(sheets -> {
                    if (request == previewRequest) {
                        // a one-table workbook: Cover, Contents, Notes, the table
                        previewNotes.setAll(sheets.get(2).table().rows().stream().map(row -> row.get(0).text() + " "
                                + row.get(1).text()).toList());
                        preview.set(sheets.get(3));
                    }
                }).onFailure(this::failed));
    }

    private void drawThumbnails() {
        Optional<ReleaseOptions> options = options();
        if (options.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of("Drawing the charts", context -> {
            List<Thumbnail> drawn = new ArrayList<>();
            Path temp = Files.createTempFile("cms-thumbnail", ".png");
            try {
                for (ChartSpec spec : ChartCatalog.all()) {
                    ChartData data;
                    try {
                        data = new ChartLoader(store).load(new ChartLoader.Request(spec, Optional.of(options.get()
                                .from()), Optional.of(options.get().period()), Optional.empty(), false));
                    } catch (RuntimeException noData) {
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

    /** Writes the release to a chosen directory, in the background, with progress and cancel. */
    public void export() {
        Optional<ReleaseOptions> options = options();
        if (options.isEmpty() || exporting.get()) {
            return;
        }
        if (chosen.isEmpty() || formats.isEmpty()) {
            dialogs.showError("Nothing to publish", "Choose at least one table and one format.");
            return;
        }
        Optional<Path> directory = dialogs.chooseDirectory("Write the release to", null);
        if (directory.isEmpty()) {
            return;
        }
        exporting.set(true);
        written.set(null);
        progress.set(-1);
        Set<String> chosenFormats = new LinkedHashSet<>(formats);
        running = executor.execute(BackgroundTask.of("Publishing", context -> new ReleaseWriter(store)
                                .write(options.get(), chosenFormats, directory.get(), context))
                        .onSuccess(result -> {
                            written.set(result.directory());
                            status.set("Release written to " + result.directory() + ": " + result.files().size()
                                    + " files, checked against the publication rules"
                                    + (result.warnings().isEmpty() ? "" : "; " + result.warnings().size()
                                    + " tables or columns have no figures ([x])"));
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
