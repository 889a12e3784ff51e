package cmsstats.workbench.model;

/** The unit of a measure's values. */
public enum MeasureUnit {
    COUNT("number"),
    GBP("GBP"),
    PERCENT("%");

    private final String label;

    MeasureUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
