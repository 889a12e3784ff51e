package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Dialogs open centred over their owner and wholly on its screen, worked by hand. */
class DialogPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1100, 700);

    @Test
    void aDialogIsCentredAcrossItsOwnerAThirdOfTheWayDown() {
        // the "Protect the new store?" dialog, 600x278, over a full-screen 1100x700 window: (1100 - 600) / 2 = 250,
        // (700 - 278) / 3 = 140.67; JavaFX had put it at x = -77
        Point2D at = DialogPlacement.position(LAPTOP, 600, 278, LAPTOP);
        assertThat(at.getX()).isEqualTo(250.0);
        assertThat(at.getY()).isCloseTo(140.667, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aDialogOverAWindowNearTheScreensEdgeIsMovedOntoTheScreen() {
        Rectangle2D nearRight = new Rectangle2D(900, 500, 400, 300);
        // centred it would start at 900 + (400 - 600) / 2 = 800 and end at 1400: moved left to 1100 - 600 = 500;
        // its top 500 + (300 - 278) / 3 = 507.33 would end at 785: moved up to 700 - 278 = 422
        Point2D at = DialogPlacement.position(nearRight, 600, 278, LAPTOP);
        assertThat(at).isEqualTo(new Point2D(500, 422));
    }

    @Test
    void aDialogLargerThanTheScreenStartsAtItsTopLeft() {
        Rectangle2D second = new Rectangle2D(1100, 0, 800, 600);
        assertThat(DialogPlacement.position(second, 900, 650, second)).isEqualTo(new Point2D(1100, 0));
    }
}
