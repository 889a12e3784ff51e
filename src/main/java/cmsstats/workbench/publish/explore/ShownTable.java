package cmsstats.workbench.publish.explore;

import cmsstats.workbench.measures.CrossTable;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.Periods;
import cmsstats.workbench.publish.chart.Labels;
import cmsstats.workbench.publish.release.ReleaseOptions;
import cmsstats.workbench.publish.release.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A built table as readers see it, the one source of its words and shown figures for the Explore screen and
 * every export: the title, column headers with their units, row labels, each figure rounded as the release
 * rounds it (when the query asks for rounding) and which counts are small enough to identify a family.
 */
public final class ShownTable {
    /** Counts from 1 to this are disclosive: the release's default suppression (counts 1 to 4). */
    public static final int DISCLOSIVE_UP_TO = ReleaseOptions.DEFAULT_THRESHOLD - 1;

    private final CrossTable table;
    private final Map<String, Rounding> roundings = new HashMap<>();

    public ShownTable(CrossTable table) {
        this.table = table;
        for (MeasureDefinition measure : table.measures()) {
            roundings.put(measure.id(), table.query().rounded()
                    ? Rounding.forMeasure(measure, largest(measure)) : Rounding.NONE);
        }
    }

    public CrossTable table() {
        return table;
    }

    /** "Caseload at the end of the month, Great Britain, Apr 2016 to Mar 2017 by quarter, where country is ...". */
    public String title() {
        String when = table.isEmpty() ? "" : ", " + Periods.span(table.query().rows().start(table.periods().get(0)),
                table.periods().get(table.periods().size() - 1));
        return measuresTitle() + ", Great Britain" + when + byPeriod() + filtersWords();
    }

    /** The title without its place and months, which a chart gives in its subtitle: "Caseload ... by quarter". */
    public String subject() {
        return measuresTitle() + byPeriod() + filtersWords();
    }

    private String measuresTitle() {
        return String.join("; ", table.measures().stream().map(MeasureDefinition::title).toList());
    }

    private String byPeriod() {
        return switch (table.query().rows()) {
            case MONTH -> "";
            case QUARTER -> " by quarter";
            case YEAR -> " by financial year";
        };
    }

    private String filtersWords() {
        return table.query().slice().crossing(List.of()).describe();
    }

    public int rows() {
        return table.periods().size();
    }

    public int columns() {
        return table.columns().size();
    }

    public String rowLabel(int row) {
        return table.query().rows().label(table.periods().get(row));
    }

    /** The heading of the rows' column: "Month", "Quarter" or "Financial year". */
    public String rowsHeader() {
        return switch (table.query().rows()) {
            case MONTH -> "Month";
            case QUARTER -> "Quarter";
            case YEAR -> "Financial year";
        };
    }

    /**
     * A column's header: the measure (when the table has several), each crossed breakdown's value or "any" of
     * it for a total, and the unit: "Wales, New applications (number)", "Any country, Direct Pay (number)",
     * "Total (number)".
     */
    public String header(int column) {
        CrossTable.Column c = table.columns().get(column);
        List<String> parts = new ArrayList<>();
        if (table.measures().size() > 1) {
            parts.add(c.measure().title());
        }
        boolean allTotal = c.codes().stream().allMatch(code -> code == null);
        if (allTotal) {
            parts.add("Total");
        } else {
            for (int b = 0; b < c.crossed().size(); b++) {
                String code = c.codes().get(b);
                parts.add(code != null ? Labels.code(code) : "any " + Labels.breakdown(c.crossed().get(b)));
            }
        }
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " (" + unit(c.measure()) + ")";
    }

    /** The unit as a header gives it: "number", "GBP", "GBP million" (rounded money) or "%". */
    public String unit(MeasureDefinition measure) {
        return measure.unit() == MeasureUnit.GBP && rounding(measure) == Rounding.MILLION_1DP ? "GBP million"
                : measure.unit().label();
    }

    public Rounding rounding(MeasureDefinition measure) {
        return roundings.get(measure.id());
    }

    /** The figure as shown: rounded when the query asks for it, or null for no figure. */
    public BigDecimal shown(int row, int column) {
        CrossTable.Column c = table.columns().get(column);
        BigDecimal value = table.cell(row, column);
        if (value != null && c.measure().unit() == MeasureUnit.GBP && rounding(c.measure()) == Rounding.NONE) {
            return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
        return rounding(c.measure()).apply(value);
    }

    /** The figure as the screen writes it: digits grouped by thousands, its own decimals; "[x]" for none. */
    public String display(int row, int column) {
        BigDecimal value = shown(row, column);
        if (value == null) {
            return "[x]";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat(value.scale() > 0 ? "#,##0."
                + "0".repeat(value.scale()) : "#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** Decimals the shown figure has (for a spreadsheet's number format). */
    public int decimals(int row, int column) {
        BigDecimal shown = shown(row, column);
        Rounding rounding = rounding(table.columns().get(column).measure());
        return rounding.decimals() >= 0 ? rounding.decimals() : shown == null ? 0 : Math.max(0, shown.scale());
    }

    /** A count from 1 to {@value #DISCLOSIVE_UP_TO} in a count measure: it could identify a family. */
    public boolean disclosive(int row, int column) {
        CrossTable.Column c = table.columns().get(column);
        BigDecimal value = table.cell(row, column);
        return c.measure().unit() == MeasureUnit.COUNT && value != null && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(DISCLOSIVE_UP_TO)) <= 0
                && value.stripTrailingZeros().scale() <= 0;
    }

    /** Whether any figure is disclosive. */
    public boolean anyDisclosive() {
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                if (disclosive(r, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The breakdowns crossed, as words: "country by application type". */
    public String crossedWords() {
        return String.join(" by ", table.query().slice().crossed().stream().map(Labels::breakdown).toList());
    }

    /** Largest absolute figure of the measure over its total columns, which sets its count rounding. */
    private BigDecimal largest(MeasureDefinition measure) {
        BigDecimal largest = null;
        for (int c = 0; c < table.columns().size(); c++) {
            CrossTable.Column column = table.columns().get(c);
            if (column.measure().equals(measure) && column.codes().stream().allMatch(code -> code == null)) {
                for (int r = 0; r < table.periods().size(); r++) {
                    BigDecimal value = table.cell(r, c);
                    if (value != null && (largest == null || value.abs().compareTo(largest) > 0)) {
                        largest = value.abs();
                    }
                }
            }
        }
        return largest;
    }

    /** Breakdowns of the table's columns, outermost first. */
    public List<Breakdown> crossed() {
        return table.query().slice().crossed();
    }
}
