package cmsstats.workbench.ui.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sampling action disabled while it runs in the background gets the keyboard focus back when it can run again,
 * instead of leaving it in the next field (the size calculator's, where the next keystroke overwrote a value).
 */
@ExtendWith(ApplicationExtension.class)
class PanesActionTest {
    private final SimpleBooleanProperty idle = new SimpleBooleanProperty(true);
    private Button draw;
    private TextField calculatorField;
    private int runs;

    @Start
    void start(Stage stage) {
        draw = new Button("Draw sample");
        calculatorField = new TextField("0.05");
        // the action runs "in the background": it only marks the tab busy, as the view models' draws do
        Panes.action(draw, idle, () -> {
            runs++;
            idle.set(false);
        });
        stage.setScene(new Scene(new VBox(draw, calculatorField), 300, 120));
        stage.show();
    }

    @Test
    void theFocusLeavesTheDisabledActionAndComesBackWhenItCanRunAgain(FxRobot robot) {
        robot.clickOn(draw);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).isEqualTo(1);
        assertThat(draw.isDisabled()).isTrue();
        // JavaFX's own behaviour, which the rule exists for: a disabled node passes the focus on
        assertThat(calculatorField.isFocused()).isTrue();

        robot.interact(() -> idle.set(true));
        assertThat(draw.isDisabled()).isFalse();
        assertThat(draw.isFocused()).isTrue();
    }
}
