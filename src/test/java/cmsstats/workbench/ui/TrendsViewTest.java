package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.trends.TrendsView;
import cmsstats.workbench.ui.trends.TrendsViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * The Trends view driven as a statistician would: hover a bar for its figure, narrow the period with the range
 * slider, switch a series off, export PNG and SVG. Intake: 1 new application in Jan 2016, 2 in Feb, ... 6 in
 * Jun; arrears-only applications 10 in every month from Apr.
 */
@ExtendWith(ApplicationExtension.class)
class TrendsViewTest {
    private Path temp;
    private ImportFixture fixture;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("trends-view-test");
        fixture = new ImportFixture(temp);
        List<String> cases = new ArrayList<>(List.of(ImportFixture.CASES_HEADER));
        int id = 0;
        for (int month = 1; month <= 6; month++) {
            for (int i = 0; i < month; i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-10,,2,PAID,ENGLAND,N");
            }
            for (int i = 0; month >= 4 && i < 10; i++) {
                cases.add("C" + ++id + ",G" + id + ",ARREARS_ONLY,2016-0" + month + "-12,,2,NOT_APPLICABLE,WALES,Y");
            }
        }
        // an earlier version without June's applications, to compare with
        assertThat(fixture.importLines(ExtractKind.CASES, "cases-may.csv", cases.stream()
                .filter(line -> !line.contains(",2016-06-")).toArray(String[]::new)).accepted()).isTrue();
        assertThat(fixture.importLines(ExtractKind.CASES, "cases.csv", cases.toArray(String[]::new)).accepted())
                .isTrue();
        TrendsViewModel model = new TrendsViewModel(fixture.store(), new CurrentThreadTaskExecutor(), dialogs);
        stage.setScene(new Scene(new TrendsView(model), 1200, 760));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private XYChart<String, Number> chart(FxRobot robot) {
        return (XYChart<String, Number>) robot.lookup("#trendChart").query();
    }

    @Test
    void hoveringABarShowsItsExactFigure(FxRobot robot) throws Exception {
        XYChart<String, Number> chart = chart(robot);
        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactly("New applications", "Arrears-only applications");
        Node march = chart.getData().get(0).getData().get(2).getNode();
        robot.moveTo(march);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Tooltip tip && tip.isShowing()));
        Tooltip shown = (Tooltip) robot.listWindows().stream().filter(w -> w instanceof Tooltip tip && tip.isShowing())
                .findFirst().orElseThrow();
        assertThat(shown.getText()).isEqualTo("Mar 2016\nNew applications: 3");
    }

    @Test
    void theRangeSliderChangesThePlottedMonthsAndATogglehidesASeries(FxRobot robot) {
        assertThat(chart(robot).getData().get(0).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly("Jan 2016", "Feb 2016", "Mar 2016", "Apr 2016", "May 2016", "Jun 2016");
        RangeSlider slider = robot.lookup("#periodRange").query();
        robot.interact(() -> {
            slider.setLowValue(2);
            slider.setHighValue(4);
        });
        assertThat(chart(robot).getData().get(0).getData()).extracting(XYChart.Data::getXValue)
                .containsExactly("Mar 2016", "Apr 2016", "May 2016");
        assertThat(robot.lookup("#chartSubtitle").queryLabeled().getText())
                .isEqualTo("Great Britain, Mar 2016 to May 2016");

        // the toggles are rebuilt when the chart's figures are; on a loaded machine that may be a pulse later
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#series-1").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the series toggles were not shown within 5 s", e);
        }
        robot.clickOn("#series-1"); // the toggle, not the legend or the table header of the same name
        assertThat(chart(robot).getData()).extracting(XYChart.Series::getName).containsExactly("New applications");
        robot.clickOn("#resetZoom");
        assertThat(chart(robot).getData().get(0).getData()).hasSize(6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEarlierExtractVersionIsDrawnBesideTheNewest(FxRobot robot) {
        javafx.scene.control.ChoiceBox<cmsstats.workbench.model.ExtractVersion> versions =
                robot.lookup("#compareVersion").query();
        assertThat(versions.getItems()).hasSize(2);
        robot.interact(() -> versions.getSelectionModel().select(1));
        XYChart<String, Number> chart = chart(robot);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("New applications",
                "Arrears-only applications", "New applications (version 1)", "Arrears-only applications (version 1)");
        XYChart.Series<String, Number> earlier = chart.getData().get(2);
        assertThat(earlier.getData()).filteredOn(d -> d.getXValue().equals("Jun 2016"))
                .extracting(d -> d.getYValue().intValue()).containsExactly(0);
    }

    @Test
    void exportWritesAPngOfTheRightSizeAndAnSvgWithTheTitleAndEverySeries(FxRobot robot) throws Exception {
        dialogs.chartFile = temp.resolve("intake.png");
        robot.clickOn("#exportPng");
        BufferedImage png = ImageIO.read(temp.resolve("intake.png").toFile());
        assertThat(png.getWidth()).isEqualTo(960);
        assertThat(png.getHeight()).isEqualTo(640);
        BufferedImage twice = ImageIO.read(temp.resolve("intake@2x.png").toFile());
        assertThat(twice.getWidth()).isEqualTo(1920);
        assertThat(Files.readString(temp.resolve("intake.txt"))).startsWith("Stacked bar chart: Applications "
                + "received each month (number).");
        assertThat(Files.readAllLines(temp.resolve("intake.csv"))).contains("2016-03,3,0");

        dialogs.chartFile = temp.resolve("intake.svg");
        robot.clickOn("#exportSvg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(temp.resolve("intake.svg").toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .startsWith("Applications received each month (number)");
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("New applications", "Arrears-only applications",
                "Source: Child Maintenance Service");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isGreaterThan(10);
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength()).isZero();
        assertThat(dialogs.suggestedChartNames).containsExactly("intake.png", "intake.svg");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExportSuggestsANameWithTheBreakdown(FxRobot robot) {
        javafx.scene.control.ChoiceBox<TrendsViewModel.BreakdownChoice> breakdown =
                robot.lookup("#breakdownChoice").query();
        robot.interact(() -> breakdown.getItems().stream().filter(c -> c.breakdown()
                == cmsstats.workbench.model.Breakdown.COUNTRY).findFirst().ifPresent(breakdown::setValue));
        robot.clickOn("#exportSvg");
        assertThat(dialogs.suggestedChartNames).containsExactly("intake-by-country.svg");
    }
}
