package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Changing the store: the new store's session makes every section anew and reads only the new store, and it
 * goes on working once the old store is closed.
 */
@ExtendWith(ApplicationExtension.class)
class StoreSessionTest {
    private ImportFixture first;
    private ImportFixture second;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) throws Exception {
        first = new ImportFixture(Files.createTempDirectory("session-first"));
        first.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                "K1,2016-08-01,REVIEW");
        Path other = Files.createTempDirectory("session-second");
        second = new ImportFixture(other);
        second.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-07-05,,1,PAID,ENGLAND,N", "C2,G2,NEW,2016-08-05,,2,PAID,WALES,N");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private String headline(FxRobot robot, StoreSession session) {
        robot.interact(() -> root.getChildren().setAll(session.view(Section.TRENDS)));
        robot.interact(() -> session.refresh(Section.TRENDS));
        Node title = robot.lookup("#chartHeadline").query();
        Node message = robot.lookup("#chartMessage").tryQuery().orElse(null);
        return ((Labeled) title).getText() + (message == null ? "" : " | " + ((Labeled) message).getText());
    }

    @Test
    void theNewStoresSessionReadsOnlyTheNewStoreInEverySection(FxRobot robot) {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        StoreSession before = new StoreSession(first.store(), executor, dialogs, () -> { });
        robot.interact(() -> before.refresh(Section.DATA));
        assertThat(before.data().versions()).extracting(ExtractVersion::kind).containsExactly(ExtractKind.COMPLAINTS);
        assertThat(headline(robot, before)).endsWith("No figures yet: this chart needs the cases extract (Data, "
                + "Import).");

        StoreSession after = new StoreSession(second.store(), executor, dialogs, () -> { });
        first.close(); // as a change of store does: the old store closes, the new session goes on
        for (Section section : Section.values()) {
            robot.interact(() -> root.getChildren().setAll(after.view(section)));
            robot.interact(() -> after.refresh(section));
        }
        assertThat(after.data().versions()).extracting(ExtractVersion::kind).containsExactly(ExtractKind.CASES);
        assertThat(headline(robot, after)).isEqualTo("Applications received each month (number)");
        assertThat(dialogs.errors).isEmpty();
    }
}
