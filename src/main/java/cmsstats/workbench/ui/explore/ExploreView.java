package cmsstats.workbench.ui.explore;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.publish.chart.Labels;
import cmsstats.workbench.publish.explore.ExploreChart;
import cmsstats.workbench.publish.explore.ShownTable;
import cmsstats.workbench.ui.Tables;
import cmsstats.workbench.ui.trends.TrendChart;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The Explore section: the query's controls in a scrolling pane on the left (measures, rows, columns, filters,
 * months, rounding), the built table and a chart of its figures on the right, with export and query files.
 * Every word and figure of the result comes from the view model's {@link ShownTable}.
 */
public final class ExploreView extends BorderPane {
    /** Style class of a count from 1 to 4: tinted, with a tooltip. */
    static final String DISCLOSIVE = "disclosive";
    static final String DISCLOSIVE_TIP = "A count from 1 to " + ShownTable.DISCLOSIVE_UP_TO
            + " could identify a family: the release suppresses it";
    private static final double CONTROLS_WIDTH = 300;

    private final ExploreViewModel model;
    private final TableView<Integer> table = new TableView<>();
    private final Label tableTitle = new Label();
    private final Label placeholder = new Label();
    private final TrendChart chart;
    private final RecordsPane recordsPane;
    private final VBox filterBox = new VBox(6);
    private final List<ComboBox<Breakdown>> columnBoxes = new ArrayList<>();
    private final TextField search = new TextField();
    private FilteredList<ExploreViewModel.MeasureOption> visibleMeasures;
    private boolean syncing;

    public ExploreView(ExploreViewModel model) {
        this.model = model;
        this.chart = new TrendChart(model::zoomTo);
        this.recordsPane = new RecordsPane(model.records());
        chart.setOnPointClicked(model::drill);
        setId("exploreView");
        setPadding(new Insets(12));
        setTop(header());
        setLeft(controls());
        setCenter(result());
        model.shown().addListener((obs, old, shown) -> redraw());
        model.message().addListener((obs, old, text) -> redraw());
        redraw();
    }

    private VBox header() {
        Label title = new Label("Explore");
        title.getStyleClass().add("view-title");
        Label subtitle = new Label("Build a table: measures of one unit, periods in the rows, up to two breakdowns "
                + "crossed in the columns with their totals, and filters.");
        subtitle.getStyleClass().add("view-subtitle");
        subtitle.setWrapText(true);
        VBox box = new VBox(2, title, subtitle);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }

    private ScrollPane controls() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.getChildren().addAll(section("Measures"), measureSearch(), measureList(),
                section("Rows"), rowChoices(),
                section("Columns"), columnChoices(),
                section("Filters"), filterBox,
                section("Months"), months(),
                roundingToggle());
        model.filterable().addListener((ListChangeListener<Breakdown>) change -> rebuildFilters());
        rebuildFilters();
        ScrollPane pane = new ScrollPane(box);
        pane.setId("exploreControls");
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setPrefWidth(CONTROLS_WIDTH);
        pane.setMinWidth(CONTROLS_WIDTH);
        pane.getStyleClass().add("edge-to-edge");
        BorderPane.setMargin(pane, new Insets(0, 12, 0, 0));
        return pane;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private TextField measureSearch() {
        search.setId("measureSearch");
        search.setPromptText("Find a measure (title or id)");
        search.textProperty().addListener((obs, old, text) -> {
            String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.UK);
            visibleMeasures.setPredicate(option -> wanted.isEmpty()
                    || option.definition().title().toLowerCase(java.util.Locale.UK).contains(wanted)
                    || option.definition().id().contains(wanted));
        });
        return search;
    }

    private ListView<ExploreViewModel.MeasureOption> measureList() {
        visibleMeasures = new FilteredList<>(model.measures());
        ListView<ExploreViewModel.MeasureOption> list = new ListView<>(visibleMeasures);
        list.setId("measureList");
        list.setPrefHeight(230);
        list.setMinHeight(140);
        list.setCellFactory(view -> new MeasureCell());
        return list;
    }

    /** A measure with its check box: disabled, with the reason as tooltip, when it cannot join the table. */
    private static final class MeasureCell extends ListCell<ExploreViewModel.MeasureOption> {
        private final CheckBox box = new CheckBox();
        private final Label id = new Label();
        private final VBox graphic = new VBox(1, box, id);
        private ExploreViewModel.MeasureOption bound;

        MeasureCell() {
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            id.getStyleClass().add("muted");
            id.setPadding(new Insets(0, 0, 0, 24));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ExploreViewModel.MeasureOption option, boolean empty) {
            super.updateItem(option, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosen());
                box.disableProperty().unbind();
                bound = null;
            }
            setText(null);
            if (empty || option == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bound = option;
            box.setText(option.definition().title());
            box.setId("measure-" + option.definition().id());
            id.setText(option.definition().id() + " (" + option.definition().unit().label() + ")");
            box.selectedProperty().bindBidirectional(option.chosen());
            box.disableProperty().bind(option.refusal().isNotEmpty());
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.when(option.refusal().isEmpty())
                    .then(option.definition().rule()).otherwise(option.refusal()));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            tip.setShowDelay(Duration.millis(200));
            // on the cell, not the check box: a disabled control shows no tooltip
            setTooltip(tip);
            setGraphic(graphic);
        }
    }

    private FlowPane rowChoices() {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(10, 4);
        for (Periodicity p : Periodicity.values()) {
            RadioButton button = new RadioButton(switch (p) {
                case MONTH -> "Month";
                case QUARTER -> "Quarter";
                case YEAR -> "Financial year";
            });
            button.setId("rows-" + p.id());
            button.setToggleGroup(group);
            button.setSelected(model.rows().get() == p);
            button.setOnAction(e -> {
                if (!model.chooseRows(p)) {
                    group.selectToggle(null);
                }
                selectRows(group);
            });
            button.disableProperty().bind(model.rowsRefusal(p).isNotEmpty());
            pane.getChildren().add(withReason(button, model.rowsRefusal(p)));
        }
        model.rows().addListener((obs, old, p) -> selectRows(group));
        return pane;
    }

    private void selectRows(ToggleGroup group) {
        group.getToggles().forEach(t -> t.setSelected(((Node) t).getId().equals("rows-" + model.rows().get().id())));
    }

    /** Wraps a control so its reason shows as a tooltip also while it is disabled. */
    private static StackPane withReason(Node control, javafx.beans.value.ObservableStringValue reason) {
        StackPane wrapper = new StackPane(control);
        wrapper.setAlignment(Pos.CENTER_LEFT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(reason);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(200));
        reason.addListener((obs, old, text) -> Tooltip.install(wrapper, text.isEmpty() ? null : tip));
        if (!reason.get().isEmpty()) {
            Tooltip.install(wrapper, tip);
        }
        return wrapper;
    }

    private GridPane columnChoices() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int level = 0; level < 2; level++) {
            int at = level;
            ComboBox<Breakdown> box = new ComboBox<>();
            box.setId(level == 0 ? "firstColumn" : "secondColumn");
            List<Breakdown> items = new ArrayList<>();
            items.add(null);
            items.addAll(List.of(Breakdown.values()));
            box.getItems().setAll(items);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setCellFactory(view -> new BreakdownCell(at));
            box.setButtonCell(new BreakdownCell(at));
            box.setValue(model.column(at).get());
            box.valueProperty().addListener((obs, old, chosen) -> {
                if (!syncing && !model.chooseColumn(at, chosen)) {
                    syncColumns();
                }
            });
            model.column(at).addListener((obs, old, b) -> syncColumns());
            for (Breakdown b : Breakdown.values()) {
                // the popup's cells say again which breakdowns the measures take
                model.breakdownRefusal(b).addListener((obs, old, why) -> box.setCellFactory(
                        v -> new BreakdownCell(at)));
            }
            model.column(1 - at).addListener((obs, old, b) -> box.setCellFactory(v -> new BreakdownCell(at)));
            columnBoxes.add(box);
            grid.addRow(level, new Label(level == 0 ? "Split by" : "then by"), box);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        columnBoxes.get(1).disableProperty().bind(model.column(0).isNull());
        return grid;
    }

    private void syncColumns() {
        syncing = true;
        try {
            for (int level = 0; level < columnBoxes.size(); level++) {
                columnBoxes.get(level).setValue(model.column(level).get());
            }
        } finally {
            syncing = false;
        }
    }

    /** A breakdown in a column's list: greyed and not choosable, with the reason, when the measures lack it. */
    private final class BreakdownCell extends ListCell<Breakdown> {
        private final int level;

        BreakdownCell(int level) {
            this.level = level;
            addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (getItem() != null && !model.columnRefusal(level, getItem()).isEmpty()) {
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Breakdown breakdown, boolean empty) {
            super.updateItem(breakdown, empty);
            getStyleClass().remove("unavailable");
            setTooltip(null);
            if (empty) {
                setText(null);
                return;
            }
            setText(breakdown == null ? "None" : upperFirst(Labels.breakdown(breakdown)));
            String why = model.columnRefusal(level, breakdown);
            if (!why.isEmpty()) {
                getStyleClass().add("unavailable");
                Tooltip tip = new Tooltip(why);
                tip.setShowDelay(Duration.millis(200));
                setTooltip(tip);
            }
        }
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void rebuildFilters() {
        filterBox.getChildren().clear();
        for (Breakdown b : model.filterable()) {
            CheckComboBox<String> box = new CheckComboBox<>();
            box.setId("filter-" + b.id());
            box.getItems().setAll(b.codes());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String code) {
                    return code == null ? "" : Labels.code(code);
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            box.setTitle("All");
            box.setShowCheckedCount(false);
            box.setMaxWidth(Double.MAX_VALUE);
            for (String code : model.filter(b)) {
                box.getCheckModel().check(code);
            }
            updateTitle(box);
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
                model.chooseFilter(b, List.copyOf(box.getCheckModel().getCheckedItems()));
                updateTitle(box);
            });
            Label label = new Label(upperFirst(Labels.breakdown(b)));
            label.setMinWidth(Region.USE_PREF_SIZE);
            VBox one = new VBox(2, label, box);
            filterBox.getChildren().add(one);
        }
        if (model.filterable().isEmpty()) {
            Label none = new Label("The chosen measures have no breakdown to filter on.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            filterBox.getChildren().add(none);
        }
    }

    /** "All" while nothing is checked (no filter), else the kept values' names. */
    private static void updateTitle(CheckComboBox<String> box) {
        List<String> checked = box.getCheckModel().getCheckedItems();
        box.setTitle(checked.isEmpty() ? "All" : String.join(", ", checked.stream().map(Labels::code).toList()));
    }

    private GridPane months() {
        TextField from = monthField("fromMonth", "first month");
        from.setText(model.from().get());
        from.textProperty().addListener((obs, old, text) -> model.setFrom(text));
        model.from().addListener((obs, old, text) -> {
            if (!text.equals(from.getText().strip())) {
                from.setText(text);
            }
        });
        TextField to = monthField("toMonth", "last month");
        to.setText(model.to().get());
        to.textProperty().addListener((obs, old, text) -> model.setTo(text));
        model.to().addListener((obs, old, text) -> {
            if (!text.equals(to.getText().strip())) {
                to.setText(text);
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        GridPane.setHgrow(from, Priority.ALWAYS);
        GridPane.setHgrow(to, Priority.ALWAYS);
        return grid;
    }

    private static TextField monthField(String id, String which) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("YYYY-MM (the data's " + which + ")");
        return field;
    }

    private CheckBox roundingToggle() {
        CheckBox box = new CheckBox("Release rounding");
        box.setId("releaseRounding");
        box.selectedProperty().bindBidirectional(model.rounded());
        box.setTooltip(new Tooltip("Round the figures as the release does (counts to the nearest 10 or 100, money "
                + "in GBP million, rates to one decimal place)"));
        VBox.setMargin(box, new Insets(6, 0, 0, 0));
        return box;
    }

    private VBox result() {
        tableTitle.setId("tableTitle");
        tableTitle.getStyleClass().add("chart-headline");
        tableTitle.setWrapText(true);
        tableTitle.setMinHeight(Region.USE_PREF_SIZE);
        Button export = new Button("Export table\u2026");
        export.setId("exportTable");
        export.getStyleClass().add("accent");
        export.setOnAction(e -> model.export());
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> model.shown().get() == null
                || model.shown().get().rows() == 0, model.shown()));
        Button save = new Button("Save query file\u2026");
        save.setId("saveQuery");
        save.setOnAction(e -> model.saveQuery());
        Button open = new Button("Open query file\u2026");
        open.setId("openQuery");
        open.setOnAction(e -> model.openQuery());
        Button chartExport = new Button("Export chart\u2026");
        chartExport.setId("exportChart");
        chartExport.setOnAction(e -> model.exportChart());
        chartExport.disableProperty().bind(export.disableProperty());
        Button records = new Button("Show records\u2026");
        records.setId("showRecords");
        records.setTooltip(new Tooltip("Show the records behind the chosen figure (or double-click a figure)"));
        records.setOnAction(e -> drillIntoSelection());
        records.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedCells()));
        Button store = new Button("Save in store\u2026");
        store.setId("saveInStore");
        store.setOnAction(e -> model.saveInStore());
        ComboBox<String> saved = new ComboBox<>(model.savedQueries());
        saved.setId("savedQueries");
        saved.setPromptText("Saved queries");
        saved.disableProperty().bind(Bindings.isEmpty(model.savedQueries()));
        saved.setOnAction(e -> {
            String name = saved.getValue();
            if (name != null) {
                model.openSaved(name);
                javafx.application.Platform.runLater(() -> saved.getSelectionModel().clearSelection());
            }
        });
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(20, 20);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelTable");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(6, working, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busy());
        running.managedProperty().bind(running.visibleProperty());
        for (Button b : List.of(export, chartExport, records, save, open, store)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane actions = new FlowPane(8, 6, export, chartExport, records, save, open, store, saved, running);
        actions.setAlignment(Pos.CENTER_LEFT);

        table.setId("exploreTable");
        placeholder.setId("exploreMessage");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.getStyleClass().add("chart-message");
        table.setPlaceholder(placeholder);
        Tables.fitColumnsToContent(table);
        Tables.enableCopy(table);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                drillIntoSelection();
            }
        });
        javafx.scene.control.MenuItem behind = new javafx.scene.control.MenuItem("Show the records behind this "
                + "figure");
        behind.setId("recordsMenu");
        behind.setOnAction(e -> drillIntoSelection());
        table.setContextMenu(new javafx.scene.control.ContextMenu(behind));
        chart.setId("exploreChart");
        chart.setMinHeight(160);
        javafx.scene.control.Tab chartTab = new javafx.scene.control.Tab("Chart", chart);
        javafx.scene.control.Tab recordsTab = new javafx.scene.control.Tab("Records", recordsPane);
        recordsTab.setId("recordsTab");
        for (javafx.scene.control.Tab tab : List.of(chartTab, recordsTab)) {
            tab.setClosable(false);
        }
        javafx.scene.control.TabPane below = new javafx.scene.control.TabPane(chartTab);
        below.setId("exploreBelow");
        SplitPane split = new SplitPane(table, below);
        split.setId("exploreSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.58);
        // the records need the room: the table keeps a few rows above them, the chart has more
        below.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                split.setDividerPositions(tab == recordsTab ? 0.3 : 0.58));
        model.records().open().addListener((obs, was, showing) -> {
            if (showing) {
                if (!below.getTabs().contains(recordsTab)) {
                    below.getTabs().add(recordsTab);
                }
                below.getSelectionModel().select(recordsTab);
            } else {
                below.getTabs().remove(recordsTab);
            }
        });
        Label status = new Label();
        status.setId("exploreStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.status());
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, tableTitle, actions, split, status);
        box.setMinWidth(360);
        return box;
    }

    private void redraw() {
        ShownTable shown = model.shown().get();
        table.getColumns().clear();
        table.getItems().clear();
        placeholder.setText(model.message().get());
        if (shown == null || shown.rows() == 0) {
            tableTitle.setText(shown == null ? "No table yet" : shown.title());
            chart.showMessage("", false);
            return;
        }
        tableTitle.setText(shown.title());
        List<TableColumn<Integer, ?>> columns = new ArrayList<>();
        columns.add(Tables.textColumn(shown.rowsHeader(), shown::rowLabel));
        for (int c = 0; c < shown.columns(); c++) {
            int column = c;
            TableColumn<Integer, String> figures = Tables.numberColumn(shown.header(c), row -> shown.display(row,
                    column));
            figures.setCellFactory(col -> new FigureCell(shown, column));
            columns.add(figures);
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(IntStream.range(0, shown.rows()).boxed().toList());
        chart.show(ExploreChart.of(shown), false);
    }

    /** A figure's cell: a disclosive count is tinted and says why. */
    private static final class FigureCell extends TableCell<Integer, String> {
        private final ShownTable shown;
        private final int column;

        FigureCell(ShownTable shown, int column) {
            this.shown = shown;
            this.column = column;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove(DISCLOSIVE);
            setTooltip(null);
            Integer row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            if (row != null && shown.disclosive(row, column)) {
                getStyleClass().add(DISCLOSIVE);
                Tooltip tip = new Tooltip(DISCLOSIVE_TIP);
                tip.setShowDelay(Duration.millis(200));
                setTooltip(tip);
            }
        }
    }

    /** Opens the records behind the figure chosen in the table (its first column is the period, not a figure). */
    private void drillIntoSelection() {
        List<javafx.scene.control.TablePosition> cells = new ArrayList<>(table.getSelectionModel().getSelectedCells());
        if (cells.isEmpty() || cells.get(0).getColumn() < 1) {
            return;
        }
        model.drill(cells.get(0).getRow(), cells.get(0).getColumn() - 1);
    }

    /** The result table, for tests. */
    TableView<Integer> resultTable() {
        return table;
    }
}
