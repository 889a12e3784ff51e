package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.data.DataView;
import cmsstats.workbench.ui.data.DataViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Data view driven as a user would: click Import, see the new version and its rows; a bad file shows its
 * problems and stores nothing. Tasks run on the calling thread, so there is nothing to wait for.
 */
@ExtendWith(ApplicationExtension.class)
class DataViewTest {
    private Path temp;
    private ImportFixture fixture;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private DataViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("data-view-test");
        fixture = new ImportFixture(temp);
        model = new DataViewModel(fixture.store(), new CurrentThreadTaskExecutor(), dialogs);
        DataView view = new DataView(model, () -> model.importFiles(dialogs.chooseExtractFiles()));
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void importingAFileShowsTheNewVersionAndItsRows(FxRobot robot) {
        dialogs.filesToChoose = List.of(fixture.write("complaints-aug.csv", "complaint_id,received_date,stage",
                "K1,2016-08-01,REVIEW", "K2,2016-08-02,RESOLUTION"));

        robot.clickOn("#importButton");

        TableView<ExtractVersion> versions = robot.lookup("#versionTable").queryTableView();
        assertThat(versions.getItems()).hasSize(1);
        assertThat(versions.getItems().get(0).sourceFile()).isEqualTo("complaints-aug.csv");
        assertThat(versions.getSelectionModel().getSelectedItem()).isEqualTo(versions.getItems().get(0));
        TableView<List<String>> rows = robot.lookup("#rowTable").queryTableView();
        assertThat(rows.getColumns()).extracting(c -> c.getText())
                .containsExactly("line", "complaint_id", "received_date", "stage", "extras");
        assertThat(rows.getItems()).containsExactly(
                List.of("2", "K1", "2016-08-01", "REVIEW", ""),
                List.of("3", "K2", "2016-08-02", "RESOLUTION", ""));
        assertThat(robot.lookup("#dataStatus").queryAs(Label.class).getText())
                .isEqualTo("Imported 1 file");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRefusedFileShowsItsProblemsAndStoresNothing(FxRobot robot) {
        dialogs.filesToChoose = List.of(fixture.write("complaints-bad.csv", "complaint_id,received_date,stage",
                "K1,2016-08-01,REVIEW", "K2,2016-08-32,REVIEW"));

        robot.clickOn("#importButton");

        assertThat(dialogs.problemSummaries).containsExactly("complaints-bad.csv: refused, 1 problem, nothing stored. "
                + "Correct the file and import it again.");
        assertThat(dialogs.problemLists.get(0)).containsExactly("complaints-bad.csv:3: column received_date: "
                + "'2016-08-32' is not a real date (expected a date YYYY-MM-DD)");
        assertThat(robot.lookup("#versionTable").queryTableView().getItems()).isEmpty();
        assertThat(fixture.store().extracts().list()).isEmpty();
    }

    @Test
    void aRefusedFileUsesUpNoVersionNumberAndAnIdenticalFileIsAskedAbout(FxRobot robot) {
        Path good = fixture.write("complaints-aug.csv", "complaint_id,received_date,stage", "K1,2016-08-01,REVIEW");
        dialogs.filesToChoose = List.of(good);
        robot.clickOn("#importButton");
        dialogs.filesToChoose = List.of(fixture.write("complaints-bad.csv", "complaint_id,received_date,stage",
                "K1,2016-08-32,REVIEW"));
        robot.clickOn("#importButton");
        dialogs.filesToChoose = List.of(fixture.write("complaints-sep.csv", "complaint_id,received_date,stage",
                "K2,2016-09-01,REVIEW"));
        robot.clickOn("#importButton");
        assertThat(fixture.store().extracts().list()).extracting(ExtractVersion::id).containsExactly(1L, 2L);
        assertThat(dialogs.confirmations).isEmpty();

        dialogs.confirmAnswer = false;
        dialogs.filesToChoose = List.of(good);
        robot.clickOn("#importButton");
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("complaints-aug.csv is identical to version 1 (complaints, complaints-aug.csv)");
        assertThat(fixture.store().extracts().list()).hasSize(2);
        assertThat(robot.lookup("#dataStatus").queryAs(Label.class).getText())
                .isEqualTo("Import cancelled; the store is unchanged");

        dialogs.confirmAnswer = true;
        robot.clickOn("#importButton");
        assertThat(fixture.store().extracts().list()).extracting(ExtractVersion::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aMissingFileSaysWhatIsWrong(FxRobot robot) {
        Path gone = temp.resolve("complaints-gone.csv");
        dialogs.filesToChoose = List.of(gone);
        robot.clickOn("#importButton");
        assertThat(dialogs.problemLists).singleElement().satisfies(problems -> assertThat(problems)
                .containsExactly("complaints-gone.csv: no such file at " + gone.toAbsolutePath() + " (expected a "
                        + "CSV or XLSX file that exists and can be read)"));
        assertThat(fixture.store().extracts().list()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void rowsArePagedFromTheStore(FxRobot robot) {
        String[] lines = new String[451];
        lines[0] = "complaint_id,received_date,stage";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "K" + i + ",2016-08-01,REVIEW";
        }
        dialogs.filesToChoose = List.of(fixture.write("complaints-many.csv", lines));
        robot.clickOn("#importButton");
        assertThat(model.pageCountProperty().get()).isEqualTo(3);

        robot.interact(() -> model.showPage(2));

        TableView<List<String>> rows = robot.lookup("#rowTable").queryTableView();
        assertThat(rows.getItems()).hasSize(50);
        assertThat(rows.getItems().get(0)).startsWith("402", "K401");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRevisionsTabComparesThePublishedEditionWithTheMeasuresNow(FxRobot robot) {
        fixture.importLines(cmsstats.workbench.model.ExtractKind.COMPLAINTS, "complaints.csv",
                "complaint_id,received_date,stage", "K1,2016-08-01,REVIEW", "K2,2016-08-02,REVIEW");
        fixture.importLines(cmsstats.workbench.model.ExtractKind.PUBLISHED, "published.csv",
                "measure,period,breakdown,value,edition", "complaints_received,2016-08,,3,2016-10-26");

        robot.clickOn("Revisions");
        robot.clickOn("#checkRevisions");

        TableView<cmsstats.workbench.model.Revision> table = robot.lookup("#revisionTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.computed()).isEqualByComparingTo("2");
            assertThat(r.flagged()).isTrue();
        });
        // shown as the release shows the measure, with the change signed
        assertThat(table.getColumns().stream().map(c -> String.valueOf(c.getCellData(0))).toList())
                .containsExactly("complaints_received", "Aug 2016", "", "number", "3", "2", "-33.3", "Revised");
        javafx.scene.control.TextField threshold = robot.lookup("#revisionThreshold").query();
        robot.interact(() -> threshold.setText("abc"));
        assertThat(robot.lookup("#checkRevisions").queryButton().isDisabled()).isTrue();
        robot.interact(() -> threshold.setText("50"));
        robot.clickOn("#checkRevisions");
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.flagged()).isFalse());
        assertThat(robot.lookup("#revisionSummary").queryAs(Label.class).getText())
                .isEqualTo("Edition 2016-10-26: 1 published figure, 0 moved by 50% or more (revised)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryTabListsTheAuditTrailNewestFirst(FxRobot robot) {
        dialogs.filesToChoose = List.of(fixture.write("complaints-aug.csv", "complaint_id,received_date,stage",
                "K1,2016-08-01,REVIEW"));
        robot.clickOn("#importButton");
        dialogs.filesToChoose = List.of(fixture.write("complaints-bad.csv", "complaint_id,received_date,stage",
                "K1,2016-08-32,REVIEW"));
        robot.clickOn("#importButton");
        // recorded elsewhere (the command line, another view): shown when the tab is opened
        fixture.store().audit().recordPasswordChange();

        robot.clickOn("History");

        TableView<cmsstats.workbench.model.AuditEvent> table = robot.lookup("#historyTable").queryTableView();
        assertThat(table.getItems()).extracting(e -> e.action().label())
                .containsExactly("Password changed", "Import refused", "Import accepted");
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Event", "Time", "User", "Action", "Workbench", "What");
        assertThat(String.valueOf(table.getColumns().get(2).getCellData(2)))
                .isEqualTo(System.getProperty("user.name"));
        assertThat(String.valueOf(table.getColumns().get(5).getCellData(2)))
                .startsWith("file complaints-aug.csv (SHA-256 ").endsWith("; extract version 1; complaints, 1 row");
        assertThat(robot.lookup("#historySummary").queryAs(Label.class).getText())
                .startsWith("3 events, newest first");
    }
}
