package cmsstats.workbench.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.publish.chart.ChartCatalog;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartSpec;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Trends chart on figures made by hand: a lone month is drawn, and a series keeps its colour. */
@ExtendWith(ApplicationExtension.class)
class TrendChartTest {
    private TrendChart chart;

    @Start
    void start(Stage stage) {
        chart = new TrendChart((from, to) -> { });
        stage.setScene(new Scene(chart, 900, 500));
        stage.show();
    }

    private static ChartData figures(String chartId, List<YearMonth> months, List<List<BigDecimal>> values) {
        ChartSpec spec = ChartCatalog.find(chartId).orElseThrow();
        List<ChartData.Series> series = new ArrayList<>();
        for (int s = 0; s < values.size(); s++) {
            List<ChartData.Point> points = new ArrayList<>();
            for (int m = 0; m < months.size(); m++) {
                points.add(new ChartData.Point(months.get(m), values.get(s).get(m), null, null));
            }
            series.add(new ChartData.Series("Series " + (s + 1), spec.series().get(0).measure(), false, false, points));
        }
        return new ChartData(spec, months, series, "Great Britain", "Source: test", null);
    }

    @Test
    void aSeriesWithOneMonthIsDrawnAsAMarkerInsideThePlot(FxRobot robot) {
        List<YearMonth> months = List.of(YearMonth.of(2016, 7), YearMonth.of(2016, 8), YearMonth.of(2016, 9));
        ChartData one = figures("service_type", months, List.of(java.util.Arrays.asList(null, new BigDecimal("96"),
                null)));
        robot.interact(() -> chart.show(one, false));
        WaitForAsyncUtils.waitForFxEvents();
        XYChart<String, Number> drawn = chart.chart();
        assertThat(drawn.getData().get(0).getData()).extracting(XYChart.Data::getXValue).containsExactly("Aug 2016");
        Node marker = drawn.getData().get(0).getData().get(0).getNode();
        assertThat(marker.isVisible()).isTrue();
        Bounds bounds = marker.localToScene(marker.getBoundsInLocal());
        Node plot = drawn.lookup(".chart-plot-background");
        Bounds area = plot.localToScene(plot.getBoundsInLocal());
        assertThat(bounds.getWidth()).isGreaterThan(4);
        assertThat(area.contains(bounds.getCenterX(), bounds.getCenterY())).isTrue();
    }

    @Test
    void aChartOfOneMonthDrawsItsMarker(FxRobot robot) {
        ChartData one = figures("accuracy", List.of(YearMonth.of(2016, 8)), List.of(List.of(new BigDecimal("96"))));
        robot.interact(() -> chart.show(one, false));
        WaitForAsyncUtils.waitForFxEvents();
        Node marker = chart.chart().getData().get(0).getData().get(0).getNode();
        Bounds bounds = marker.localToScene(marker.getBoundsInLocal());
        Node plot = chart.chart().lookup(".chart-plot-background");
        Bounds area = plot.localToScene(plot.getBoundsInLocal());
        assertThat(marker.isVisible()).isTrue();
        assertThat(bounds.getWidth()).isGreaterThan(4);
        assertThat(area.contains(bounds.getCenterX(), bounds.getCenterY())).isTrue();
    }

    @Test
    void aSeriesKeepsItsColourWhenAnotherIsSwitchedOff(FxRobot robot) {
        List<YearMonth> months = List.of(YearMonth.of(2016, 7), YearMonth.of(2016, 8));
        ChartData both = figures("intake", months, List.of(List.of(BigDecimal.ONE, BigDecimal.TEN),
                List.of(BigDecimal.TEN, BigDecimal.ONE)));
        robot.interact(() -> chart.show(both, false));
        WaitForAsyncUtils.waitForFxEvents();
        Color second = barFill(chart.chart().getData().get(1));
        assertThat(second).isEqualTo(Color.web(both.series().get(1).style().colour()));

        ChartData secondOnly = both.restrictedTo(months.get(0), months.get(1), List.of("Series 2"));
        robot.interact(() -> chart.show(secondOnly, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.chart().getData()).hasSize(1);
        assertThat(barFill(chart.chart().getData().get(0))).isEqualTo(second);
        assertThat(second).isNotEqualTo(Color.web(both.series().get(0).style().colour()));
    }

    @Test
    void aChartWithoutFiguresSaysWhatItNeeds(FxRobot robot) {
        List<YearMonth> months = List.of(YearMonth.of(2016, 8));
        ChartData none = figures("accuracy", months, List.of(java.util.Arrays.asList((BigDecimal) null)));
        robot.interact(() -> chart.show(none, false));
        assertThat(robot.lookup("#chartMessage").queryLabeled().getText()).isEqualTo("No figures yet: this chart "
                + "needs a finalised accuracy check (Sampling, Accuracy checks) on the assessments extract.");
    }

    private static Color barFill(XYChart.Series<String, Number> series) {
        Region bar = (Region) series.getData().get(0).getNode();
        bar.applyCss();
        // the theme shades the bar's colour into a gradient whose middle stop is the colour itself
        javafx.scene.paint.Paint fill = bar.getBackground().getFills().get(0).getFill();
        if (fill instanceof javafx.scene.paint.LinearGradient gradient) {
            return gradient.getStops().stream().filter(stop -> stop.getOffset() == 0.5).findFirst().orElseThrow()
                    .getColor();
        }
        return (Color) fill;
    }
}
