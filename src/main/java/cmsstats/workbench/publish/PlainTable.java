package cmsstats.workbench.publish;

import java.util.List;
import java.util.Map;

/**
 * A working table for checkers (a sample list, a QA worksheet): a header and rows of cells, each a String,
 * a whole number (Integer or Long), a BigDecimal amount, a LocalDate, or null for an empty cell.
 *
 * @param sheetName the XLSX sheet the table goes on (the reader looks for it by this name)
 * @param columns   the header
 * @param rows      the rows, each as wide as the header
 * @param about     lines describing the table (its design, how to fill it in), written to an "about" sheet of
 *                  a workbook; CSV has no place for them
 * @param columnNotes notes on header cells by column name, written as cell comments in a workbook
 */
public record PlainTable(String sheetName, List<String> columns, List<List<Object>> rows, List<String> about,
                         Map<String, String> columnNotes) {
    public PlainTable {
        columnNotes = Map.copyOf(columnNotes);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        about = List.copyOf(about);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size()
                        + " columns");
            }
        }
    }

    /** A table without notes on its header. */
    public PlainTable(String sheetName, List<String> columns, List<List<Object>> rows, List<String> about) {
        this(sheetName, columns, rows, about, Map.of());
    }
}
