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

    @Test
    void previewsATableAsPublishedAndExportsACheckedRelease(FxRobot robot) throws Exception {
        Typing.replaceText(robot, "#releaseMonth", "2016-08");
        Typing.replaceText(robot, "#firstMonth", "2016-07");
        robot.clickOn("Complaints");
        assertThat(robot.lookup("#previewTitle").queryAs(Label.class).getText())
                .isEqualTo("Complaints received, Great Britain, July 2016 to August 2016");
        TableView<List<String>> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(preview.getItems()).containsExactly(List.of("July 2016", "1", "1"), List.of("August 2016", "2", "3"));
        assertThat(robot.lookup("#previewNotes").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).first().asString().startsWith("[note 1] Figures are rounded");

        dialogs.directoryToChoose = temp.resolve("release");
        robot.clickOn("#exportRelease");
        assertThat(temp.resolve("release/cms-statistics-2016-08.xlsx")).exists();
        assertThat(temp.resolve("release/cms-statistics-2016-08.ods")).exists();
        assertThat(temp.resolve("release/manifest.json")).exists();
        assertThat(robot.lookup("#publishStatus").queryAs(Label.class).getText())
                .startsWith("Release written to " + temp.resolve("release"));
        assertThat(dialogs.errors).isEmpty();

        dialogs.fileToOpen = temp.resolve("release/cms-statistics-2016-08.ods");
        robot.clickOn("#checkWorkbook");
        assertThat(dialogs.information).containsExactly("cms-statistics-2016-08.ods follows the publication rules.");
    }
}
