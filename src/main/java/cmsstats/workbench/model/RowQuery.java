package cmsstats.workbench.model;

/**
 * How a user asks to see an extract version's rows: in file order or sorted by one column, all of them or only
 * those whose text contains a search term (in one column, or in any).
 *
 * @param sortColumn   the column to sort by, {@code line} for file order, or null for file order
 * @param descending   whether the sort runs from the largest down
 * @param filterColumn the column searched, or null for every column of the kind
 * @param filterText   the text a row must contain (case-insensitive), or blank for every row
 */
public record RowQuery(String sortColumn, boolean descending, String filterColumn, String filterText) {
    /** Every row in file order. */
    public static final RowQuery ALL = new RowQuery(null, false, null, "");

    public RowQuery {
        filterText = filterText == null ? "" : filterText.strip();
    }

    /** Whether this is every row in file order, which the store pages by row number with no search or sort. */
    public boolean plain() {
        return filterText.isEmpty() && (sortColumn == null || sortColumn.equals("line")) && !descending;
    }
}
