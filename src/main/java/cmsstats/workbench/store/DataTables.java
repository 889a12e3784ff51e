package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names and DDL of the per-version data tables, derived from the extract contract. Each version's rows go to
 * {@code EXTRACT_DATA.<KIND>_<id>}, keyed by a dense row number in file order (so any page of rows is a primary
 * key range) and carrying the row's line in the file, with a unique constraint on the kind's key.
 * Every identifier here is built from the contract or a numeric id, never from user input.
 */
final class DataTables {
    static final String SCHEMA = "EXTRACT_DATA";
    static final String ROW_COLUMN = "ROW_NO";
    static final String LINE_COLUMN = "LINE_NO";
    static final String EXTRAS_COLUMN = "EXTRAS";

    private DataTables() {
    }

    static String tableName(ExtractKind kind, long versionId) {
        return kind.id().toUpperCase(Locale.ROOT) + "_" + versionId;
    }

    static String qualified(String table) {
        return SCHEMA + ".\"" + table + "\"";
    }

    static String column(String name) {
        return "\"" + name.toUpperCase(Locale.ROOT) + "\"";
    }

    static String sqlType(Column column) {
        return switch (column.type()) {
            case ID -> "VARCHAR(40)";
            case DATE, MONTH -> "DATE";
            case MONEY -> "DECIMAL(15, 2)";
            case INTEGER -> "BIGINT";
            case DECIMAL, POSITIVE_DECIMAL -> "DECFLOAT";
            case CODE -> "VARCHAR(20)";
            case TEXT -> "CHARACTER VARYING";
        };
    }

    static String createTable(ExtractKind kind, String table) {
        String columns = kind.columns().stream()
                .map(c -> column(c.name()) + " " + sqlType(c) + (c.optional() ? "" : " NOT NULL"))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE " + qualified(table) + " (" + ROW_COLUMN + " BIGINT PRIMARY KEY, " + LINE_COLUMN
                + " BIGINT NOT NULL, " + columns + ", " + EXTRAS_COLUMN + " CHARACTER VARYING)";
    }

    /** An INSERT of {@code rows} rows at once: row number, line, the kind's columns, extras. */
    static String insert(ExtractKind kind, String table, int rows) {
        String names = kind.columns().stream().map(c -> column(c.name())).collect(Collectors.joining(", "));
        String row = "(" + "?, ".repeat(kind.columns().size() + 2) + "?)";
        return "INSERT INTO " + qualified(table) + " (" + ROW_COLUMN + ", " + LINE_COLUMN + ", " + names + ", "
                + EXTRAS_COLUMN
                + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row));
    }
}
