package cmsstats.workbench.ui.explore;

import cmsstats.workbench.measures.CrossTable;
import cmsstats.workbench.measures.CrossTableBuilder;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.measures.RecordsFinder;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import cmsstats.workbench.publish.chart.Labels;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.explore.ExploreChart;
import cmsstats.workbench.publish.explore.QueryFile;
import cmsstats.workbench.publish.explore.ShownTable;
import cmsstats.workbench.publish.explore.TableExport;
import cmsstats.workbench.store.SavedQueryRepository;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.Failures;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Explore section: the query being built (measures of one unit, periods in the rows,
 * up to two breakdowns crossed in the columns, filters, months, rounding), what each choice cannot take and why,
 * and the built table as {@link ShownTable} shows it. Every change builds the table again on a background task;
 * a new build cancels the one still running.
 */
public final class ExploreViewModel {
    /** At most this many columns are drawn as chart series; a wider table draws its total columns only. */
    private static final List<String> TABLE_EXTENSIONS = List.of("csv", "xlsx", "ods", "json");

    /** One measure of the catalogue as the list offers it: whether it is chosen, and why it cannot be. */
    public static final class MeasureOption {
        private final MeasureDefinition definition;
        private final BooleanProperty chosen = new SimpleBooleanProperty();
        private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");

        private MeasureOption(MeasureDefinition definition) {
            this.definition = definition;
        }

        public MeasureDefinition definition() {
            return definition;
        }

        /** Whether the measure is in the table. */
        public BooleanProperty chosen() {
            return chosen;
        }

        /** Why the measure cannot be added to the table as it stands, or empty when it can. */
        public ReadOnlyStringProperty refusal() {
            return refusal.getReadOnlyProperty();
        }

        @Override
        public String toString() {
            return definition.title();
        }
    }

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<MeasureOption> measures;
    private final ReadOnlyObjectWrapper<Periodicity> rows = new ReadOnlyObjectWrapper<>(Periodicity.MONTH);
    private final Map<Periodicity, ReadOnlyStringWrapper> rowsRefusals = new EnumMap<>(Periodicity.class);
    private final ReadOnlyObjectWrapper<Breakdown> firstColumn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Breakdown> secondColumn = new ReadOnlyObjectWrapper<>();
    private final Map<Breakdown, ReadOnlyStringWrapper> breakdownRefusals = new EnumMap<>(Breakdown.class);
    private final Map<Breakdown, ObservableList<String>> filters = new EnumMap<>(Breakdown.class);
    /** The breakdowns every chosen measure supports: those a filter is offered for. */
    private final ObservableList<Breakdown> filterable = FXCollections.observableArrayList(Breakdown.values());
    private final ReadOnlyStringWrapper from = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper to = new ReadOnlyStringWrapper("");
    private final BooleanProperty rounded = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ShownTable> shown = new ReadOnlyObjectWrapper<>();
    /** What the result area says in place of the table: how to start, the empty reason, or the refusal. */
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> savedQueries = FXCollections.observableArrayList();
    private final RecordsViewModel records;
    private TaskExecutor.TaskHandle running;
    private long request;
    /** While a query file's choices are put in place: they are checked and built once, at the end. */
    private boolean applying;

    public ExploreViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.records = new RecordsViewModel(store, executor, dialogs);
        List<MeasureOption> options = new ArrayList<>();
        for (MeasureDefinition definition : MeasureCatalog.all()) {
            MeasureOption option = new MeasureOption(definition);
            option.chosen.addListener((obs, old, on) -> {
                if (on && !option.refusal.get().isEmpty() && !applying) {
                    option.chosen.set(false);
                    return;
                }
                changed();
            });
            options.add(option);
        }
        measures = FXCollections.observableArrayList(options);
        for (Periodicity p : Periodicity.values()) {
            rowsRefusals.put(p, new ReadOnlyStringWrapper(""));
        }
        for (Breakdown b : Breakdown.values()) {
            breakdownRefusals.put(b, new ReadOnlyStringWrapper(""));
            filters.put(b, FXCollections.observableArrayList());
        }
        rounded.addListener((obs, old, on) -> build());
        changed();
    }

    /** The catalogue's measures, in its order. */
    ObservableList<MeasureOption> measures() {
        return FXCollections.unmodifiableObservableList(measures);
    }

    /** The measures chosen, in the catalogue's order. */
    List<String> chosenMeasures() {
        return measures.stream().filter(m -> m.chosen.get()).map(m -> m.definition.id()).toList();
    }

    /** Chooses a measure by id, or leaves it out; refused when it cannot join the chosen ones. */
    boolean chooseMeasure(String id, boolean on) {
        MeasureOption option = measures.stream().filter(m -> m.definition.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure " + id));
        option.chosen.set(on);
        return option.chosen.get() == on;
    }

    ReadOnlyObjectProperty<Periodicity> rows() {
        return rows.getReadOnlyProperty();
    }

    /** Why the rows cannot be periods of this length with the chosen measures, or empty when they can. */
    ReadOnlyStringProperty rowsRefusal(Periodicity periodicity) {
        return rowsRefusals.get(periodicity).getReadOnlyProperty();
    }

    /** Puts periods of this length in the rows, unless a chosen measure cannot be given by them. */
    boolean chooseRows(Periodicity periodicity) {
        if (!rowsRefusals.get(periodicity).get().isEmpty()) {
            return false;
        }
        rows.set(periodicity);
        changed();
        return true;
    }

    /** The breakdown of the columns' outer (0) or inner (1) level, or null for none. */
    ReadOnlyObjectProperty<Breakdown> column(int level) {
        return (level == 0 ? firstColumn : secondColumn).getReadOnlyProperty();
    }

    /** Why a breakdown cannot be used (crossed or filtered) with the chosen measures, or empty when it can. */
    ReadOnlyStringProperty breakdownRefusal(Breakdown breakdown) {
        return breakdownRefusals.get(breakdown).getReadOnlyProperty();
    }

    /** Why a breakdown cannot go in a level of the columns, or empty when it can; null (none) always can. */
    String columnRefusal(int level, Breakdown breakdown) {
        if (breakdown == null) {
            return "";
        }
        String refused = breakdownRefusals.get(breakdown).get();
        if (!refused.isEmpty()) {
            return refused;
        }
        Breakdown other = level == 0 ? secondColumn.get() : firstColumn.get();
        if (breakdown == other) {
            return Labels.breakdown(breakdown) + " is already the " + (level == 0 ? "second" : "first")
                    + " column breakdown";
        }
        if (level == 1 && firstColumn.get() == null) {
            return "choose the first column breakdown before a second";
        }
        return "";
    }

    /** Splits the columns by a breakdown at a level (null: none); refused with the reason's words unchanged. */
    boolean chooseColumn(int level, Breakdown breakdown) {
        if (!columnRefusal(level, breakdown).isEmpty()) {
            return false;
        }
        if (level == 0) {
            firstColumn.set(breakdown);
            if (breakdown == null) {
                // the second level moves up: a table is split by its first breakdown first
                firstColumn.set(secondColumn.get());
                secondColumn.set(null);
            }
        } else {
            secondColumn.set(breakdown);
        }
        changed();
        return true;
    }

    /** The breakdowns a filter is offered for: those every chosen measure supports. */
    ObservableList<Breakdown> filterable() {
        return FXCollections.unmodifiableObservableList(filterable);
    }

    /** The values a breakdown's filter keeps; empty when it keeps them all (no filter). */
    ObservableList<String> filter(Breakdown breakdown) {
        return FXCollections.unmodifiableObservableList(filters.get(breakdown));
    }

    /** Keeps only these values of a breakdown (none or all of them: no filter). */
    boolean chooseFilter(Breakdown breakdown, List<String> values) {
        if (!values.isEmpty() && !breakdownRefusals.get(breakdown).get().isEmpty()) {
            return false;
        }
        List<String> kept = breakdown.codes().stream().filter(values::contains).toList();
        List<String> wanted = kept.size() == breakdown.codes().size() ? List.of() : kept;
        if (!wanted.equals(filters.get(breakdown))) {
            filters.get(breakdown).setAll(wanted);
            changed();
        }
        return true;
    }

    /** The first month as typed (YYYY-MM), or empty for the data's first. */
    ReadOnlyStringProperty from() {
        return from.getReadOnlyProperty();
    }

    /** The last month as typed (YYYY-MM), or empty for the data's last. */
    ReadOnlyStringProperty to() {
        return to.getReadOnlyProperty();
    }

    void setFrom(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.equals(from.get())) {
            from.set(value);
            build();
        }
    }

    void setTo(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.equals(to.get())) {
            to.set(value);
            build();
        }
    }

    /** Whether figures are shown rounded as the release rounds them. */
    BooleanProperty rounded() {
        return rounded;
    }

    /** The built table, or null while there is none to show. */
    ReadOnlyObjectProperty<ShownTable> shown() {
        return shown.getReadOnlyProperty();
    }

    /** What the result area says in place of the table, or empty when a table with rows is shown. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The status line: the table's size, or what was written. */
    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Whether a table is being built. */
    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Builds the table again from the newest extracts (after an import, or when the section is shown). */
    public void refresh() {
        listSaved();
        build();
    }

    /** Stops the build still running; the table shown stays. */
    void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
            request++;
            busy.set(false);
            status.set("Stopped building the table");
        }
    }

    /** The query the controls describe; throws with the reason when a month is not a month. */
    TableQuery query() {
        List<Breakdown> crossed = new ArrayList<>();
        if (firstColumn.get() != null) {
            crossed.add(firstColumn.get());
        }
        if (secondColumn.get() != null) {
            crossed.add(secondColumn.get());
        }
        Map<Breakdown, List<String>> kept = new LinkedHashMap<>();
        filters.forEach((breakdown, values) -> {
            if (!values.isEmpty()) {
                kept.put(breakdown, List.copyOf(values));
            }
        });
        return new TableQuery(chosenMeasures(), rows.get(), new Slice(crossed, kept), month("From", from.get()),
                month("To", to.get()), rounded.get());
    }

    private static Optional<YearMonth> month(String which, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(which + " '" + text + "' is not a month (expected YYYY-MM, e.g. "
                    + "2016-04, or leave it empty for the data's " + (which.equals("From") ? "first" : "last")
                    + " month)");
        }
    }

    /** The columns the chart draws: every column, or only the totals when there are many. */
    /** The records behind a figure, shown beside the table. */
    RecordsViewModel records() {
        return records;
    }

    /**
     * Opens the records behind one figure of the table (its row, and its column among the figures), or says why
     * the figure has none: a rate, a reported total, a survey weight or an estimate.
     */
    void drill(int row, int column) {
        ShownTable table = shown.get();
        if (table == null || row < 0 || row >= table.rows() || column < 0 || column >= table.columns()) {
            return;
        }
        CrossTable.Column figure = table.table().columns().get(column);
        String words = table.header(column) + ", " + table.rowLabel(row) + " (" + table.display(row, column) + ")";
        Optional<String> untraceable = RecordsFinder.untraceable(figure.measure());
        if (untraceable.isPresent()) {
            records.refuse(words, untraceable.get());
            return;
        }
        TableQuery query = table.table().query();
        Slice slice = new Slice(figure.crossed(), query.slice().filters()).narrowedTo(figure.codes());
        records.show(new RecordsFinder.Request(figure.measure().id(), query.rows(), table.table().periods()
                .get(row), slice), words);
    }

    /** Opens the records behind a point of the chart: its series (a column's header) in the period ending then. */
    void drill(String series, YearMonth period) {
        ShownTable table = shown.get();
        if (table == null) {
            return;
        }
        int row = table.table().row(period);
        for (int c = 0; c < table.columns(); c++) {
            if (table.header(c).equals(series)) {
                drill(row, c);
                return;
            }
        }
    }

    /** Narrows the months to the periods a box was dragged over on the chart (the first to the last ending). */
    void zoomTo(YearMonth first, YearMonth last) {
        applying = true;
        try {
            from.set(rows.get().start(first).toString());
            to.set(last.toString());
        } finally {
            applying = false;
        }
        build();
    }

    /** Asks where to draw the chart (SVG or PNG, the release's painter) and writes it. */
    void exportChart() {
        ShownTable table = shown.get();
        if (table == null || table.rows() == 0) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Export the chart", "cms-chart.svg", "Charts (SVG, PNG)",
                List.of("svg", "png"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), "svg");
        executor.execute(BackgroundTask.of("Drawing the chart", context -> {
            ChartExport.write(ExploreChart.of(table), ExploreChart.OPTIONS, file, ChartExport.DEFAULT_WIDTH,
                    ChartExport.DEFAULT_HEIGHT, 2);
            return file;
        }).onSuccess(written -> status.set("Drew the chart to " + written))
                .onFailure(error -> dialogs.showError("Cannot export the chart", file + ": "
                        + Failures.describe(error))));
    }

    /** The names of the queries saved in the store, newest first as the store lists them. */
    ObservableList<String> savedQueries() {
        return FXCollections.unmodifiableObservableList(savedQueries);
    }

    /** Asks for a name and saves the query in the store, where {@code table --saved NAME} runs it. */
    void saveInStore() {
        TableQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot save the query", e.getMessage());
            return;
        }
        if (query.measures().isEmpty()) {
            dialogs.showError("Cannot save the query", "Choose one or more measures first.");
            return;
        }
        Optional<String> name = dialogs.askText("Save the query in the store", "Name (at most "
                + SavedQueryRepository.NAME_LENGTH + " characters; an existing name is replaced):");
        if (name.isEmpty() || name.get().isBlank()) {
            return;
        }
        String named = name.get().strip();
        executor.execute(BackgroundTask.of("Saving the query", context -> {
            store.savedQueries().save(named, QueryFile.toJson(query));
            return store.savedQueries().list().stream().map(SavedQueryRepository.SavedQuery::name).toList();
        }).onSuccess(names -> {
            savedQueries.setAll(names);
            status.set("Saved the query as '" + named + "' (run it with: table --saved \"" + named + "\")");
        }).onFailure(error -> dialogs.showError("Cannot save the query", Failures.describe(error))));
    }

    /** Puts a query saved in the store in the controls and builds it on the newest extracts. */
    void openSaved(String name) {
        executor.execute(BackgroundTask.of("Opening the saved query", context -> {
            SavedQueryRepository.SavedQuery saved = store.savedQueries().find(name).orElseThrow(() ->
                    new QueryFile.QueryFileException("no query is saved as '" + name + "'"));
            return QueryFile.parse("saved query " + name, saved.json());
        })
                .onSuccess(query -> {
                    apply(query);
                    status.set("Opened the saved query '" + name + "'");
                }).onFailure(error -> dialogs.showError("Cannot open the saved query", Failures.describe(error))));
    }

    private void listSaved() {
        executor.execute(BackgroundTask.of("Listing the saved queries", context -> store.savedQueries().list()
                .stream().map(SavedQueryRepository.SavedQuery::name).toList())
                .onSuccess(savedQueries::setAll)
                .onFailure(error -> status.set("Cannot list the saved queries: " + Failures.describe(error))));
    }

    /** Asks where to write the table and writes it, its format following the file's extension. */
    void export() {
        ShownTable table = shown.get();
        if (table == null || table.rows() == 0) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Export the table", "cms-table.csv",
                "Tables (CSV, XLSX, ODS, JSON)", TABLE_EXTENSIONS);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), "csv");
        Optional<TableExport.Format> format = TableExport.Format.of(file);
        if (format.isEmpty()) {
            dialogs.showError("Cannot export the table", file.getFileName() + ": unknown file type (expected a "
                    + "name ending .csv, .xlsx, .ods or .json)");
            return;
        }
        executor.execute(BackgroundTask.of("Exporting the table", context -> {
            TableExport.write(table, format.get(), file, LocalDate.now());
            return file;
        }).onSuccess(written -> status.set("Exported " + counted(table.rows(), "row") + " and "
                + counted(table.columns(), "column") + " of figures to " + written + " ("
                + format.get().extension() + ")"))
                .onFailure(error -> dialogs.showError("Cannot export the table", file + ": "
                        + Failures.describe(error))));
    }

    /** Asks where to write the query as a file that {@code table --query} runs, and writes it. */
    void saveQuery() {
        TableQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot save the query", e.getMessage());
            return;
        }
        if (query.measures().isEmpty()) {
            dialogs.showError("Cannot save the query", "Choose one or more measures first.");
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Save the query file", "cms-query.json", "Query files "
                + "(JSON)", List.of("json"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), "json");
        try {
            QueryFile.write(query, file);
            status.set("Saved the query to " + file + " (run it with: table --query " + file.getFileName() + ")");
        } catch (IOException e) {
            dialogs.showError("Cannot save the query", file + ": " + Failures.describe(e));
        }
    }

    /** Asks for a query file, puts its choices in the controls and builds its table. */
    void openQuery() {
        Optional<Path> chosen = dialogs.chooseFileToOpen("Open a query file", "Query files (JSON)",
                List.of("json"));
        if (chosen.isEmpty()) {
            return;
        }
        try {
            apply(QueryFile.read(chosen.get()));
            status.set("Opened the query in " + chosen.get().getFileName());
        } catch (QueryFile.QueryFileException e) {
            dialogs.showError("Cannot open the query file", e.getMessage());
        } catch (IOException e) {
            dialogs.showError("Cannot open the query file", chosen.get() + ": " + Failures.describe(e));
        }
    }

    /** Puts a query's choices in place, then checks them and builds the table once. */
    void apply(TableQuery query) {
        applying = true;
        try {
            for (MeasureOption option : measures) {
                option.chosen.set(query.measures().contains(option.definition.id()));
            }
            rows.set(query.rows());
            List<Breakdown> crossed = query.slice().crossed();
            firstColumn.set(crossed.isEmpty() ? null : crossed.get(0));
            secondColumn.set(crossed.size() < 2 ? null : crossed.get(1));
            for (Breakdown b : Breakdown.values()) {
                filters.get(b).setAll(query.slice().filters().getOrDefault(b, List.of()));
            }
            from.set(query.from().map(YearMonth::toString).orElse(""));
            to.set(query.to().map(YearMonth::toString).orElse(""));
            rounded.set(query.rounded());
        } finally {
            applying = false;
        }
        changed();
    }

    /** "1 row", "11 rows". */
    private static String counted(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + extension);
    }

    /** A choice changed: says again what each control cannot take, then builds the table. */
    private void changed() {
        if (applying) {
            return;
        }
        List<MeasureDefinition> chosen = measures.stream().filter(m -> m.chosen.get()).map(m -> m.definition)
                .toList();
        for (Periodicity p : Periodicity.values()) {
            rowsRefusals.get(p).set(chosen.stream().map(m -> MeasureEngine.rowsRefusal(m, p)
                    .map(why -> m.id() + " is not given by " + words(p) + ": " + why)).flatMap(Optional::stream)
                    .findFirst().orElse(""));
        }
        List<Breakdown> supported = new ArrayList<>();
        for (Breakdown b : Breakdown.values()) {
            String why = chosen.stream().filter(m -> !m.breakdowns().contains(b)).findFirst()
                    .map(m -> m.id() + " has no " + b.id() + " breakdown").orElse("");
            breakdownRefusals.get(b).set(why);
            if (why.isEmpty()) {
                supported.add(b);
            }
        }
        if (!filterable.equals(supported)) {
            filterable.setAll(supported);
        }
        List<Breakdown> used = new ArrayList<>();
        if (firstColumn.get() != null) {
            used.add(firstColumn.get());
        }
        if (secondColumn.get() != null) {
            used.add(secondColumn.get());
        }
        filters.forEach((b, values) -> {
            if (!values.isEmpty() && !used.contains(b)) {
                used.add(b);
            }
        });
        for (MeasureOption option : measures) {
            option.refusal.set(option.chosen.get() ? "" : refusal(option.definition, chosen, used));
        }
        build();
    }

    /** Why a measure cannot join the chosen ones with the rows and breakdowns used, or empty. */
    private String refusal(MeasureDefinition measure, List<MeasureDefinition> chosen, List<Breakdown> used) {
        if (!chosen.isEmpty() && chosen.get(0).unit() != measure.unit()) {
            return "A table's measures share one unit: " + chosen.get(0).id() + " is " + chosen.get(0).unit().label()
                    + " but " + measure.id() + " is " + measure.unit().label();
        }
        Optional<String> byRows = MeasureEngine.rowsRefusal(measure, rows.get());
        if (byRows.isPresent()) {
            return measure.id() + " is not given by " + words(rows.get()) + ": " + byRows.get() + "; choose "
                    + "other rows to add it";
        }
        for (Breakdown b : used) {
            if (!measure.breakdowns().contains(b)) {
                return measure.id() + " has no " + b.id() + " breakdown; remove the " + Labels.breakdown(b)
                        + " column or filter to add it";
            }
        }
        return "";
    }

    private static String words(Periodicity periodicity) {
        return switch (periodicity) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "financial year";
        };
    }

    private void build() {
        if (applying) {
            return;
        }
        if (running != null) {
            running.cancel();
            running = null;
        }
        long id = ++request;
        TableQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            busy.set(false);
            shown.set(null);
            message.set(e.getMessage());
            status.set("");
            return;
        }
        if (query.measures().isEmpty()) {
            busy.set(false);
            shown.set(null);
            message.set("Choose one or more measures (of one unit) on the left; then periods for the rows, and up "
                    + "to two breakdowns for the columns.");
            status.set("");
            return;
        }
        busy.set(true);
        status.set("Building the table\u2026");
        long started = System.nanoTime();
        TaskExecutor.TaskHandle handle = executor.execute(BackgroundTask.of("Building the table", context -> {
            CrossTable table = new CrossTableBuilder(new MeasureEngine(store)).build(query);
            if (context.isCancelled()) {
                throw new CancellationException("a newer table was asked for");
            }
            return new ShownTable(table);
        }).onSuccess(table -> {
            if (id == request) {
                shown.set(table);
                message.set(table.table().emptyReason() == null ? "" : table.table().emptyReason());
                status.set(counted(table.rows(), "row") + ", " + counted(table.columns(), "column") + " of figures ("
                        + (System.nanoTime() - started) / 1_000_000 + " ms)" + (table.anyDisclosive()
                        ? "; tinted cells are counts from 1 to " + ShownTable.DISCLOSIVE_UP_TO
                        + ", which could identify a family" : ""));
            }
        }).onFailure(error -> {
            if (id == request) {
                shown.set(null);
                message.set(error instanceof MeasureException ? "Cannot build this table: " + error.getMessage()
                        : "Cannot build the table: " + Failures.describe(error));
                status.set("");
            }
        }).onFinished(() -> {
            if (id == request) {
                busy.set(false);
                running = null;
            }
        }));
        if (id == request && busy.get()) {
            running = handle;
        }
    }
}
