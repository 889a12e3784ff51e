package cmsstats.workbench.publish.release;

import java.util.List;

/**
 * One worksheet of the release: its name, the title in A1, lines of text in column A below it, and at most one
 * table (the cover has none).
 *
 * @param name   the sheet's name (unique, at most 31 characters, not starting with a digit)
 * @param title  the title in A1: what, where, when
 * @param lines  the text between the title and the table, one line per row, in column A
 * @param table  the table, or null
 * @param period the period the table covers, for the contents
 */
public record Sheet(String name, String title, List<String> lines, Table table, String period) {
    public Sheet {
        lines = List.copyOf(lines);
    }

    /**
     * A table object: a unique name, its columns and rows.
     *
     * @param name    the table's name (letters, digits and underscores, unique in the workbook)
     * @param columns the header row
     * @param rows    the data rows, each as wide as the header
     */
    public record Table(String name, List<Column> columns, List<List<Cell>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table " + name + ": a row of " + row.size() + " cells under "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /** The row (0-based) the table's header is on: after the title and the lines. */
    public int headerRow() {
        return 1 + lines.size();
    }
}
