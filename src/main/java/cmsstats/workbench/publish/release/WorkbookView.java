package cmsstats.workbench.publish.release;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook as the publication check sees it, whatever its format: sheets in order, each a grid of cells with its
 * table ranges, and what the format's reader found that breaks a rule only that format can break.
 */
public record WorkbookView(List<SheetView> sheets, String title, String subject, String keywords, String creator,
                           String language, int activeSheet, List<Breach> formatBreaches) {

    /** A cell as read: its kind, its text (or the number's text), and a link's target sheet. */
    public record CellView(Kind kind, String text, String linkSheet) {
        /** What the file holds in the cell. */
        public enum Kind { BLANK, NUMBER, TEXT, FORMULA }

        public static final CellView BLANK = new CellView(Kind.BLANK, "", null);
    }

    /** A table object (XLSX) or database range (ODS): its name and its rows and columns (0-based, inclusive). */
    public record TableRange(String name, int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /** A sheet: its name, whether hidden, its cells, and its tables. */
    public record SheetView(String name, boolean hidden, List<List<CellView>> rows, List<TableRange> tables) {
        public CellView cell(int row, int column) {
            if (row >= rows.size() || column >= rows.get(row).size()) {
                return CellView.BLANK;
            }
            return rows.get(row).get(column);
        }
    }

    /** One breach of the publication rules, located at a sheet and cell (or the whole workbook). */
    public record Breach(String sheet, String cell, String rule) {
        @Override
        public String toString() {
            return (sheet == null ? "workbook" : sheet + (cell == null ? "" : "!" + cell)) + ": " + rule;
        }
    }

    /** Collects breaches. */
    static final class Breaches {
        final List<Breach> list = new ArrayList<>();

        void add(String sheet, String cell, String rule) {
            list.add(new Breach(sheet, cell, rule));
        }
    }

    /** A1-style reference of a 0-based row and column. */
    public static String reference(int row, int column) {
        return OdsReleaseWriter.columnName(column) + (row + 1);
    }
}
