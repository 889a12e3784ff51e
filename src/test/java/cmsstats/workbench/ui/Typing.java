package cmsstats.workbench.ui;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** Types into a text field as a user would: select what is there, type over it, press Enter to commit. */
final class Typing {
    private Typing() {
    }

    static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text)
                .type(KeyCode.ENTER);
    }
}
