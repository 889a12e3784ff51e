package cmsstats.workbench.publish.release;

import java.util.List;

/**
 * One table of the release: a measure family of docs/MEASURES.md, its columns (a measure each, with the release's
 * release's rounding), whether its rows are quarters, and the notes it refers to.
 *
 * @param id        the table's id (command line, file names, table object name)
 * @param sheet     the worksheet's name
 * @param subject   what the table shows, the start of its title
 * @param quarterly rows are quarters (each ending in the month shown), not months
 * @param columns   the figure columns after the period column
 * @param notes     the notes the table refers to, by key
 */
public record TableDef(String id, String sheet, String subject, boolean quarterly, List<ColumnDef> columns,
                       List<Notes.Key> notes) {
    public TableDef {
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
    }

    /**
     * A figure column: the measure and its header (with its unit). Its rounding is the measure's, decided once per
     * release ({@link Rounding#forMeasure}), not the table's.
     */
    public record ColumnDef(String measure, String header) {
    }
}
