package cmsstats.workbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.cli.WorkbenchCommand;
import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.measures.CrossTable;
import cmsstats.workbench.measures.CrossTableBuilder;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.TableQuery;
import cmsstats.workbench.publish.explore.QueryFile;
import cmsstats.workbench.publish.explore.ShownTable;
import cmsstats.workbench.publish.explore.TableExport;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.ScriptedDialogService;
import cmsstats.workbench.ui.Tables;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/**
 * The Explore section driven as a statistician would: a crossed table of the caseload by quarter, country by
 * application type, filtered to Wales, exported to CSV and saved as a query file that the command line runs to
 * the same CSV. Caseload at the end of June 2016: England C1 C7 (new), Wales C2 (new; C3 closed in June),
 * Scotland C4 (new); at the end of September also C5 (England, arrears only), C6 (Wales, new), C8 (Scotland, new).
 */
@ExtendWith(ApplicationExtension.class)
class ExploreViewTest {
    private Path temp;
    private ImportFixture fixture;
    private boolean closed;
    private ExploreViewModel model;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("explore-view-test");
        fixture = new ImportFixture(temp);
        assertThat(fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-04-05,,1,PAID,ENGLAND,N",
                "C7,G6,NEW,2016-04-20,,1,PAID,ENGLAND,N",
                "C2,G1,NEW,2016-05-10,,2,EXEMPT_DV,WALES,Y",
                "C3,G2,ARREARS_ONLY,2016-05-20,2016-06-15,1,NOT_APPLICABLE,WALES,N",
                "C4,G3,NEW,2016-06-01,,1,PAID,SCOTLAND,N",
                "C5,G4,ARREARS_ONLY,2016-07-02,,3,NOT_APPLICABLE,ENGLAND,Y",
                "C6,G5,NEW,2016-07-30,,1,EXEMPT_UNDER19,WALES,N",
                "C8,G7,NEW,2016-09-10,,1,PAID,SCOTLAND,N").accepted()).isTrue();
        model = new ExploreViewModel(fixture.store(), new CurrentThreadTaskExecutor(), dialogs);
        stage.setScene(new Scene(new ExploreView(model), 1100, 700));
        stage.getScene().getStylesheets().add(ExploreView.class.getResource("/cmsstats/workbench/ui/workbench.css")
                .toExternalForm());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        if (!closed) {
            fixture.close();
        }
    }

    private TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#exploreTable").queryTableView();
    }

    private static List<String> headers(TableView<?> table) {
        return table.getColumns().stream().map(Tables::title).toList();
    }

    private static String cell(TableView<Integer> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    @SuppressWarnings("unchecked")
    private void buildTheCrossedTable(FxRobot robot) {
        robot.clickOn("#measure-caseload_total");
        robot.clickOn("#rows-quarter");
        ComboBox<Breakdown> first = robot.lookup("#firstColumn").queryComboBox();
        ComboBox<Breakdown> second = robot.lookup("#secondColumn").queryComboBox();
        robot.interact(() -> first.setValue(Breakdown.COUNTRY));
        robot.interact(() -> second.setValue(Breakdown.APPLICATION_TYPE));
    }

    @Test
    void buildsACrossedTableWhoseCellsAreTheBuildersFigures(FxRobot robot) {
        assertThat(robot.lookup("#exploreMessage").queryAs(Label.class).getText())
                .startsWith("Choose one or more measures");
        buildTheCrossedTable(robot);
        TableView<Integer> table = table(robot);
        CrossTable built = new CrossTableBuilder(new MeasureEngine(fixture.store())).build(model.query());
        ShownTable shown = new ShownTable(built);
        assertThat(robot.lookup("#tableTitle").queryAs(Label.class).getText()).isEqualTo(shown.title());
        assertThat(headers(table)).hasSize(13).first().isEqualTo("Quarter");
        assertThat(headers(table).subList(1, 4)).containsExactly("England, New applications (number)",
                "England, Arrears-only applications (number)", "England, any application type (number)");
        assertThat(headers(table).get(12)).isEqualTo("Total (number)");
        assertThat(table.getColumns().get(1).getStyleClass()).contains(Tables.NUMERIC);
        assertThat(table.getItems()).hasSize(2);
        assertThat(cell(table, 0, 0)).isEqualTo("Apr to Jun 2016");
        for (int r = 0; r < built.periods().size(); r++) {
            for (int c = 0; c < built.columns().size(); c++) {
                assertThat(cell(table, r, c + 1)).isEqualTo(built.cell(r, c).toPlainString());
            }
        }
        // by hand: end of June England 2 new, grand total 4; end of September grand total 7
        assertThat(cell(table, 0, 1)).isEqualTo("2");
        assertThat(cell(table, 0, 12)).isEqualTo("4");
        assertThat(cell(table, 1, 12)).isEqualTo("7");

        // counts from 1 to 4 are marked; a zero is not
        TableCell<?, ?> england = robot.lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> c
                && c.getTableColumn() == table.getColumns().get(1) && c.getIndex() == 0).query();
        assertThat(england.getStyleClass()).contains(ExploreView.DISCLOSIVE);
        assertThat(england.getTooltip().getText()).isEqualTo(ExploreView.DISCLOSIVE_TIP);
        TableCell<?, ?> zero = robot.lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> c
                && c.getTableColumn() == table.getColumns().get(2) && c.getIndex() == 0).query();
        assertThat(zero.getText()).isEqualTo("0");
        assertThat(zero.getStyleClass()).doesNotContain(ExploreView.DISCLOSIVE);

        // the chart draws the six total columns of the twelve
        XYChart<?, ?> chart = robot.lookup("#exploreChart #trendChart").query();
        assertThat(chart.getData()).extracting(XYChart.Series::getName).hasSize(6).contains("Total (number)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilterChangesTheTableAndTheExportAndTheCommandLineGiveTheSameCsv(FxRobot robot) throws Exception {
        buildTheCrossedTable(robot);
        CheckComboBox<String> country = robot.lookup("#filter-country").query();
        robot.interact(() -> country.getCheckModel().check("WALES"));
        TableView<Integer> table = table(robot);
        assertThat(headers(table)).containsExactly("Quarter", "Wales, New applications (number)",
                "Wales, Arrears-only applications (number)", "Wales, any application type (number)",
                "Any country, New applications (number)", "Any country, Arrears-only applications (number)",
                "Total (number)");
        assertThat(robot.lookup("#tableTitle").queryAs(Label.class).getText()).endsWith("where country is WALES");
        // Wales: C2 at the end of June; C2 and C6 at the end of September
        assertThat(cell(table, 0, 6)).isEqualTo("1");
        assertThat(cell(table, 1, 6)).isEqualTo("2");

        Path csv = temp.resolve("wales.csv");
        dialogs.fileToSave = csv;
        robot.clickOn("#exportTable");
        TableQuery query = model.query();
        String expected = TableExport.csv(new ShownTable(new CrossTableBuilder(new MeasureEngine(fixture.store()))
                .build(query)));
        assertThat(Files.readString(csv)).isEqualTo(expected);
        assertThat(robot.lookup("#exploreStatus").queryAs(Label.class).getText()).startsWith("Exported 2 rows");

        Path queryFile = temp.resolve("wales.json");
        dialogs.fileToSave = queryFile;
        robot.clickOn("#saveQuery");
        assertThat(QueryFile.read(queryFile)).isEqualTo(query);

        // the command line runs the saved query on the same store: the same CSV
        fixture.close();
        closed = true;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WorkbenchCommand.commandLine(desktop -> { });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("--db", temp.resolve("store").toString(), "table", "--query", queryFile.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(expected);
    }

    @Test
    void aQueryFileOpensIntoTheControlsAndABadOneIsOneClearLine(FxRobot robot) throws Exception {
        buildTheCrossedTable(robot);
        Path saved = temp.resolve("saved.json");
        dialogs.fileToSave = saved;
        robot.clickOn("#saveQuery");
        TableQuery query = model.query();
        robot.clickOn("#measure-caseload_total");
        assertThat(model.chosenMeasures()).isEmpty();
        assertThat(table(robot).getColumns()).isEmpty();

        dialogs.fileToOpen = saved;
        robot.clickOn("#openQuery");
        assertThat(model.query()).isEqualTo(query);
        assertThat(robot.lookup("#firstColumn").queryComboBox().getValue()).isEqualTo(Breakdown.COUNTRY);
        assertThat(robot.lookup("#secondColumn").queryComboBox().getValue()).isEqualTo(Breakdown.APPLICATION_TYPE);
        assertThat(robot.lookup("#rows-quarter").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(table(robot).getColumns()).hasSize(13);

        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"measures\": [\"no_such_measure\"]}");
        dialogs.fileToOpen = bad;
        robot.clickOn("#openQuery");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Cannot open the query file: bad.json: field measures: "
                + "unknown measure 'no_such_measure' (expected one of ").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(model.query()).isEqualTo(query);
    }

    @Test
    void aRefusedMeasureSaysWhyInPlaceOfTheTable(FxRobot robot) {
        robot.clickOn("#measureSearch").write("complaints rec");
        robot.clickOn("#measure-complaints_received");
        assertThat(robot.lookup("#exploreMessage").queryAs(Label.class).getText())
                .isEqualTo("Cannot build this table: no complaints extract is stored (import one to compute these "
                        + "measures)");
        assertThat(table(robot).getColumns()).isEmpty();
        assertThat(new ArrayList<>(dialogs.errors)).isEmpty();
    }

    @Test
    void aFiguresRecordsOpenBesideTheTableTheirCountIsTheFigureAndTheirExportWarns(FxRobot robot) throws Exception {
        buildTheCrossedTable(robot);
        TableView<Integer> table = table(robot);
        // Wales, any application type, at the end of September: C2 and C6
        assertThat(headers(table).get(6)).isEqualTo("Wales, any application type (number)");
        assertThat(cell(table, 1, 6)).isEqualTo("2");
        assertThat(robot.lookup("#showRecords").queryButton().isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(1, table.getColumns().get(6)));
        robot.clickOn("#showRecords");
        TableView<List<String>> rows = robot.lookup("#recordsTable").queryTableView();
        assertThat(rows.getItems()).hasSize(2);
        int id = headers(rows).indexOf("case_id");
        assertThat(rows.getItems().stream().map(r -> r.get(id)).toList()).containsExactly("C2", "C6");
        assertThat(robot.lookup("#recordsHeading").queryAs(Label.class).getText())
                .startsWith("Records behind Wales, any application type (number), Jul to Sep 2016 (2): 2 rows of "
                        + "cases version 1 (");
        assertThat(robot.lookup("#recordsMessage").queryAs(Label.class).getText()).contains("personal data");

        // England, arrears-only, end of September: C5 alone, reached by double-clicking the figure
        robot.interact(() -> table.getSelectionModel().select(1, table.getColumns().get(2)));
        robot.interact(() -> model.drill(1, 1));
        assertThat(rows.getItems()).hasSize(1);
        assertThat(rows.getItems().get(0).get(id)).isEqualTo("C5");

        Path csv = temp.resolve("records.csv");
        dialogs.fileToSave = csv;
        robot.clickOn("#exportRecords");
        assertThat(dialogs.warnings).hasSize(1);
        assertThat(dialogs.warnings.get(0)).startsWith("Export personal data: 1 case-level rows: ");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("7,C5,G4,ARREARS_ONLY,2016-07-02,,3,NOT_APPLICABLE,ENGLAND,Y,");

        robot.clickOn("#closeRecords");
        assertThat(robot.lookup("#recordsPane").tryQuery()).isEmpty();

        // a point of the chart: the grand total at the end of June, C1 C2 C4 C7
        XYChart<String, Number> chart = robot.lookup("#exploreChart #trendChart").query();
        XYChart.Series<String, Number> total = chart.getData().stream().filter(series -> series.getName()
                .equals("Total (number)")).findFirst().orElseThrow();
        robot.clickOn(total.getData().get(0).getNode());
        assertThat(rows.getItems().stream().map(r -> r.get(id)).toList()).containsExactly("C1", "C7", "C2", "C4");
    }

    @Test
    void aRateSaysWhyItHasNoRecords(FxRobot robot) {
        robot.clickOn("#measureSearch").write("fee_exemption_pct");
        robot.clickOn("#measure-fee_exemption_pct");
        TableView<Integer> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(0, table.getColumns().get(1)));
        robot.clickOn("#showRecords");
        assertThat(robot.lookup("#recordsMessage").queryAs(Label.class).getText())
                .startsWith("fee_exemption_pct is a rate, with no records of its own: show the records of its parts");
        assertThat(robot.lookup("#exportRecords").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aQuerySavedInTheStoreIsListedAndReopensAndTheCommandLineRunsIt(FxRobot robot) throws Exception {
        buildTheCrossedTable(robot);
        TableQuery query = model.query();
        String expected = TableExport.csv(new ShownTable(new CrossTableBuilder(new MeasureEngine(fixture.store()))
                .build(query)));
        dialogs.textAnswer = "caseload by country";
        robot.clickOn("#saveInStore");
        assertThat(model.savedQueries()).containsExactly("caseload by country");
        robot.clickOn("#measure-caseload_total");
        assertThat(model.chosenMeasures()).isEmpty();
        ComboBox<String> saved = robot.lookup("#savedQueries").queryComboBox();
        robot.interact(() -> saved.setValue("caseload by country"));
        assertThat(model.query()).isEqualTo(query);

        fixture.close();
        closed = true;
        StringWriter out = new StringWriter();
        CommandLine cli = WorkbenchCommand.commandLine(desktop -> { });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("--db", temp.resolve("store").toString(), "table", "--saved", "caseload by country"))
                .isZero();
        assertThat(out.toString()).isEqualTo(expected);
    }
}
