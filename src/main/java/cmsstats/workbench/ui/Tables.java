package cmsstats.workbench.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
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
    private static final double CELL_PADDING = 22;
    /** Headers wrap rather than widen a column beyond this many pixels of its figures. */
    private static final double MIN_HEADER_WIDTH = 96;
    private static final String TITLE = "cms.table.title";
    private static final double SCROLL_BAR = 22;
    private static final double THEME_FONT_SIZE = 14;
    /** The share of a header's one-line width that holds it on two lines, with room for uneven breaks. */
    private static final double TWO_LINES = 0.62;
    /** A wrapped header sits in the header's own label, inside the header's padding: room for both. */
    private static final double HEADER_PADDING = 8;
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
        // once the skin has made its header and cells, their fonts are known: measure again with them
        table.skinProperty().addListener((observable, old, skin) -> javafx.application.Platform.runLater(fit));
        fit.run();
    }

    /**
     * Sizes a column to its widest cell; a header much wider than its figures wraps onto more lines rather than
     * widening the column (a long series name over four-digit counts).
     */
    private static <S> void fit(TableView<S> table, TableColumn<S, ?> column) {
        Font font = fontOf(table, ".table-cell", false);
        Font headerFont = fontOf(table, ".column-header .label", true);
        double content = 0;
        int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
        for (int row = 0; row < rows; row++) {
            Object value = column.getCellData(row);
            if (value != null) {
                content = Math.max(content, textWidth(value.toString(), font));
            }
        }
        String title = title(column);
        double header = textWidth(title, headerFont);
        double longestWord = 0;
        for (String word : title.split("\\s+")) {
            longestWord = Math.max(longestWord, textWidth(word, headerFont));
        }
        // wide enough for the longest word and for the header on two lines (JavaFX gives headers two at most)
        double width = Math.max(content, Math.min(header, Math.max(Math.max(longestWord, MIN_HEADER_WIDTH),
                header * TWO_LINES)));
        // a header wider than that wraps (workbench.css lets header labels wrap)
        column.setPrefWidth(Math.ceil(width + CELL_PADDING + (header > width ? HEADER_PADDING : 0)));
    }

    /** The width the table needs to show every column whole, with room for its vertical scroll bar. */
    public static double contentWidth(TableView<?> table) {
        return table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() + SCROLL_BAR;
    }

    /** A column's header text, also when it is shown wrapped as a graphic. */
    public static String title(TableColumn<?, ?> column) {
        Object kept = column.getProperties().get(TITLE);
        return kept != null ? kept.toString() : column.getText() == null ? "" : column.getText();
    }

    /**
     * The font of the table's part that {@code selector} finds, once the skin has made it; before that, the
     * theme's table font (AtlantaFX: the system family at {@value #THEME_FONT_SIZE} px, bold in headers).
     */
    private static Font fontOf(TableView<?> table, String selector, boolean bold) {
        if (table.lookup(selector) instanceof Labeled part && part.getFont() != null) {
            return part.getFont();
        }
        return Font.font(Font.getDefault().getFamily(), bold ? javafx.scene.text.FontWeight.BOLD
                : javafx.scene.text.FontWeight.NORMAL, THEME_FONT_SIZE);
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
        StringBuilder text = new StringBuilder(columns.stream().map(Tables::title)
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
