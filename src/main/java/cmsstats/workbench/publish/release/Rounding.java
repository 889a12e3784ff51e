package cmsstats.workbench.publish.release;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the release rounds a figure for publication (MEASURES.md, "Conventions seen in the release"; ref. 002):
 * caseload and intake to the nearest 100 (338,900; 21,400), other counts under 10,000 to the nearest 10 (3,540;
 * 1,520; 140) and larger ones to the nearest 100, complaints unrounded (255), money in GBP million to one decimal
 * (77.5), percentages whole. Halves round up, as published tables do. Rounding applies to the figure shown only:
 * totals and percentages are computed from unrounded figures.
 */
public enum Rounding {
    NEAREST_100(0),
    COUNT(0),
    NONE(0),
    MILLION_1DP(1),
    PERCENT_WHOLE(0),
    TWO_DECIMALS(2);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private final int decimals;

    Rounding(int decimals) {
        this.decimals = decimals;
    }

    /** Decimals the rounded figure is shown to. */
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
            case COUNT -> value.abs().compareTo(TEN_THOUSAND) < 0
                    ? value.setScale(-1, RoundingMode.HALF_UP).setScale(0, RoundingMode.UNNECESSARY)
                    : NEAREST_100.apply(value);
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
}
