package cmsstats.workbench.ui.trends;

import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartKind;
import cmsstats.workbench.publish.chart.EventLayout;
import cmsstats.workbench.publish.chart.Palette;
import cmsstats.workbench.model.Periods;
import cmsstats.workbench.publish.chart.Scale;
import cmsstats.workbench.publish.chart.ValueFormat;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The one interactive chart component of the Trends view: draws any {@link ChartData} as the release draws its
 * family (lines, stacked bars, areas, an estimate with its bounds) in the Analysis Function palette with dashes
 * and markers, with an exact tooltip on every point, the scheme's events as labelled markers, the pathfinder months
 * shaded, and zoom by dragging a box over the months wanted.
 */
public final class TrendChart extends StackPane {
    /** Room above the top tick, as a share of one tick step: more than a tick label, so JavaFX hides none. */
    private static final double MARKER_ROOM = 0.35;
    private final Pane overlay = new Pane();
    private final Rectangle zoomBox = new Rectangle();
    private final BiConsumer<YearMonth, YearMonth> onZoom;
    private XYChart<String, Number> chart;
    private CategoryAxis xAxis;
    private ChartData data;
    private boolean events;
    /** Shading widths (px) from which its label fits in full, and in short. */
    private static final double FULL_PATHFINDER_LABEL = 170;
    private static final double SHORT_PATHFINDER_LABEL = 70;
    private final Map<String, YearMonth> monthOf = new HashMap<>();
    private double dragStartX = Double.NaN;
    private BiConsumer<String, YearMonth> onPoint;

    public TrendChart(BiConsumer<YearMonth, YearMonth> onZoom) {
        this.onZoom = onZoom;
        getStyleClass().add("trend-chart");
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        zoomBox.getStyleClass().add("zoom-box");
        zoomBox.setVisible(false);
        // below this the legend and labels leave too little plot: the view scrolls instead
        setMinHeight(340);
        // once, here: listeners added on every redraw would pile up, each resize then redrawing many times
        widthProperty().addListener((obs, old, w) -> Platform.runLater(this::drawOverlay));
        heightProperty().addListener((obs, old, h) -> Platform.runLater(this::drawOverlay));
    }

    /** What a click on a point does, given its series' name and month (Explore opens its records). */
    public void setOnPointClicked(BiConsumer<String, YearMonth> handler) {
        this.onPoint = handler;
    }

    /** Shows a message in place of the chart (with a spinner while {@code busy}): the wait, or why it is empty. */
    public void showMessage(String text, boolean busy) {
        data = null;
        chart = null;
        monthOf.clear();
        Label message = new Label(text);
        message.setId("chartMessage");
        message.setWrapText(true);
        message.getStyleClass().add("chart-message");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        if (busy) {
            javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
            spinner.setMaxSize(36, 36);
            box.getChildren().add(spinner);
        }
        box.getChildren().add(message);
        getChildren().setAll(box);
    }

    /** Draws the figures; {@code showEvents} adds the scheme's events. */
    public void show(ChartData shown, boolean showEvents) {
        if (shown == null) {
            showMessage("", false);
            return;
        }
        if (!shown.hasAnyFigure()) {
            showMessage(cmsstats.workbench.publish.chart.ChartLoader.noFigures(shown.spec()), false);
            return;
        }
        data = shown;
        events = showEvents;
        getChildren().clear();
        monthOf.clear();
        xAxis = new CategoryAxis();
        xAxis.setAnimated(false);
        // every month of the span is a category, also those without a figure (quarterly measures): the axis
        // must not range itself on the data, which would drop them and misplace the month labels and events
        xAxis.setAutoRanging(false);
        xAxis.setGapStartAndEnd(true);
        // JavaFX would turn 37 month names on end; months are labelled in the overlay instead, every k-th one
        xAxis.setTickLabelsVisible(false);
        xAxis.setLabel(" ");
        NumberAxis yAxis = yAxis(shown);
        chart = switch (shown.spec().kind()) {
            case STACKED_BAR -> {
                StackedBarChart<String, Number> bars = new StackedBarChart<>(xAxis, yAxis);
                bars.setCategoryGap(4);
                yield bars;
            }
            case AREA -> new AreaChart<>(xAxis, yAxis);
            default -> new LineChart<>(xAxis, yAxis);
        };
        chart.setAnimated(false);
        chart.setId("trendChart");
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.setLegendVisible(true);
        List<String> categories = shown.months().stream().map(Periods::month).toList();
        for (int i = 0; i < categories.size(); i++) {
            monthOf.put(categories.get(i), shown.months().get(i));
        }
        if (categories.size() == 1) {
            // JavaFX's category axis places nothing on an axis of one category: a lone month sits between two
            // blank slots instead
            xAxis.getCategories().setAll(List.of(" ", categories.get(0), "  "));
        } else {
            xAxis.getCategories().setAll(categories);
        }
        // areas are drawn in order, so the larger (later) one goes first and the smaller stays in front
        List<ChartData.Series> order = new java.util.ArrayList<>(shown.series());
        if (shown.spec().kind() == ChartKind.AREA) {
            java.util.Collections.reverse(order);
        }
        for (ChartData.Series s : order) {
            chart.getData().add(series(s, categories));
            if (shown.spec().kind() == ChartKind.BAND && !s.reference()) {
                chart.getData().add(bound(s, categories, true));
                chart.getData().add(bound(s, categories, false));
            }
        }
        chart.getStylesheets().add(paletteCss(shown, order));
        installTooltips(shown);
        getChildren().addAll(chart, overlay);
        overlay.getChildren().setAll(zoomBox);
        installZoom();
        Platform.runLater(this::drawOverlay);
        chart.applyCss();
        Node plot = chart.lookup(".chart-plot-background");
        if (plot != null) {
            plot.boundsInParentProperty().addListener((obs, old, bounds) -> drawOverlay());
        }
    }

    private static NumberAxis yAxis(ChartData shown) {
        double max = 0;
        double factor = shown.spec().displayScale();
        for (ChartData.Series s : shown.series()) {
            for (ChartData.Point p : s.points()) {
                java.math.BigDecimal top = p.high() != null ? p.high() : p.value();
                max = Math.max(max, top == null ? 0 : top.doubleValue() * factor);
            }
        }
        if (shown.spec().kind() == ChartKind.STACKED_BAR) {
            for (int i = 0; i < shown.months().size(); i++) {
                int at = i;
                max = Math.max(max, shown.series().stream().filter(s -> !s.reference())
                        .mapToDouble(s -> s.points().get(at).value() == null ? 0
                                : s.points().get(at).value().doubleValue() * factor).sum());
            }
        }
        Scale scale = Scale.fromZero(max, shown.spec().unit() == cmsstats.workbench.model.MeasureUnit.PERCENT);
        // a little room above the top tick (no label there), so a marker at the top of the range shows whole:
        // JavaFX clips the plot to its area, which would cut a 100% marker in half
        NumberAxis axis = new NumberAxis(0, scale.max() + scale.step() * MARKER_ROOM, scale.step());
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        axis.setMinorTickVisible(false);
        axis.setLabel(shown.spec().unitLabel());
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                // JavaFX always ticks the upper bound too: the room above the top tick stays unlabelled
                double steps = value.doubleValue() / scale.step();
                return Math.abs(steps - Math.rint(steps)) > 1e-6 ? "" : ValueFormat.tick(value.doubleValue(),
                        scale.step());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text.replace(",", ""));
            }
        });
        return axis;
    }

    private XYChart.Series<String, Number> series(ChartData.Series s, List<String> categories) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(s.name());
        double factor = data.spec().displayScale();
        for (int i = 0; i < categories.size(); i++) {
            java.math.BigDecimal value = s.points().get(i).value();
            if (value != null) {
                XYChart.Data<String, Number> point = new XYChart.Data<>(categories.get(i),
                        value.doubleValue() * factor);
                point.setExtraValue(s.points().get(i));
                series.getData().add(point);
            }
        }
        return series;
    }

    private XYChart.Series<String, Number> bound(ChartData.Series s, List<String> categories, boolean low) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(low ? "Lower bound (95%)" : "Upper bound (95%)");
        for (int i = 0; i < categories.size(); i++) {
            ChartData.Point p = s.points().get(i);
            java.math.BigDecimal value = low ? p.low() : p.high();
            if (value != null) {
                series.getData().add(new XYChart.Data<>(categories.get(i), value.doubleValue() * data.spec()
                        .displayScale()));
            }
        }
        return series;
    }

    private void installTooltips(ChartData shown) {
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> point : series.getData()) {
                if (point.getNode() == null || !(point.getExtraValue() instanceof ChartData.Point p)) {
                    continue;
                }
                String text = tooltip(shown, series.getName(), p);
                Tooltip tip = new Tooltip(text);
                tip.setShowDelay(Duration.millis(80));
                tip.setHideDelay(Duration.millis(200));
                Tooltip.install(point.getNode(), tip);
                if (onPoint != null) {
                    String name = series.getName();
                    point.getNode().setOnMouseClicked(e -> onPoint.accept(name, p.month()));
                    point.getNode().setCursor(javafx.scene.Cursor.HAND);
                }
            }
        }
    }

    static String tooltip(ChartData shown, String series, ChartData.Point p) {
        String period = shown.periodOf(p.month());
        String text = period + "\n" + series + ": " + ValueFormat.exact(p.value(), shown.spec().unit());
        if (p.low() != null && p.high() != null) {
            text += "\n95% interval: " + ValueFormat.exact(p.low(), shown.spec().unit()) + " to "
                    + ValueFormat.exact(p.high(), shown.spec().unit());
        }
        return text;
    }

    /**
     * The series' styles as a style sheet: each JavaFX series takes the colour, dash pattern and marker its
     * {@link cmsstats.workbench.publish.chart.SeriesStyle} was given when the figures were loaded, for its line,
     * markers, bars, area and legend alike, so that it keeps them when other series are hidden.
     */
    private static String paletteCss(ChartData shown, List<ChartData.Series> order) {
        StringBuilder css = new StringBuilder();
        boolean band = shown.spec().kind() == ChartKind.BAND;
        int chartIndex = 0;
        for (ChartData.Series series : order) {
            cmsstats.workbench.publish.chart.SeriesStyle style = series.style();
            String colour = style.colour();
            String dash = dashCss(style.dashes());
            String c = ".default-color" + chartIndex;
            css.append(c).append(".chart-series-line{-fx-stroke:").append(colour).append(";-fx-stroke-width:2.5px;")
                    .append(dash).append("}\n");
            css.append(c).append(".chart-line-symbol{-fx-background-color:").append(colour).append(',')
                    .append(style.hollow() ? "white" : colour).append(";")
                    .append(symbolShape(style.marker())).append("}\n");
            css.append(c).append(".chart-bar{-fx-bar-fill:").append(colour).append(";}\n");
            css.append(c).append(".chart-series-area-fill{-fx-fill:").append(colour).append(";-fx-opacity:1;}\n");
            css.append(c).append(".chart-series-area-line{-fx-stroke:").append(colour).append(";}\n");
            css.append(c).append(".chart-area-symbol{-fx-background-color:").append(colour).append(",white;}\n");
            chartIndex++;
            if (band && !series.reference()) {
                for (int b = 0; b < 2; b++) {
                    String bc = ".default-color" + chartIndex;
                    css.append(bc).append(".chart-series-line{-fx-stroke:").append(Palette.SEQUENTIAL.get(1))
                            .append(";-fx-stroke-width:1.5px;-fx-stroke-dash-array:6 4;}\n");
                    // a short rule at each bound, so that a lone estimate still shows its interval
                    css.append(bc).append(".chart-line-symbol{-fx-background-color:").append(Palette.SEQUENTIAL.get(1))
                            .append(";-fx-shape:\"M0,0 L12,0 L12,2 L0,2 Z\";-fx-padding:1px 6px;}\n");
                    chartIndex++;
                }
            }
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String dashCss(float[] dashes) {
        if (dashes.length == 0) {
            return "";
        }
        StringBuilder css = new StringBuilder("-fx-stroke-dash-array:");
        for (float d : dashes) {
            css.append(' ').append(d);
        }
        return css.append(';').toString();
    }

    private static String symbolShape(int kind) {
        return switch (kind) {
            case 1 -> "-fx-background-radius:0;-fx-padding:4px;";
            case 2 -> "-fx-shape:\"M5,0 L10,9 L0,9 Z\";-fx-padding:5px;";
            case 3 -> "-fx-shape:\"M5,0 L10,5 L5,10 L0,5 Z\";-fx-padding:5px;";
            default -> "-fx-background-radius:5px;-fx-padding:4px;";
        };
    }

    private void installZoom() {
        chart.setOnMousePressed(e -> {
            Bounds plot = plotBounds();
            Point2D at = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragStartX = plot != null && plot.contains(at) ? at.getX() : Double.NaN;
        });
        chart.setOnMouseDragged(e -> {
            Bounds plot = plotBounds();
            if (Double.isNaN(dragStartX) || plot == null) {
                return;
            }
            double x = Math.max(plot.getMinX(), Math.min(plot.getMaxX(), overlay.sceneToLocal(e.getSceneX(),
                    e.getSceneY()).getX()));
            zoomBox.setX(Math.min(dragStartX, x));
            zoomBox.setWidth(Math.abs(x - dragStartX));
            zoomBox.setY(plot.getMinY());
            zoomBox.setHeight(plot.getHeight());
            zoomBox.setVisible(true);
        });
        chart.setOnMouseReleased(e -> {
            zoomBox.setVisible(false);
            if (Double.isNaN(dragStartX)) {
                return;
            }
            double endX = overlay.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            if (Math.abs(endX - dragStartX) >= 6) {
                YearMonth a = monthAt(dragStartX);
                YearMonth b = monthAt(endX);
                if (a != null && b != null) {
                    onZoom.accept(a, b);
                }
            }
            dragStartX = Double.NaN;
        });
    }

    private YearMonth monthAt(double overlayX) {
        Point2D scene = overlay.localToScene(overlayX, 0);
        double axisX = xAxis.sceneToLocal(scene).getX();
        String category = xAxis.getValueForDisplay(axisX);
        if (category == null) {
            List<String> all = xAxis.getCategories();
            category = axisX < 0 ? all.get(0) : all.get(all.size() - 1);
        }
        return monthOf.get(category);
    }

    private Bounds plotBounds() {
        Node plot = chart == null ? null : chart.lookup(".chart-plot-background");
        return plot == null ? null : overlay.sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
    }

    /** Event markers and the pathfinder shading, placed over the plot in the overlay's coordinates. */
    private void drawOverlay() {
        if (chart == null || data == null) {
            return;
        }
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
        overlay.getChildren().setAll(zoomBox);
        Bounds plot = plotBounds();
        if (plot == null || plot.getWidth() <= 0) {
            return;
        }
        List<YearMonth> months = data.months();
        double step = plot.getWidth() / xAxis.getCategories().size();
        if (data.startsInPathfinder()) {
            long until = data.pathfinderMonths();
            double right = Math.min(plot.getMaxX(), xOf(months.get((int) Math.min(until, months.size() - 1)))
                    - (until < months.size() ? step / 2 : -step / 2));
            Rectangle shade = new Rectangle(plot.getMinX(), plot.getMinY(), Math.max(0, right - plot.getMinX()),
                    plot.getHeight());
            shade.getStyleClass().add("pathfinder-shade");
            // the shading says what it is at any width it has room for a word: in full, or in short
            Label label = new Label(shade.getWidth() > FULL_PATHFINDER_LABEL ? "Pathfinder: not representative"
                    : "Pathfinder");
            label.getStyleClass().add("pathfinder-label");
            label.relocate(plot.getMinX() + 4, plot.getMinY() + 2);
            label.setVisible(shade.getWidth() > SHORT_PATHFINDER_LABEL);
            overlay.getChildren().addAll(shade, label);
        }
        monthLabels(plot, step);
        if (events) {
            Label probe = new Label("Ag");
            probe.getStyleClass().add("event-label");
            overlay.getChildren().add(probe);
            probe.applyCss();
            double lineHeight = probe.prefHeight(-1);
            overlay.getChildren().remove(probe);
            for (EventLayout.Placed event : EventLayout.place(months, month -> xOf(month) - step / 2,
                    text -> textWidth(text), lineHeight, plot.getMaxX(), plot.getMinY() + 16)) {
                Line line = new Line(event.ruleX(), plot.getMinY(), event.ruleX(), plot.getMaxY());
                line.getStyleClass().add("event-marker");
                Label label = new Label(event.event().label());
                label.getStyleClass().add("event-label");
                overlay.getChildren().addAll(line, label);
                label.applyCss();
                label.relocate(event.labelX(), event.labelY());
                label.resize(event.labelWidth(), lineHeight);
            }
        }
    }

    /** The width of an event label's text as the screen draws it. */
    private double textWidth(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("event-label");
        overlay.getChildren().add(label);
        label.applyCss();
        double width = label.prefWidth(-1);
        overlay.getChildren().remove(label);
        return width;
    }

    /** Month names (or Explore's periods) under the plot, every k-th one so that they stay level and apart. */
    private void monthLabels(Bounds plot, double step) {
        List<YearMonth> months = data.months();
        Label probe = new Label(data.widestAxisLabel());
        probe.getStyleClass().add("month-label");
        overlay.getChildren().add(probe);
        probe.applyCss();
        double widest = probe.prefWidth(-1) + 10;
        overlay.getChildren().remove(probe);
        for (int i : cmsstats.workbench.publish.chart.MonthLabels.labelled(months.size(), step, widest)) {
            Label label = new Label(data.axisLabel(months.get(i)));
            label.getStyleClass().add("month-label");
            overlay.getChildren().add(label);
            label.applyCss();
            double width = label.prefWidth(-1);
            label.resize(width, label.prefHeight(width));
            label.relocate(xOf(months.get(i)) - width / 2, plot.getMaxY() + 6);
            Line tick = new Line(xOf(months.get(i)), plot.getMaxY(), xOf(months.get(i)), plot.getMaxY() + 4);
            tick.getStyleClass().add("month-tick");
            overlay.getChildren().add(tick);
        }
    }

    private double xOf(YearMonth month) {
        Point2D scene = xAxis.localToScene(xAxis.getDisplayPosition(Periods.month(month)), 0);
        return overlay.sceneToLocal(scene).getX();
    }

    /** The chart as drawn, for tests and tooltips. */
    XYChart<String, Number> chart() {
        return chart;
    }
}
