package cmsstats.workbench.publish.release;

import cmsstats.workbench.measures.MeasureDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How the release rounds a figure for publication (docs/MEASURES.md, "Rounding in the release"; ref. 002:
 * caseload and intake to the nearest 100, 338,900 and 21,400; smaller counts to the nearest 10, 3,540, 1,520 and
 * 140; complaints unrounded, 255; money in GBP million to one decimal, 77.5; percentages whole).
 * <p>
 * The rounding belongs to the <em>measure</em>, never to the table a figure appears in, and is decided once per
 * release by {@link #forMeasure}, so that a figure shown in two tables (Great Britain intake in "Intake" and in
 * "Intake by country") is shown the same way in both, and a measure's breakdown is rounded as its total is:
 * <ul>
 *   <li>percentages: whole numbers, but monetary error rates ({@link #FINE_PERCENT}) to two decimals;</li>
 *   <li>money: GBP million to one decimal place;</li>
 *   <li>counts the release publishes as counted ({@link #AS_COUNTED}: complaints, and the number of assessments
 *   checked for accuracy, a sample size the interval beside it depends on): not rounded;</li>
 *   <li>means per case ({@link #PER_CASE}: children per case): two decimal places;</li>
 *   <li>other counts by their magnitude, the largest Great Britain figure of the measure in the release: from
 *   {@link #LARGE_COUNT} (10,000) up, to the nearest 100 for every figure of the measure (caseload, intake at full
 *   scale), below it to the nearest 10 (exemptions, reconsiderations, appeals). Deciding on the measure's
 *   magnitude, not each figure's, keeps one column, and one figure, on one rounding.</li>
 * </ul>
 * Halves round up, as published tables do. Rounding applies to the figure shown only: totals and percentages are
 * computed from unrounded figures.
 */
public enum Rounding {
    NEAREST_100(0),
    NEAREST_10(0),
    NONE(0),
    MILLION_1DP(1),
    PERCENT_WHOLE(0),
    TWO_DECIMALS(2);

    /** A count measure whose largest figure reaches this is rounded to the nearest 100, else to the nearest 10. */
    public static final BigDecimal LARGE_COUNT = BigDecimal.valueOf(10_000);
    /** Count measures published as counted: complaints (ref. 002) and the accuracy check's sample size. */
    public static final Set<String> AS_COUNTED = Set.of("complaints_received", "complaints_to_date",
            "accuracy_checked");
    /** Count measures that are means per case, shown to two decimals (1.51 children per case). */
    public static final Set<String> PER_CASE = Set.of("children_per_case");
    /**
     * Percentages that are small by nature, shown to two decimals as the NAO quotes them (monetary error 0.65%,
     * ref. 003): whole numbers would show most of them as 0 or 1.
     */
    public static final Set<String> FINE_PERCENT = Set.of("accuracy_gross_error_pct", "accuracy_net_error_pct");

    private final int decimals;

    Rounding(int decimals) {
        this.decimals = decimals;
    }

    /**
     * The one rounding of a measure in a release, from its unit and magnitude (see the class comment).
     *
     * @param measure the measure
     * @param largest the largest absolute Great Britain figure of the measure in the release's span, or null when
     *                it has none (its cells are then all [x] and the rounding shows nowhere)
     */
    public static Rounding forMeasure(MeasureDefinition measure, BigDecimal largest) {
        return switch (measure.unit()) {
            case PERCENT -> FINE_PERCENT.contains(measure.id()) ? TWO_DECIMALS : PERCENT_WHOLE;
            case GBP -> MILLION_1DP;
            case COUNT -> AS_COUNTED.contains(measure.id()) ? NONE : PER_CASE.contains(measure.id()) ? TWO_DECIMALS
                    : largest != null && largest.abs().compareTo(LARGE_COUNT) >= 0 ? NEAREST_100 : NEAREST_10;
        };
    }

    /** Decimals the rounded figure is shown to; -1 for as many as the figure has. */
    public int decimals() {
        return this == NONE ? -1 : decimals;
    }

    /** The figure as published (money in GBP million), or null for no figure. */
    public BigDecimal apply(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case NEAREST_100 -> value.setScale(-2, RoundingMode.HALF_UP).setScale(0, RoundingMode.UNNECESSARY);
            case NEAREST_10 -> value.setScale(-1, RoundingMode.HALF_UP).setScale(0, RoundingMode.UNNECESSARY);
            case NONE -> value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY)
                    : value.stripTrailingZeros();
            case MILLION_1DP -> value.movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
            case PERCENT_WHOLE -> value.setScale(0, RoundingMode.HALF_UP);
            case TWO_DECIMALS -> value.setScale(2, RoundingMode.HALF_UP);
        };
    }

    /** Unrounded, but money still in GBP million (so that a table keeps one unit whichever rounding it uses). */
    public Rounding unrounded() {
        return this == MILLION_1DP ? this : NONE;
    }

    /** What the rounding does, for the line above a table: "to the nearest 100". */
    public String description() {
        return switch (this) {
            case NEAREST_100 -> "to the nearest 100";
            case NEAREST_10 -> "to the nearest 10";
            case NONE -> "not rounded";
            case MILLION_1DP -> "in GBP million to one decimal place";
            case PERCENT_WHOLE -> "to whole numbers";
            case TWO_DECIMALS -> "to two decimal places";
        };
    }
}
