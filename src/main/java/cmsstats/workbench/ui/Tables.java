package cmsstats.workbench.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The one way the workbench's tables are built: text columns left-aligned, number columns right-aligned (style
 * class {@value #NUMERIC}, both on the text's baseline so a row reads level), columns sized to their header and
 * content so that no figure hides behind an ellipsis, and Ctrl+C copying the selected rows as tab-separated text
 * exactly as shown.
 */
public final class Tables {
    /** Style class of a column of figures. */
    public static final String NUMERIC = "numeric";
    /** Rows measured when sizing a column: enough for the widest figure of any release table. */
    private static final int MEASURED_ROWS = 500;
    /** Room for the cell's padding and the header's sort arrow, in pixels. */
    private static final double CELL_PADDING = 28;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private Tables() {
    }

    /** A read-only, unsortable column of text derived from each row. */
    public static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** A read-only, unsortable column of figures, right-aligned. */
    public static <S> TableColumn<S, String> numberColumn(String title, Function<S, String> value) {
        TableColumn<S, String> column = textColumn(title, value);
        column.getStyleClass().add(NUMERIC);
        return column;
    }

    /**
     * Sizes every column to its widest header or cell text (the first {@value #MEASURED_ROWS} rows), now and
     * whenever the rows or columns change; the table then scrolls sideways rather than squeezing a column.
     */
    public static <S> void fitColumnsToContent(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable fit = () -> table.getColumns().forEach(column -> fit(table, column));
        table.getItems().addListener((ListChangeListener<S>) change -> fit.run());
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> fit.run());
        table.itemsProperty().addListener((observable, old, items) -> {
            items.addListener((ListChangeListener<S>) change -> fit.run());
            fit.run();
        });
        table.skinProperty().addListener((observable, old, skin) -> fit.run());
        fit.run();
    }

    private static <S> void fit(TableView<S> table, TableColumn<S, ?> column) {
        Font font = cellFont(table);
        Font headerFont = Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
        double width = textWidth(column.getText(), headerFont);
        int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
        for (int row = 0; row < rows; row++) {
            Object value = column.getCellData(row);
            if (value != null) {
                width = Math.max(width, textWidth(value.toString(), font));
            }
        }
        column.setPrefWidth(Math.ceil(width + CELL_PADDING));
    }

    /** The font the table's cells are drawn in, once the skin has made one, else the default font. */
    private static Font cellFont(TableView<?> table) {
        Node cell = table.lookup(".table-cell");
        return cell instanceof Labeled labeled ? labeled.getFont() : Font.getDefault();
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** Lets the user select several rows and copy them with Ctrl+C (Cmd+C), headers first, tab-separated. */
    public static <S> void enableCopy(TableView<S> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelection(table);
                event.consume();
            }
        });
    }

    /** Puts the selected rows (or, with none selected, every row) on the clipboard as the table shows them. */
    public static <S> void copySelection(TableView<S> table) {
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionAsText(table));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The selected rows (or every row) as tab-separated lines, the visible column headers first. */
    public static <S> String selectionAsText(TableView<S> table) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        List<Integer> rows = table.getSelectionModel().getSelectedCells().stream()
                .map(TablePosition::getRow).distinct().sorted().collect(Collectors.toList());
        if (rows.isEmpty()) {
            rows = java.util.stream.IntStream.range(0, table.getItems().size()).boxed().collect(Collectors.toList());
        }
        StringBuilder text = new StringBuilder(columns.stream().map(TableColumn::getText)
                .collect(Collectors.joining("\t"))).append('\n');
        for (int row : rows) {
            int index = row;
            text.append(columns.stream().map(column -> {
                Object value = column.getCellData(index);
                return value == null ? "" : value.toString();
            }).collect(Collectors.joining("\t"))).append('\n');
        }
        return text.toString();
    }
}
