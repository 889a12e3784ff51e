package cmsstats.workbench.publish.explore;

import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.publish.release.Cell;
import cmsstats.workbench.publish.release.Column;
import cmsstats.workbench.publish.release.Notes;
import cmsstats.workbench.publish.release.ReleaseOptions;
import cmsstats.workbench.publish.release.ReleaseWorkbook;
import cmsstats.workbench.publish.release.Sheet;
import cmsstats.workbench.publish.release.Shorthand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An explored table as a workbook the release's writers write and its checker accepts (Analysis Function
 * guidance: Cover, Contents and Notes sheets, one table object per sheet, a title in A1, units in the headers,
 * shorthand explained above the table): the same shape as a release, with one table.
 */
public final class ExploreWorkbook {
    private static final String SHEET = "Table_1";

    private ExploreWorkbook() {
    }

    public static ReleaseWorkbook of(ShownTable shown, LocalDate created) {
        Notes notes = new Notes(ReleaseOptions.DEFAULT_THRESHOLD);
        List<Notes.Key> keys = new ArrayList<>(List.of(Notes.Key.MANAGEMENT_INFORMATION));
        if (shown.table().query().rounded()) {
            keys.add(Notes.Key.ROUNDING);
        }
        keys.forEach(notes::number);
        Sheet table = tableSheet(shown, notes, keys);
        List<Sheet> sheets = List.of(cover(shown), contents(table), notesSheet(notes), table);
        return new ReleaseWorkbook(shown.title(), shown.title(), "child maintenance, Child Maintenance Service, CMS, "
                + "2012 scheme, statistics, explore", ReleaseOptions.ORGANISATION, created, sheets);
    }

    private static Sheet cover(ShownTable shown) {
        List<String> lines = new ArrayList<>();
        lines.add("A table built in the Explore section of CMS Statistics Workbench " + WorkbenchVersion.get()
                + " from the Child Maintenance Service 2012 scheme extracts in its store.");
        lines.add("Measures: " + String.join("; ", shown.table().measures().stream()
                .map(m -> m.title() + " (" + m.id() + ")").toList()) + ".");
        lines.add("Rows: " + shown.rowsHeader().toLowerCase(java.util.Locale.UK) + "s"
                + (shown.crossed().isEmpty() ? "" : "; columns: " + shown.crossedWords()
                + ", with totals computed over each breakdown") + ".");
        String slice = shown.table().query().slice().crossing(List.of()).describe();
        lines.add(slice.isEmpty() ? "Filters: none." : "Filters: the data" + slice + ".");
        lines.add("Figures are " + (shown.table().query().rounded() ? "rounded as the release rounds them"
                : "not rounded") + ". This table is not a published statistic and is not suppressed.");
        lines.add("Source: Child Maintenance Service 2012 scheme management information, Department for Work and "
                + "Pensions.");
        lines.add("The Contents worksheet lists the table; the Notes worksheet holds the notes it refers to.");
        return new Sheet("Cover", shown.title(), lines, null, "");
    }

    private static Sheet contents(Sheet table) {
        return new Sheet("Contents", "Contents", List.of("This worksheet contains one table: one row per table, "
                + "with a link to its worksheet."), new Sheet.Table("table_contents", List.of(
                Column.text("Worksheet (link)"), Column.text("Table title"), Column.text("Period covered")),
                List.of(List.of(Cell.link("Table 1", SHEET), Cell.text(table.title()), Cell.text(table.period())))),
                "");
    }

    private static Sheet notesSheet(Notes notes) {
        List<List<Cell>> rows = new ArrayList<>();
        notes.all().forEach(note -> rows.add(List.of(Cell.text("[note " + note.getKey() + "]"),
                Cell.text(note.getValue()))));
        return new Sheet("Notes", "Notes", List.of("This worksheet contains one table: the notes the table refers "
                + "to."), new Sheet.Table("table_notes", List.of(Column.text("Note number"),
                Column.text("Note text")), rows), "");
    }

    private static Sheet tableSheet(ShownTable shown, Notes notes, List<Notes.Key> keys) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(shown.rowsHeader())));
        for (int c = 0; c < shown.columns(); c++) {
            columns.add(Column.number(shown.header(c)));
        }
        boolean anyMissing = false;
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < shown.rows(); r++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(shown.rowLabel(r))));
            for (int c = 0; c < shown.columns(); c++) {
                BigDecimal value = shown.shown(r, c);
                anyMissing |= value == null;
                row.add(Cell.number(value, shown.decimals(r, c)));
            }
            rows.add(row);
        }
        List<String> lines = new ArrayList<>();
        lines.add("This worksheet contains one table.");
        lines.add("Notes for this table are on the Notes worksheet: " + String.join(", ", keys.stream()
                .map(notes::reference).toList()) + ".");
        if (anyMissing) {
            lines.add("Cells showing " + Shorthand.NOT_AVAILABLE.symbol() + " are "
                    + Shorthand.NOT_AVAILABLE.meaning() + ".");
        }
        if (shown.anyDisclosive()) {
            lines.add("Some counts are from 1 to " + ShownTable.DISCLOSIVE_UP_TO + " and could identify a family: "
                    + "suppress them before this table leaves the department.");
        }
        lines.add("Source: Child Maintenance Service 2012 scheme management information, Department for Work and "
                + "Pensions.");
        String period = shown.rows() == 0 ? "" : shown.rowLabel(0) + (shown.rows() == 1 ? ""
                : " to " + shown.rowLabel(shown.rows() - 1));
        return new Sheet(SHEET, shown.title(), lines, new Sheet.Table("table_explore", columns, rows), period);
    }
}
