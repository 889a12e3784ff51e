package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.publish.PublishView;
import cmsstats.workbench.ui.publish.PublishViewModel;
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

/** The Publish view: a table previewed as published, then the release exported and checked. */
@ExtendWith(ApplicationExtension.class)
class PublishViewTest {
    private Path temp;
    private ImportFixture fixture;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("publish-view-test");
        fixture = new ImportFixture(temp.resolve("store"));
        fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                "K1,2016-07-01,REVIEW", "K2,2016-08-02,REVIEW", "K3,2016-08-03,RESOLUTION");
        PublishViewModel model = new PublishViewModel(fixture.store(), new CurrentThreadTaskExecutor(), dialogs);
        stage.setScene(new Scene(new PublishView(model), 1200, 760));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Selects a table in the checklist (scrolled into view first: the list is shorter than the tables). */
    private static void preview(FxRobot robot, String table) {
        org.controlsfx.control.CheckListView<cmsstats.workbench.publish.release.TableDef> list =
                robot.lookup("#tableChecklist").query();
        robot.interact(() -> list.getItems().stream().filter(def -> def.sheet().replace('_', ' ').equals(table))
                .findFirst().ifPresent(list::scrollTo));
        robot.clickOn(robot.lookup(table).match(javafx.scene.Node::isVisible).queryLabeled());
    }

    private void setMonths(FxRobot robot) {
        Typing.replaceText(robot, "#releaseMonth", "2016-08");
        Typing.replaceText(robot, "#firstMonth", "2016-07");
    }

    @Test
    void previewsATableAsPublishedAndExportsACheckedRelease(FxRobot robot) throws Exception {
        setMonths(robot);
        preview(robot, "Complaints");
        assertThat(robot.lookup("#previewTitle").queryAs(Label.class).getText())
                .isEqualTo("Complaints received, Great Britain, July 2016 to August 2016");
        TableView<List<String>> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(preview.getItems()).containsExactly(List.of("July 2016", "1", "1"), List.of("August 2016", "2",
                "3"));
        assertThat(preview.getColumns().get(1).getStyleClass()).contains(Tables.NUMERIC);
        assertThat(Tables.selectionAsText(preview)).startsWith("Month\tComplaints received in the month (number)")
                .contains("August 2016\t2\t3");
        assertThat(robot.lookup("#previewNotes").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).first().asString().startsWith("[note 1] Figures are rounded");

        Files.createDirectories(temp.resolve("out"));
        dialogs.directoryToChoose = temp.resolve("out");
        robot.clickOn("#exportRelease");
        Path release = temp.resolve("out/cms-statistics-2016-08");
        // the target was shown in full and confirmed before anything was written
        assertThat(dialogs.confirmations).singleElement().asString().contains(release.toString())
                .contains("(a new folder)");
        assertThat(dialogs.warnings).isEmpty();
        assertThat(release.resolve("cms-statistics-2016-08.xlsx")).exists();
        assertThat(release.resolve("cms-statistics-2016-08.ods")).exists();
        assertThat(release.resolve("manifest.json")).exists();
        // the chosen folder holds the release's folder and nothing else (no staging left behind)
        try (var listed = Files.list(temp.resolve("out"))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("cms-statistics-2016-08");
        }
        assertThat(robot.lookup("#publishStatus").queryAs(Label.class).getText())
                .startsWith("Release written to " + release);
        assertThat(dialogs.errors).isEmpty();

        dialogs.fileToOpen = release.resolve("cms-statistics-2016-08.ods");
        robot.clickOn("#checkWorkbook"); // below the scrolling choices, always in view
        // the fixture has no samples or checks: the release says which tables show [x], then the check passes
        assertThat(dialogs.information).hasSize(2);
        assertThat(dialogs.information.get(0)).startsWith("The release was written; these tables or columns show "
                + "[x] because the store has nothing for them:");
        assertThat(dialogs.information.get(1)).isEqualTo("cms-statistics-2016-08.ods follows the publication rules.");
    }

    @Test
    void declinedTargetsWriteNothingAndAFolderWithFilesIsWarnedOf(FxRobot robot) throws Exception {
        setMonths(robot);
        dialogs.directoryToChoose = temp.resolve("out");
        Path release = temp.resolve("out/cms-statistics-2016-08");

        dialogs.confirmAnswer = false;
        robot.clickOn("#exportRelease");
        assertThat(dialogs.confirmations).singleElement().asString().contains(release.toString());
        assertThat(release).doesNotExist();
        assertThat(robot.lookup("#publishStatus").queryAs(Label.class).getText())
                .isEqualTo("Publishing cancelled; nothing written");

        Files.createDirectories(release);
        Files.writeString(release.resolve("draft-notes.txt"), "mine");
        dialogs.warningAnswer = false;
        robot.clickOn("#exportRelease");
        assertThat(dialogs.confirmations).hasSize(1); // a folder with files is warned of, not merely confirmed
        assertThat(dialogs.warnings).singleElement().asString().startsWith("The release folder is not empty: "
                + release + " already holds 1 file(s): draft-notes.txt.");
        try (var listed = Files.list(release)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("draft-notes.txt");
        }

        dialogs.warningAnswer = true;
        robot.clickOn("#exportRelease");
        assertThat(release.resolve("cms-statistics-2016-08.xlsx")).exists();
        assertThat(release.resolve("draft-notes.txt")).hasContent("mine");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCommandLinesOptionsAreOfferedWithItsDefaultsAndValidated(FxRobot robot) throws Exception {
        setMonths(robot);
        javafx.scene.control.DatePicker date = robot.lookup("#releaseDate").query();
        javafx.scene.control.ComboBox<String> status = robot.lookup("#releaseStatus").query();
        javafx.scene.control.Spinner<Integer> threshold = robot.lookup("#threshold").query();
        // the defaults are the command line's: two months on, in development, suppress 1 to 4
        assertThat(date.getValue()).isEqualTo(java.time.LocalDate.of(2016, 10, 1));
        assertThat(status.getValue()).isEqualTo("Official statistics in development");
        assertThat(status.getItems()).containsExactly("Accredited official statistics", "Official statistics",
                "Official statistics in development");
        assertThat(threshold.getValue()).isEqualTo(5);

        robot.interact(() -> date.setValue(java.time.LocalDate.of(2016, 8, 31)));
        Label problem = robot.lookup("#optionsProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("The release date 2016-08-31 is not after the release month "
                + "2016-08: figures for a month are published after it ends.");
        assertThat(robot.lookup("#exportRelease").queryButton().isDisabled()).isTrue();

        robot.interact(() -> {
            date.setValue(java.time.LocalDate.of(2016, 10, 27));
            status.setValue("Official statistics");
            threshold.getValueFactory().setValue(3);
            org.controlsfx.control.CheckComboBox<cmsstats.workbench.publish.release.TableDef> unrounded =
                    robot.lookup("#unroundedTables").query();
            unrounded.getCheckModel().check(cmsstats.workbench.publish.release.ReleaseTables.find("intake")
                    .orElseThrow());
        });
        assertThat(problem.isVisible()).isFalse();
        dialogs.directoryToChoose = temp.resolve("out");
        robot.clickOn("#exportRelease");
        String manifest = Files.readString(temp.resolve("out/cms-statistics-2016-08/manifest.json"));
        assertThat(manifest).contains("\"release_date\" : \"2016-10-27\"", "\"next_release\" : \"2017-01-27\"",
                "\"status\" : \"Official statistics\"", "\"suppression_threshold\" : 3",
                "\"unrounded\" : [ \"intake\" ]");
    }
}
