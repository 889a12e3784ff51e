package cmsstats.workbench.ui.sampling;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layout rule of the sampling tabs: a form column of fixed width beside a results column, the whole tab
 * scrolling (both ways) once the window is smaller than that, rather than each pane squeezing or cutting its
 * controls and tables (at 1100x700 the accuracy buttons had scrolled out of a pane of their own, and tables
 * showed "Sa..." for headers).
 */
final class Panes {
    /** The form column: wide enough for a label, a number field and its message. */
    static final double FORM_WIDTH = 400;
    /** Below this the results column stops shrinking and the tab scrolls sideways instead. */
    static final double MIN_RESULTS_WIDTH = 420;
    /** A table keeps its header and a few rows; the tab scrolls down rather than flattening it. */
    static final double MIN_TABLE_HEIGHT = 150;

    private Panes() {
    }

    /** Keeps the form column at its width, whatever the window. */
    private static void fixedColumn(Region column) {
        column.setMinWidth(FORM_WIDTH);
        column.setPrefWidth(FORM_WIDTH);
        column.setMaxWidth(FORM_WIDTH);
    }

    /**
     * Makes {@code action} run {@code run}, enabled while {@code enabled} holds, and keeps the keyboard focus on it:
     * JavaFX hands the focus of a node that becomes disabled to the next one, which in a sampling tab is the size
     * calculator's first field with its text selected, so the next keystroke overwrote it. Once the action can run
     * again the focus comes back to it.
     */
    static void action(Button action, ObservableBooleanValue enabled, Runnable run) {
        action.disableProperty().bind(Bindings.not(enabled));
        boolean[] refocus = {false};
        action.setOnAction(e -> {
            refocus[0] = true;
            run.run();
        });
        enabled.addListener((obs, was, now) -> {
            if (now && refocus[0]) {
                refocus[0] = false;
                action.requestFocus();
            }
        });
    }

    /**
     * A sampling tab's form column: the design, then what to do with it (draw, import), then the sample size
     * calculator, an aid that fills in the design's size. The actions come before the calculator so that they
     * are in view without scrolling in a 1100x700 window.
     */
    static VBox formColumn(Region design, Region actions, Region calculator) {
        VBox column = new VBox(12, design, actions, calculator);
        fixedColumn(column);
        return column;
    }

    /**
     * Puts the tab's content in {@code pane}: filling the viewport while it is larger than the content's minimum
     * size, scrolling as a whole when it is smaller.
     */
    static void scrollAsWhole(ScrollPane pane, Region content) {
        pane.setContent(content);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        content.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** A line by the Draw button, shown while a number of the form is not valid, saying why it is disabled. */
    static Label invalidFormHint(ObservableBooleanValue formValid) {
        Label hint = Forms.wrapping(new Label("Correct the fields marked in red to draw."));
        hint.getStyleClass().add(Styles.DANGER);
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.not(formValid));
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }
}
