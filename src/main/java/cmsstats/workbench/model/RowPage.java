package cmsstats.workbench.model;

import java.util.List;

/**
 * A page of an extract version's rows, formatted as the extract contract writes them.
 *
 * @param columns   column names: {@code line}, the kind's columns, then {@code extras}
 * @param numeric   for each column, whether it holds numbers (to align them right)
 * @param rows      the rows of this page, each a list of cell texts (empty string for null)
 * @param offset    index of the first row of this page in the version (0-based)
 * @param totalRows rows in the whole version
 */
public record RowPage(List<String> columns, List<Boolean> numeric, List<List<String>> rows, long offset,
                      long totalRows) {
    public RowPage {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = List.copyOf(rows);
    }
}
