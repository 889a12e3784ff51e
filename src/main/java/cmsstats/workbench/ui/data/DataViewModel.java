package cmsstats.workbench.ui.data;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.ingest.KindDetector;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.model.RowQuery;
import cmsstats.workbench.measures.RevisionCheck;
import cmsstats.workbench.model.Revision;
import cmsstats.workbench.store.ExtractRepository;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskContext;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Data view: the stored extract versions, a page of the selected version's rows read
 * from the store, and imports with progress and cancel. All store and file work runs through the task executor.
 */
public final class DataViewModel {
    public static final int PAGE_SIZE = 200;

    private final ExtractRepository extracts;
    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<ExtractVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<ExtractVersion> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RowPage> page = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final ObjectProperty<RowQuery> rowQuery = new SimpleObjectProperty<>(RowQuery.ALL);
    private final StringProperty rowsFound = new SimpleStringProperty("");
    private final IntegerProperty rowOnPage = new SimpleIntegerProperty(-1);
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty importRunning = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private TaskExecutor.TaskHandle runningImport;
    private Runnable measuresReady = () -> { };
    private long pageRequest;
    private String catalogStamp = "";
    private boolean checkingCatalog;
    private boolean importElsewhere;
    private boolean preparing;
    private boolean prepareAgain;

    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<java.time.LocalDate> editions = FXCollections.observableArrayList();
    private final ObjectProperty<java.time.LocalDate> edition = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> threshold = new SimpleObjectProperty<>(
            RevisionCheck.DEFAULT_THRESHOLD_PCT);
    private final BooleanProperty checkingRevisions = new SimpleBooleanProperty();
    private final StringProperty revisionSummary = new SimpleStringProperty(
            "Compare the measures computed now with the newest published edition.");
    private final HistoryViewModel history;

    public DataViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.extracts = store.extracts();
        this.executor = executor;
        this.dialogs = dialogs;
        this.history = new HistoryViewModel(store, executor);
        selected.addListener((obs, old, version) -> {
            rowQuery.set(RowQuery.ALL);
            pageCount.set(version == null ? 1 : pagesFor(version.rowCount()));
            pageIndex.set(0);
            showPage(0);
        });
        rowQuery.addListener((obs, old, query) -> {
            if (!query.equals(old)) {
                pageIndex.set(0);
                showPage(0);
            }
        });
    }

    /** Reloads the list of versions, keeping the selection when it still exists. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().id());
    }

    private void refresh(Long selectId) {
        refresh(selectId, () -> { });
    }

    private void refresh(Long selectId, Runnable then) {
        executor.execute(BackgroundTask.of("Reading the store", context -> {
                    String stamp = extracts.catalogStamp();
                    return java.util.Map.entry(stamp, extracts.list());
                })
                .onSuccess(read -> {
                    catalogStamp = read.getKey();
                    List<ExtractVersion> list = read.getValue();
                    versions.setAll(list);
                    readEditions();
                    history.load();
                    Optional<ExtractVersion> toSelect = list.stream()
                            .filter(v -> selectId != null && v.id() == selectId).findFirst();
                    selected.set(toSelect.orElse(list.isEmpty() ? null : list.get(list.size() - 1)));
                    then.run();
                })
                .onFailure(error -> {
                    showFailure(error);
                    then.run();
                }));
    }

    /**
     * Looks (cheaply) whether another workbench sharing the store, such as a command run beside the desktop, has
     * committed or removed a version since the list was read; if so, shows the new list and prepares the measures.
     * The window calls it every few seconds; nothing happens while an import of this window's runs.
     */
    public void checkForNewVersions() {
        if (checkingCatalog || importRunning.get() || importElsewhere || catalogStamp.isEmpty()) {
            return;
        }
        checkingCatalog = true;
        executor.execute(BackgroundTask.of("Checking the store for new versions", context -> extracts.catalogStamp())
                .onSuccess(stamp -> {
                    checkingCatalog = false;
                    if (!stamp.equals(catalogStamp)) {
                        catalogStamp = stamp;
                        status.set("The store changed in another workbench: versions updated");
                        refresh();
                        prepareMeasures();
                    }
                })
                .onFailure(error -> {
                    checkingCatalog = false;
                    status.set("Cannot check the store for new versions: " + error.getMessage());
                }));
    }

    /** Shows page {@code index} (0-based) of the selected version; late answers to older requests are dropped. */
    public void showPage(int index) {
        ExtractVersion version = selected.get();
        if (version == null) {
            page.set(null);
            return;
        }
        long request = ++pageRequest;
        RowQuery query = rowQuery.get();
        executor.execute(BackgroundTask.of(query.plain() ? "Reading rows" : "Searching and sorting the rows",
                        context -> extracts.page(version, query, (long) index * PAGE_SIZE, PAGE_SIZE))
                .onSuccess(rows -> {
                    if (request == pageRequest) {
                        pageCount.set(pagesFor(rows.totalRows()));
                        pageIndex.set(index);
                        page.set(rows);
                        rowsFound.set(query.filterText().isEmpty() ? ""
                                : String.format(java.util.Locale.UK, "%,d of %,d rows contain \"%s\"",
                                rows.totalRows(), version.rowCount(), query.filterText()));
                    }
                })
                .onFailure(this::showFailure));
    }

    private static int pagesFor(long rows) {
        return (int) Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Shows the page holding row {@code row} (1-based) of the rows as sorted and searched now. */
    public void goToRow(long row) {
        long last = (long) pageCount.get() * PAGE_SIZE;
        long wanted = Math.max(1, Math.min(row, last));
        rowOnPage.set((int) ((wanted - 1) % PAGE_SIZE));
        showPage((int) ((wanted - 1) / PAGE_SIZE));
    }

    /** The row of the page to select once it is shown (after "go to row"), or -1. */
    public ReadOnlyIntegerProperty rowOnPageProperty() {
        return rowOnPage;
    }

    /** Clears the row to select, once the view has selected it. */
    public void rowShown() {
        rowOnPage.set(-1);
    }

    /** How the rows are shown: sorted by a column and searched, or every row in file order. */
    public ObjectProperty<RowQuery> rowQueryProperty() {
        return rowQuery;
    }

    /** How many rows match the search, or empty with no search. */
    public ReadOnlyStringProperty rowsFoundProperty() {
        return rowsFound;
    }

    /** Imports files: guesses each kind from its header, lets the user confirm, then imports them in order. */
    public void importFiles(List<Path> chosen) {
        if (chosen.isEmpty() || importing.get()) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (Path file : chosen) {
            ExtractImporter.unusable(file).ifPresentOrElse(why -> unusable.add(file.getFileName() + ": " + why),
                    () -> files.add(file));
        }
        if (!unusable.isEmpty()) {
            dialogs.showProblems("Files that cannot be imported", unusable.size() == 1 ? "1 file cannot be read; "
                    + "nothing of it was stored" : unusable.size() + " files cannot be read; nothing of them was "
                    + "stored", unusable);
        }
        if (files.isEmpty()) {
            status.set("Nothing imported: " + (unusable.size() == 1 ? "the file cannot be read"
                    : "the files cannot be read"));
            return;
        }
        importing.set(true);
        status.set("Reading headers\u2026");
        executor.execute(BackgroundTask.of("Reading headers", context -> new Guesses(guessKinds(files),
                        identicalVersions(files)))
                .onSuccess(guesses -> {
                    Optional<Map<Path, ExtractKind>> kinds = dialogs.confirmKinds(guesses.kinds());
                    if (kinds.isPresent() && againIfIdentical(kinds.get(), guesses.identical())) {
                        startImport(kinds.get());
                    } else {
                        importing.set(false);
                        status.set("Import cancelled; the store is unchanged");
                    }
                })
                .onFailure(error -> {
                    importing.set(false);
                    showFailure(error);
                }));
    }

    /** The kinds guessed from the files' headers, and the stored versions each file is byte for byte. */
    private record Guesses(Map<Path, Optional<ExtractKind>> kinds, Map<Path, List<ExtractVersion>> identical) {
    }

    private Map<Path, List<ExtractVersion>> identicalVersions(List<Path> files) throws java.io.IOException {
        Map<Path, List<ExtractVersion>> identical = new LinkedHashMap<>();
        for (Path file : files) {
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.isReadable(file)) {
                List<ExtractVersion> same = extracts.withSha256(ExtractImporter.fingerprint(file));
                if (!same.isEmpty()) {
                    identical.put(file, same);
                }
            }
        }
        return identical;
    }

    /**
     * Asks before importing a file that is already stored byte for byte (same SHA-256); files the user does not
     * want again are dropped from {@code kinds}. False when nothing is left to import.
     */
    private boolean againIfIdentical(Map<Path, ExtractKind> kinds, Map<Path, List<ExtractVersion>> identical) {
        List<Path> repeated = kinds.keySet().stream().filter(identical::containsKey).toList();
        if (repeated.isEmpty()) {
            return true;
        }
        String list = repeated.stream().map(file -> file.getFileName() + " is identical to version "
                + identical.get(file).stream().map(v -> v.id() + " (" + v.kind().id() + ", " + v.sourceFile() + ")")
                .collect(java.util.stream.Collectors.joining(", "))).collect(java.util.stream.Collectors.joining("\n"));
        boolean again = dialogs.confirm("Files already stored", list + "\n\nImporting "
                + (repeated.size() == 1 ? "it" : "them") + " again adds a new version with the same rows.",
                "Import again");
        if (!again) {
            repeated.forEach(kinds::remove);
        }
        return !kinds.isEmpty();
    }

    private static Map<Path, Optional<ExtractKind>> guessKinds(List<Path> files) {
        Map<Path, Optional<ExtractKind>> guesses = new LinkedHashMap<>();
        files.forEach(file -> guesses.put(file, KindDetector.detect(file)));
        return guesses;
    }

    private void startImport(Map<Path, ExtractKind> kinds) {
        List<Map.Entry<Path, ExtractKind>> ordered = new ArrayList<>(kinds.entrySet());
        // cases before case_months, whose case ids are checked against the newest cases
        ordered.sort(Comparator.comparing(Map.Entry::getValue));
        progress.set(-1);
        importRunning.set(true);
        runningImport = executor.execute(BackgroundTask.of("Importing", context -> importAll(ordered, context))
                        .onSuccess(this::reportImports)
                        .onCancelled(() -> status.set("Import cancelled; the store is unchanged"))
                        .onFailure(this::showFailure)
                        .onFinished(this::importEnded),
                (fraction, message) -> {
                    progress.set(fraction);
                    status.set(message);
                });
    }

    private List<ImportResult> importAll(List<Map.Entry<Path, ExtractKind>> files, TaskContext context)
            throws java.io.IOException {
        ExtractImporter importer = new ExtractImporter(store);
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i).getKey();
            String prefix = files.size() == 1 ? "" : "File " + (i + 1) + " of " + files.size() + ": ";
            TaskContext fileContext = new TaskContext() {
                @Override
                public void progress(long done, long total) {
                    context.progress(done, total);
                }

                @Override
                public void message(String text) {
                    context.message(prefix + text);
                }

                @Override
                public boolean isCancelled() {
                    return context.isCancelled();
                }
            };
            ImportResult result = importer.importFile(file, files.get(i).getValue(), fileContext);
            results.add(result);
            if (result.cancelled()) {
                break;
            }
        }
        return results;
    }

    private void importEnded() {
        importing.set(false);
        importRunning.set(false);
        runningImport = null;
    }

    /**
     * Makes sure every committed version has its columnar copy for the measures (a store made before the analytic
     * engine, or one whose copy was lost, is rebuilt from H2 in the background, with progress), then tells the
     * other views to re-read the store. After an import there is nothing to rebuild: the copy was written with it.
     */
    public void prepareMeasures() {
        if (preparing) {
            // one preparation at a time, or the second would take the first's progress line for the status to
            // go back to; the versions committed meanwhile are prepared straight after
            prepareAgain = true;
            return;
        }
        preparing = true;
        String before = status.get() == null ? "" : status.get();
        String summary = before.isEmpty() ? "" : before + " \u2014 ";
        executor.execute(BackgroundTask.of("Preparing the measures", context -> {
            store.analytics().rebuildMissing(context);
            return null;
        }).onSuccess(done -> {
            // the progress line has done its job: the status goes back to what it said before
            status.set(before);
            measuresReady.run();
        }).onFailure(error -> status.set(summary + "the measures could not be prepared: " + error.getMessage()))
                .onFinished(this::preparedOnce), (fraction, message) -> status.set(summary + message
                + (fraction >= 0 ? String.format(" (%.0f%%)", fraction * 100) : "")));
    }

    private void preparedOnce() {
        preparing = false;
        if (prepareAgain) {
            prepareAgain = false;
            prepareMeasures();
        }
    }

    /**
     * Says that this window is importing outside the Data section (the first run's sample data), so that the
     * store's changes meanwhile are not taken for another workbench's, until {@link #importedElsewhere}.
     */
    public void importingElsewhere() {
        importElsewhere = true;
    }

    /** That import has ended: the list of versions is read again, and then the store is watched again. */
    public void importedElsewhere() {
        refresh(selected.get() == null ? null : selected.get().id(), () -> importElsewhere = false);
    }

    private void reportImports(List<ImportResult> results) {
        importEnded();
        long accepted = results.stream().filter(ImportResult::accepted).count();
        long refused = results.stream().filter(r -> !r.accepted() && !r.cancelled()).count();
        List<String> parts = new ArrayList<>();
        if (accepted > 0) {
            parts.add("Imported " + accepted + (accepted == 1 ? " file" : " files"));
        }
        if (refused > 0) {
            parts.add((accepted > 0 ? "refused " : "Refused ") + refused + (refused == 1 ? " file" : " files")
                    + " (nothing of it stored)");
        }
        results.stream().filter(ImportResult::cancelled).findFirst().ifPresent(stopped ->
                parts.add((parts.isEmpty() ? "Cancelled" : "cancelled") + " at " + stopped.file()
                        + ": nothing of it was stored"));
        status.set(String.join(", ", parts));
        if (accepted > 0) {
            prepareMeasures();
        }
        Long newest = results.stream().filter(ImportResult::accepted).map(r -> r.version().id())
                .reduce((a, b) -> b).orElse(selected.get() == null ? null : selected.get().id());
        refresh(newest);
        results.stream().filter(r -> !r.accepted() && !r.cancelled()).forEach(r ->
                dialogs.showProblems(r.file() + " was refused", r.summary() + ". Correct the file and import it "
                        + "again.", r.problemReport()));
    }

    /** The History tab's state: the store's audit trail. */
    public HistoryViewModel history() {
        return history;
    }

    /** What to do each time the measures are ready after new extracts (other views re-read the store). */
    public void onMeasuresReady(Runnable action) {
        this.measuresReady = action;
    }

    /** Reads the published editions there are to compare with, newest first. */
    public void readEditions() {
        executor.execute(BackgroundTask.of("Reading the published editions", context -> new RevisionCheck(store)
                        .editions())
                .onSuccess(list -> {
                    editions.setAll(list);
                    if (edition.get() == null || !list.contains(edition.get())) {
                        edition.set(list.isEmpty() ? null : list.get(0));
                    }
                })
                .onFailure(this::showFailure));
    }

    /** The published editions to compare with, newest first. */
    public ObservableList<java.time.LocalDate> editions() {
        return editions;
    }

    /** The edition compared with (the newest by default). */
    public ObjectProperty<java.time.LocalDate> editionProperty() {
        return edition;
    }

    /** The move, in percent of the published figure, from which a figure counts as revised. */
    public ObjectProperty<BigDecimal> thresholdProperty() {
        return threshold;
    }

    /** Compares the chosen published edition with the measures computed now, in the background. */
    public void checkRevisions() {
        BigDecimal limit = threshold.get();
        if (limit == null) {
            revisionSummary.set("Revision threshold: expected a percentage above 0 such as 5");
            return;
        }
        checkingRevisions.set(true);
        revisionSummary.set("Computing the measures\u2026");
        Optional<java.time.LocalDate> chosen = Optional.ofNullable(edition.get());
        executor.execute(BackgroundTask.of("Checking revisions", context ->
                        new RevisionCheck(store).check(chosen, limit))
                .onSuccess(result -> {
                    revisions.setAll(result.revisions());
                    int figures = result.revisions().size();
                    revisionSummary.set("Edition " + result.edition() + ": " + figures
                            + (figures == 1 ? " published figure, " : " published figures, ") + result.flaggedCount()
                                    + " moved by " + limit.stripTrailingZeros()
                            .toPlainString() + "% or more (revised)");
                })
                .onFailure(error -> revisionSummary.set(error.getMessage()))
                .onFinished(() -> checkingRevisions.set(false)));
    }

    public BooleanProperty checkingRevisionsProperty() {
        return checkingRevisions;
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public StringProperty revisionSummaryProperty() {
        return revisionSummary;
    }

    /** Asks the running import to stop; it cleans up and reports that nothing was stored. */
    public void cancelImport() {
        if (runningImport != null) {
            status.set("Cancelling\u2026");
            runningImport.cancel();
        }
    }

    private void showFailure(Exception error) {
        status.set("Failed: " + error.getMessage());
        dialogs.showError("Something went wrong", error.getMessage() == null ? error.toString()
                : error.getMessage());
    }

    public ObservableList<ExtractVersion> versions() {
        return versions;
    }

    public ObjectProperty<ExtractVersion> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RowPage> pageProperty() {
        return page;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    /** True while files are being imported (and can be cancelled). */
    public BooleanProperty importRunningProperty() {
        return importRunning;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
