package cmsstats.workbench.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A section whose tools are not in this release yet. It says plainly what will be there, and offers no control
 * that could pretend to work.
 */
final class PlannedView extends VBox {
    PlannedView(String title, String purpose, List<String> features) {
        super(10);
        getStyleClass().add("planned-view");
        setPadding(new Insets(16));
        Label heading = new Label(title);
        heading.getStyleClass().add("view-title");
        Label what = new Label(purpose);
        what.setWrapText(true);
        what.getStyleClass().add("view-subtitle");
        Label notYet = new Label("Not available in this version of the workbench.");
        notYet.getStyleClass().add("planned-badge");
        VBox list = new VBox(6);
        features.forEach(f -> {
            Label item = new Label("\u2022  " + f);
            item.setWrapText(true);
            list.getChildren().add(item);
        });
        Label planned = new Label("What this section will offer");
        planned.getStyleClass().add("section-title");
        getChildren().addAll(heading, what, notYet, planned, list);
        setMaxWidth(760);
    }
}
