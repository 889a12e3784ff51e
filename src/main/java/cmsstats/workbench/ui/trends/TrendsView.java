package cmsstats.workbench.ui.trends;

import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.model.Periods;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;

/**
 * The Trends view: the release's charts listed on the left; the chosen one in the middle with its breakdown,
 * published figures, events, series toggles, period range slider, zoom and export; its figures in a table on the
 * right, ready to copy.
 */
public final class TrendsView extends BorderPane {
    private final TrendsViewModel model;
    private final TrendChart chart;
    private final Label headline = new Label();
    private final Label subtitle = new Label();
    private final FlowPane toggles = new FlowPane(12, 6);
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final Label rangeText = new Label();
    private final TableView<List<String>> table = new TableView<>();
    private final Label figuresTitle = new Label("Figures behind the chart");
    private final javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane();

    private static final double MOST_FOR_FIGURES = 0.5;
    /** The chart's column never gets narrower than this: the figures pane gives way first, and scrolls. */
    private static final double CHART_MIN_WIDTH = 420;

    public TrendsView(TrendsViewModel model) {
        this.model = model;
        this.chart = new TrendChart(model::zoomTo);
        setId("trendsView");
        setPadding(new Insets(12));
        setLeft(chartList());
        split.getItems().setAll(scrolling(centre()), figures());
        split.setId("trendsSplit");
        split.setDividerPositions(0.72);
        split.widthProperty().addListener((obs, old, width) -> widenFigures());
        javafx.scene.control.SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
        model.shown().addListener((obs, old, data) -> redraw());
        model.waiting().addListener((obs, old, text) -> redraw());
        model.emptyReason().addListener((obs, old, text) -> redraw());
        model.events().addListener((obs, old, on) -> redraw());
        model.seriesNames().addListener((javafx.collections.ListChangeListener<String>) change -> rebuildToggles());
        model.loaded().addListener((obs, old, data) -> resetSlider(data));
        // the divider moves when new figures come, never when a series is switched off: controls stay put
        model.loaded().addListener((obs, old, data) -> javafx.application.Platform.runLater(this::widenFigures));
    }

    private ListView<ChartSpec> chartList() {
        ListView<ChartSpec> list = new ListView<>(model.charts());
        list.setId("chartList");
        list.setPrefWidth(165);
        list.setMinWidth(140);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ChartSpec spec, boolean empty) {
                super.updateItem(spec, empty);
                setText(empty || spec == null ? null : spec.name());
                // long names wrap within the list rather than making it scroll sideways
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, spec) -> {
            if (spec != null) {
                model.chart().set(spec);
            }
        });
        model.chart().addListener((obs, old, spec) -> list.getSelectionModel().select(spec));
        BorderPane.setMargin(list, new Insets(0, 12, 0, 0));
        return list;
    }

    private VBox centre() {
        headline.getStyleClass().add("chart-headline");
        headline.setId("chartHeadline");
        headline.setWrapText(true);
        headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        subtitle.getStyleClass().add("view-subtitle");
        subtitle.setId("chartSubtitle");
        ChoiceBox<TrendsViewModel.BreakdownChoice> breakdown = new ChoiceBox<>(model.breakdowns());
        breakdown.setId("breakdownChoice");
        // a fixed width, so the controls after it stay put when the choice's text changes
        breakdown.setPrefWidth(210);
        breakdown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        breakdown.valueProperty().bindBidirectional(model.breakdown());
        breakdown.disableProperty().bind(javafx.beans.binding.Bindings.size(model.breakdowns()).lessThan(2));
        CheckBox published = new CheckBox("As published");
        published.setId("showPublished");
        published.selectedProperty().bindBidirectional(model.published());
        ChoiceBox<ExtractVersion> versions = new ChoiceBox<>(model.versions());
        versions.setId("compareVersion");
        versions.valueProperty().bindBidirectional(model.compareWith());
        versions.disableProperty().bind(javafx.beans.binding.Bindings.size(model.versions()).lessThan(2));
        versions.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExtractVersion v) {
                return v == null ? "No earlier version" : "Beside version " + v.id() + " (" + v.sourceFile() + ")";
            }

            @Override
            public ExtractVersion fromString(String text) {
                return null;
            }
        });
        CheckBox events = new CheckBox("Events");
        events.setId("showEvents");
        events.selectedProperty().bindBidirectional(model.events());
        Button reset = new Button("Reset zoom");
        reset.setId("resetZoom");
        reset.setOnAction(e -> model.resetRange());
        Button svg = new Button("Export SVG\u2026");
        svg.setId("exportSvg");
        svg.setOnAction(e -> model.export("svg"));
        Button png = new Button("Export PNG\u2026");
        png.setId("exportPng");
        png.setOnAction(e -> model.export("png"));
        javafx.beans.binding.BooleanBinding nothingToExport = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.shown().get() == null || !model.shown().get().hasAnyFigure(), model.shown());
        svg.disableProperty().bind(nothingToExport);
        png.disableProperty().bind(nothingToExport);
        range.disableProperty().bind(nothingToExport);
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(20, 20);
        working.visibleProperty().bind(model.loading());
        svg.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        png.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(10, 6, breakdown, published, versions, events, reset, svg, png, working);
        controls.setAlignment(Pos.CENTER_LEFT);
        subtitle.setWrapText(true);
        // wrapped in full, never cut short: it carries the pathfinder note when the chart starts in those months
        subtitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox top = new VBox(2, headline, subtitle);
        toggles.setId("seriesToggles");
        range.setId("periodRange");
        range.setShowTickMarks(false);
        range.setShowTickLabels(false);
        range.setBlockIncrement(1);
        range.setMajorTickUnit(1);
        range.setMinorTickCount(0);
        range.setSnapToTicks(true);
        range.lowValueProperty().addListener((obs, old, v) -> model.rangeLow().set((int) Math.round(v.doubleValue())));
        range.highValueProperty().addListener((obs, old, v) -> model.rangeHigh()
                .set((int) Math.round(v.doubleValue())));
        model.rangeLow().addListener((obs, old, v) -> range.setLowValue(v.doubleValue()));
        model.rangeHigh().addListener((obs, old, v) -> range.setHighValue(v.doubleValue()));
        rangeText.setId("rangeText");
        rangeText.setWrapText(true);
        rangeText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rangeText.getStyleClass().add("muted");
        Label status = new Label();
        status.setId("trendsStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.status());
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox centre = new VBox(8, top, controls, toggles, chart, range, rangeText, status);
        centre.setMinWidth(CHART_MIN_WIDTH - 20);
        centre.setPadding(new Insets(0, 8, 0, 0));
        return centre;
    }

    /** The chart's column scrolls as a whole when the window is too small for it, rather than squeezing the chart. */
    private static javafx.scene.control.ScrollPane scrolling(VBox content) {
        javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        pane.getStyleClass().add("edge-to-edge");
        // the split pane may not squeeze the chart's column below this: the figures pane gives way instead
        pane.setMinWidth(CHART_MIN_WIDTH);
        return pane;
    }

    private VBox figures() {
        table.setId("figureTable");
        table.setPlaceholder(new Label("No figures."));
        cmsstats.workbench.ui.Tables.fitColumnsToContent(table);
        cmsstats.workbench.ui.Tables.enableCopy(table);
        Button copy = new Button("Copy figures");
        copy.setId("copyFigures");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.tableText());
            Clipboard.getSystemClipboard().setContent(content);
            model.figuresCopied();
        });
        figuresTitle.getStyleClass().add("section-title");
        figuresTitle.setWrapText(true);
        VBox box = new VBox(8, figuresTitle, table, copy);
        box.setMinWidth(180);
        box.setPrefWidth(330);
        box.setPadding(new Insets(0, 0, 0, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private void rebuildToggles() {
        toggles.getChildren().clear();
        for (String name : model.seriesNames()) {
            CheckBox box = new CheckBox(name);
            box.setId("series-" + model.seriesNames().indexOf(name));
            box.selectedProperty().bindBidirectional(model.visible(name));
            toggles.getChildren().add(box);
        }
    }

    private void resetSlider(ChartData data) {
        int last = data == null ? 1 : Math.max(1, data.months().size() - 1);
        range.setMax(last);
        range.setLowValue(0);
        range.setHighValue(last);
    }

    private void redraw() {
        ChartData data = model.shown().get();
        if (data == null && !model.waiting().get().isEmpty()) {
            ChartSpec spec = model.chart().get();
            headline.setText(spec == null ? "" : spec.headline());
            subtitle.setText("");
            rangeText.setText("");
            chart.showMessage(model.waiting().get(), true);
            fillTable();
            return;
        }
        if (data == null && !model.emptyReason().get().isEmpty()) {
            ChartSpec spec = model.chart().get();
            headline.setText(spec == null ? "" : spec.headline());
            subtitle.setText("");
            rangeText.setText("");
            chart.showMessage(model.emptyReason().get(), false);
            fillTable();
            return;
        }
        chart.show(data, model.events().get());
        headline.setText(data == null ? "" : data.spec().headline());
        // the shading over the pathfinder months is explained where the chart is, as the files' notes explain it
        subtitle.setText(data == null || !data.hasAnyFigure() ? "" : data.subtitle() + (data.startsInPathfinder()
                ? ". " + cmsstats.workbench.publish.chart.Timeline.PATHFINDER_NOTE : ""));
        rangeText.setText(data == null || data.months().isEmpty() || !data.hasAnyFigure() ? "" : "Shown: "
                + Periods.span(data.months().get(0), data.months().get(data.months().size() - 1))
                + " (drag the slider's ends, or drag a box over the chart to zoom)");
        figuresTitle.setText(data == null ? "Figures behind the chart"
                : "Figures behind the chart (" + data.spec().unitLabel() + ")");
        fillTable();
    }

    private void fillTable() {
        table.getColumns().clear();
        table.getItems().clear();
        List<List<String>> rows = model.figureRows();
        if (rows.isEmpty()) {
            return;
        }
        List<String> headers = rows.get(0);
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            table.getColumns().add(c == 0 ? cmsstats.workbench.ui.Tables.textColumn(headers.get(c),
                    row -> row.get(column))
                    : cmsstats.workbench.ui.Tables.numberColumn(headers.get(c), row -> row.get(column)));
        }
        table.getItems().setAll(rows.subList(1, rows.size()));
    }

    /**
     * Gives the figures pane the width its columns need, up to {@value #MOST_FOR_FIGURES} of the view, so the
     * figures show whole without scrolling sideways unless there are many series.
     */
    private void widenFigures() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        double wanted = cmsstats.workbench.ui.Tables.contentWidth(table) + 16;
        double chartNeeds = Math.max(CHART_MIN_WIDTH / width, 1 - MOST_FOR_FIGURES);
        split.setDividerPositions(Math.min(0.85, Math.max(chartNeeds, 1 - wanted / width)));
    }

    /** The chart component, for tests. */
    TrendChart chartComponent() {
        return chart;
    }
}
