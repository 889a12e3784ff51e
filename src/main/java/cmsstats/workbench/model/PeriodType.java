package cmsstats.workbench.model;

/** What a measure's period means. */
public enum PeriodType {
    /** Events within the calendar month. */
    MONTH("month"),
    /** A stock at the last day of the month. */
    MONTH_END("month end"),
    /** The three months ending with the period's month. */
    QUARTER("quarter"),
    /** Cumulative from the first data up to the end of the month. */
    TO_DATE("to date");

    private final String label;

    PeriodType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
