package cmsstats.workbench.model;

/**
 * The value types of the extract contract (shared/domain/EXTRACTS.md, "Rules for every kind").
 * Each type says, in words a user reads in an error message, what a well-formed value looks like.
 */
public enum ColumnType {
    /** Opaque identifier, 1-40 characters. */
    ID("an identifier of 1 to 40 characters"),
    /** ISO date {@code YYYY-MM-DD}. */
    DATE("a date YYYY-MM-DD"),
    /** ISO month {@code YYYY-MM}. */
    MONTH("a month YYYY-MM"),
    /** Pounds, at most 2 decimals, no sign, no currency symbol, no thousands separator. */
    MONEY("an amount in pounds such as 204.50 (digits, at most 2 decimals, no sign or separators)"),
    /** Whole number within the column's bounds. */
    INTEGER("a whole number"),
    /** Any decimal number, sign allowed. */
    DECIMAL("a decimal number such as -12.5"),
    /** Decimal number strictly above zero. */
    POSITIVE_DECIMAL("a decimal number above 0"),
    /** One of a fixed list of upper-case codes. */
    CODE("one of the listed codes"),
    /** Free text. */
    TEXT("text");

    private final String expectation;

    ColumnType(String expectation) {
        this.expectation = expectation;
    }

    /** What a valid value looks like, for error messages. */
    public String expectation() {
        return expectation;
    }
}
