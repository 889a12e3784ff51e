package cmsstats.workbench.ui.sampling;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders for the sampling forms: labelled grids, cards, and number fields that show when they are wrong. */
final class Forms {
    /** Key, in a composite control's properties, of the node its row label names (a number field's text field). */
    private static final String LABEL_TARGET = "forms.labelTarget";

    private Forms() {
    }

    /** How far a text field's text sits below its top edge (AtlantaFX's padding), for labels beside it. */
    private static final double FIELD_TEXT_INSET = 5;

    /** A two-column grid of label and control rows. */
    static GridPane grid(Object... labelsAndControls) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls);
        for (int i = 0; i + 1 < labelsAndControls.length; i += 2) {
            Label label = new Label((String) labelsAndControls[i]);
            Node control = (Node) labelsAndControls[i + 1];
            label.setLabelFor(control.getProperties().get(LABEL_TARGET) instanceof Node target ? target : control);
            // label and control on one baseline; a wrapping text beside its label is top-aligned instead, as
            // GridPane gives a baseline-aligned row only the height of the text's first line
            // a number field with its problem line under it is a box of two lines: top-aligned too, its label
            // moved down to the field's text
            boolean tall = control instanceof Label || control instanceof VBox;
            VPos align = tall ? VPos.TOP : VPos.BASELINE;
            if (control instanceof VBox) {
                label.setPadding(new Insets(FIELD_TEXT_INSET, 0, 0, 0));
            }
            GridPane.setValignment(label, align);
            GridPane.setValignment(control, align);
            grid.addRow(i / 2, label, control);
        }
        return grid;
    }

    /** A label that wraps to the width it is given, growing in height rather than cutting its text short. */
    static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A titled card around content. */
    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(10, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        return card;
    }

    /**
     * A text field for a number, bound both ways to {@code input}'s text. While the text is not an acceptable
     * number the field is marked invalid and a line under it says what is expected, so the user sees why the
     * form will not draw (the view model refuses until every input is valid).
     */
    static VBox numberField(String id, NumberInput<?> input, String help) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.setTooltip(new Tooltip(help + "\n" + input.expected()));
        field.setAccessibleHelp(help + ". " + input.expected());
        field.textProperty().bindBidirectional(input.textProperty());
        Label problem = wrapping(new Label());
        problem.setId(id + "Problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(input.problemProperty());
        problem.setLabelFor(field);
        Runnable mark = () -> {
            boolean invalid = !input.valid();
            field.pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
            problem.setVisible(invalid);
            problem.setManaged(invalid);
            field.setAccessibleText(invalid ? input.problemProperty().get() : null);
        };
        input.valueProperty().addListener((obs, old, value) -> mark.run());
        input.problemProperty().addListener((obs, old, value) -> mark.run());
        mark.run();
        VBox box = new VBox(4, field, problem);
        box.getProperties().put(LABEL_TARGET, field);
        return box;
    }
}
