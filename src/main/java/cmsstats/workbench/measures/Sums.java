package cmsstats.workbench.measures;

import cmsstats.workbench.store.Aggregates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;

/**
 * A family's sums seen from one period and breakdown value: the period's own sums, running totals from the first
 * data, and the percentage helper every ratio measure uses.
 */
final class Sums {
    /** 34 significant digits: percentages are exact to far beyond any publication's rounding. */
    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Aggregates aggregates;
    private final Series series;
    private final YearMonth period;
    private final boolean absentIsMissing;

    Sums(Aggregates aggregates, Series series, YearMonth period, boolean absentIsMissing) {
        this.aggregates = aggregates;
        this.series = series;
        this.period = period;
        this.absentIsMissing = absentIsMissing;
    }

    /** The named sum in the period: zero for a period with no rows, or null where absence means no data. */
    BigDecimal get(String name) {
        BigDecimal[] values = series.at(period);
        if (values == null) {
            return absentIsMissing ? null : BigDecimal.ZERO;
        }
        BigDecimal value = values[aggregates.column(name)];
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The named sum over every period up to and including this one. */
    BigDecimal toDate(String name) {
        return series.toDate(period, aggregates.column(name));
    }

    /** 100 x part / whole; null when either is missing or the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, PRECISION).stripTrailingZeros();
    }

    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    static BigDecimal times(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.multiply(b, PRECISION);
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
