package cmsstats.workbench.model;

import java.util.List;

/**
 * One column of an extract layout.
 *
 * @param name     header name, lower case as in docs/EXTRACTS.md (matched case-insensitively, trimmed)
 * @param type     value type
 * @param optional whether an empty cell (null) is allowed
 * @param codes    the allowed codes for {@link ColumnType#CODE}, otherwise empty
 * @param min      lower bound for {@link ColumnType#INTEGER} (inclusive)
 * @param max      upper bound for {@link ColumnType#INTEGER} (inclusive)
 */
public record Column(String name, ColumnType type, boolean optional, List<String> codes, long min, long max) {

    public Column {
        codes = List.copyOf(codes);
    }

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, false, List.of(), 0, Long.MAX_VALUE);
    }

    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, List.of(), 0, Long.MAX_VALUE);
    }

    public static Column code(String name, boolean optional, String... codes) {
        return new Column(name, ColumnType.CODE, optional, List.of(codes), 0, 0);
    }

    public static Column integer(String name, long min, long max) {
        return new Column(name, ColumnType.INTEGER, false, List.of(), min, max);
    }

    /** What a valid value of this column looks like, for error messages. */
    public String expectation() {
        return switch (type) {
            case CODE -> "one of " + String.join(", ", codes);
            case INTEGER -> max == Long.MAX_VALUE
                    ? "a whole number >= " + min
                    : "a whole number from " + min + " to " + max;
            default -> type.expectation();
        };
    }
}
