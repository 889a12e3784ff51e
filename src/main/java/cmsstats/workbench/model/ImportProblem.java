package cmsstats.workbench.model;

import java.util.Comparator;

/**
 * One reason a file was refused, located as precisely as the file allows.
 *
 * @param file    the file's name
 * @param line    physical line (CSV, header = 1) or sheet row number (XLSX); 0 when the whole file is at fault
 * @param column  the column's header name, or null when the problem is not about one column
 * @param message what is wrong and what was expected
 */
public record ImportProblem(String file, long line, String column, String message) {

    /** Problems in file order: by line, then those about the whole line before those about a column. */
    public static final Comparator<ImportProblem> IN_FILE_ORDER = Comparator
            .comparingLong(ImportProblem::line)
            .thenComparing(p -> p.column() == null ? "" : p.column());

    /** {@code FILE:LINE: column NAME: what is wrong (expected ...)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column ").append(column).append(": ");
        }
        return text.append(message).toString();
    }
}
