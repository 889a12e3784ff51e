package cmsstats.workbench.measures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One breakdown value's sums by period, with running totals from the first data. The running totals are built
 * once, on first use, so a to-date measure over n periods costs n additions rather than n squared; they are exact
 * decimal sums, the same values as adding each period's sums up to the period.
 */
final class Series {
    private final NavigableMap<YearMonth, BigDecimal[]> byPeriod;
    private NavigableMap<YearMonth, BigDecimal[]> runningTotals;

    Series(NavigableMap<YearMonth, BigDecimal[]> byPeriod) {
        this.byPeriod = byPeriod;
    }

    /** The period's sums, or null for a period with no rows. */
    BigDecimal[] at(YearMonth period) {
        return byPeriod.get(period);
    }

    /** The sum in the column over every period up to and including this one (zero before the first data). */
    BigDecimal toDate(YearMonth period, int column) {
        if (runningTotals == null) {
            runningTotals = accumulate(byPeriod);
        }
        Map.Entry<YearMonth, BigDecimal[]> upTo = runningTotals.floorEntry(period);
        return upTo == null ? BigDecimal.ZERO : upTo.getValue()[column];
    }

    private static NavigableMap<YearMonth, BigDecimal[]> accumulate(NavigableMap<YearMonth, BigDecimal[]> sums) {
        NavigableMap<YearMonth, BigDecimal[]> totals = new TreeMap<>();
        BigDecimal[] running = null;
        for (Map.Entry<YearMonth, BigDecimal[]> entry : sums.entrySet()) {
            BigDecimal[] values = entry.getValue();
            BigDecimal[] next = new BigDecimal[values.length];
            for (int column = 0; column < values.length; column++) {
                BigDecimal before = running == null ? BigDecimal.ZERO : running[column];
                next[column] = values[column] == null ? before : before.add(values[column]);
            }
            totals.put(entry.getKey(), next);
            running = next;
        }
        return totals;
    }
}
