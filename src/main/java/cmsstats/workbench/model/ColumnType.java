package cmsstats.workbench.model;

/**
 * The value types of the extract contract (docs/EXTRACTS.md, "Rules for every kind").
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
    /** A decimal number, sign allowed, within {@link #DECIMAL_INTEGER_DIGITS} and {@link #DECIMAL_SCALE} digits. */
    DECIMAL("a decimal number such as -12.5, at most 20 digits before the point and 18 after"),
    /** Decimal number strictly above zero, within the same digits as {@link #DECIMAL}. */
    POSITIVE_DECIMAL("a decimal number above 0, at most 20 digits before the point and 18 after"),
    /** One of a fixed list of upper-case codes. */
    CODE("one of the listed codes"),
    /** Free text. */
    TEXT("text");

    /**
     * Digits kept after the point for decimal columns: the stores hold them exactly (DECIMAL(38, 18) in the
     * analytic engine), so a value with more is refused at import rather than rounded.
     */
    public static final int DECIMAL_SCALE = 18;
    /** Digits allowed before the point for decimal columns: 38 digits of precision less the scale. */
    public static final int DECIMAL_INTEGER_DIGITS = 20;

    private final String expectation;

    ColumnType(String expectation) {
        this.expectation = expectation;
    }

    /** What a valid value looks like, for error messages. */
    public String expectation() {
        return expectation;
    }
}
