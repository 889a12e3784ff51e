package cmsstats.workbench.ui.sampling;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders for the sampling forms: labelled grids, cards, and number fields bound to a property. */
final class Forms {
    private Forms() {
    }

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
            label.setLabelFor(control);
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
     * A text field holding a number, bound both ways to {@code property}; text that does not parse is refused as
     * typed (the field keeps its last good value) and explained by the prompt.
     */
    static <T> TextField numberField(String id, ObjectProperty<T> property, Function<String, T> parse,
                                     Function<T, String> show, String help) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.setTooltip(new Tooltip(help));
        field.setAccessibleHelp(help);
        TextFormatter<T> formatter = new TextFormatter<>(new StringConverter<T>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    return parse.apply(text.strip().replace(",", ""));
                } catch (RuntimeException e) {
                    return property.get();
                }
            }
        });
        field.setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(property);
        return field;
    }

    static TextField integerField(String id, ObjectProperty<Integer> property, String help) {
        return numberField(id, property, Integer::valueOf, String::valueOf, help);
    }

    static TextField decimalField(String id, ObjectProperty<Double> property, String help) {
        return numberField(id, property, Double::valueOf, v -> java.math.BigDecimal.valueOf(v).stripTrailingZeros()
                .toPlainString(), help);
    }

    static TextField longField(String id, ObjectProperty<Long> property, String help) {
        return numberField(id, property, Long::valueOf, String::valueOf, help);
    }

    /** A read-only, unsortable table column showing text derived from each row. */
    static <S> javafx.scene.control.TableColumn<S, String> column(String title,
                                                                 java.util.function.Function<S, String> value) {
        javafx.scene.control.TableColumn<S, String> column = new javafx.scene.control.TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
