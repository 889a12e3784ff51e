package cmsstats.workbench.store;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ColumnType;
import cmsstats.workbench.model.ExtractKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Names and DDL of the columnar copy of each extract version in the analytic engine, derived from the extract
 * contract: {@code <kind>_<id>} with the row's number in the version and the kind's columns, typed for
 * aggregation (ADR 0013). A month is stored as its integer month index (year * 12 + month - 1) so that grouping
 * by month never formats dates; codes are DuckDB ENUMs of the contract's codes; money is DECIMAL(18,2), exact.
 * The {@code published} kind has no copy: its figures are read as reference values, never aggregated.
 */
final class AnalyticTables {
    /** One row per complete columnar copy: a copy without its row here is unfinished and is dropped. */
    static final String CATALOG = "analytic_version";
    static final String ROW_COLUMN = "row_no";
    /** Decimal places kept exactly for the contract's decimal columns (survey weights). */
    static final int DECIMAL_SCALE = ColumnType.DECIMAL_SCALE;
    static final int DECIMAL_PRECISION = ColumnType.DECIMAL_INTEGER_DIGITS + ColumnType.DECIMAL_SCALE;

    /** A derived table's name: purpose, two underscores, source version ids joined by one. */
    private static final java.util.regex.Pattern DERIVED = java.util.regex.Pattern.compile(
            "[a-z]+__(\\d{1,18}(?:_\\d{1,18})*)");

    private AnalyticTables() {
    }

    /** Whether a kind has a columnar copy. */
    static boolean analysed(ExtractKind kind) {
        return kind != ExtractKind.PUBLISHED;
    }

    static String name(ExtractKind kind, long versionId) {
        return kind.id() + "_" + versionId;
    }

    /** The version id of a data table's name, or empty for a name that is not one. */
    static Optional<Long> versionOf(String table) {
        int underscore = table.lastIndexOf('_');
        if (underscore < 0 || ExtractKind.fromId(table.substring(0, underscore)).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(table.substring(underscore + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The name of a table derived from committed copies by one query: its purpose, two underscores, then the
     * source versions' ids ({@code quarters__7_3}). No extract kind contains two underscores in a row.
     */
    static String derivedName(String purpose, long... sources) {
        return purpose + "__" + java.util.Arrays.stream(sources).mapToObj(Long::toString)
                .collect(Collectors.joining("_"));
    }

    /** The source version ids of a derived table's name, or empty for a name that is not one. */
    static Optional<List<Long>> derivedSources(String table) {
        java.util.regex.Matcher name = DERIVED.matcher(table);
        if (!name.matches()) {
            return Optional.empty();
        }
        return Optional.of(java.util.Arrays.stream(name.group(1).split("_")).map(Long::valueOf).toList());
    }

    static String sqlType(Column column) {
        return switch (column.type()) {
            case ID, TEXT -> "VARCHAR";
            case DATE -> "DATE";
            case MONTH -> "INTEGER";
            case MONEY -> "DECIMAL(18, 2)";
            case INTEGER -> "BIGINT";
            case DECIMAL, POSITIVE_DECIMAL -> "DECIMAL(" + DECIMAL_PRECISION + ", " + DECIMAL_SCALE + ")";
            case CODE -> column.codes().stream().map(code -> "'" + code + "'")
                    .collect(Collectors.joining(", ", "ENUM(", ")"));
        };
    }

    static String createTable(ExtractKind kind, long versionId) {
        String columns = kind.columns().stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT) + " " + sqlType(c) + (c.optional() ? "" : " NOT NULL"))
                .collect(Collectors.joining(", "));
        return "CREATE TABLE " + name(kind, versionId) + " (" + ROW_COLUMN + " BIGINT NOT NULL, " + columns + ")";
    }

    static String createCatalog() {
        return "CREATE TABLE IF NOT EXISTS " + CATALOG + " (id BIGINT PRIMARY KEY, kind VARCHAR NOT NULL, "
                + "row_count BIGINT NOT NULL, sha256 VARCHAR NOT NULL, loaded_at TIMESTAMP NOT NULL)";
    }
}
