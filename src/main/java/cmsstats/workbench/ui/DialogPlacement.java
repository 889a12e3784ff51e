package cmsstats.workbench.ui;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Where a dialog goes: centred across its owner, a third of the way down (where JavaFX puts it), and moved wholly
 * onto the owner's screen. JavaFX places a dialog from the width it would have before its header text wraps, so a
 * dialog with a long header opened far to the left of its owner, part of it off the screen of a 1100x700 window;
 * the place is therefore worked out again once the dialog is shown at its real size.
 */
final class DialogPlacement {
    private DialogPlacement() {
    }

    /** Shows the dialog, placed over its owner, and waits for its answer. */
    static <R> Optional<R> showAndWait(Dialog<R> dialog) {
        EventHandler<DialogEvent> before = dialog.getOnShown();
        dialog.setOnShown(event -> {
            // the dialog's own "shown" comes before its window has a size: place the window once it is shown
            Window window = dialog.getDialogPane().getScene().getWindow();
            EventHandler<WindowEvent> placeOnce = new EventHandler<>() {
                @Override
                public void handle(WindowEvent shown) {
                    window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    place(window, dialog.getOwner());
                }
            };
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, placeOnce);
            if (before != null) {
                before.handle(event);
            }
        });
        return dialog.showAndWait();
    }

    private static void place(Window window, Window owner) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D over = owner == null ? primary
                : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D screen = Screen.getScreensForRectangle(over).stream().findFirst().map(Screen::getVisualBounds)
                .orElse(primary);
        Point2D at = position(over, window.getWidth(), window.getHeight(), screen);
        window.setX(at.getX());
        window.setY(at.getY());
    }

    /**
     * The top left corner of a {@code width} x {@code height} dialog: centred across {@code owner}, its top a third
     * of the owner's spare height down, then moved inside {@code screen} (to its top left when it is larger).
     */
    static Point2D position(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 3;
        return new Point2D(within(x, screen.getMinX(), screen.getMaxX() - width),
                within(y, screen.getMinY(), screen.getMaxY() - height));
    }

    /** The value moved into [min, max]; min when the range is empty (the dialog is larger than the screen). */
    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
