package cmsstats.workbench.ingest;

import java.util.List;

/** Receives a table's header and rows as a reader streams them, in file order. */
interface TabularHandler {

    /** The header row (line 1). */
    void header(List<String> names);

    /**
     * One data row.
     *
     * @param line  the row's first physical line (CSV) or sheet row number (XLSX), counting the header as 1
     * @param cells the row's cells as text; null or "" for an empty cell
     */
    void row(long line, String[] cells);

    /** A row with no content, passed over but counted. */
    void blankLine(long line);

    /** Progress through the file: bytes (or units) done of total, total 0 when unknown. */
    void progress(long done, long total);
}
