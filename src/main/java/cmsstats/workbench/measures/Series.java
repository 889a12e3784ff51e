package cmsstats.workbench.measures;

import java.math.BigDecimal;
import java.time.YearMonth;
import cmsstats.workbench.model.Periodicity;
import java.util.EnumMap;
import java.util.HashMap;
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
    private final Map<Periodicity, Series> summed = new EnumMap<>(Periodicity.class);

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

    /**
     * The sums added up over each period of the given length, keyed by its last month (months themselves are
     * this series). Where a month without rows means no data (reported totals), a period missing any month has
     * no sums, so a quarter is never the total of two of its months.
     */
    Series summed(Periodicity periods, boolean absentIsMissing) {
        if (periods == Periodicity.MONTH) {
            return this;
        }
        return summed.computeIfAbsent(periods, p -> new Series(addUp(byPeriod, p, absentIsMissing)));
    }

    private static NavigableMap<YearMonth, BigDecimal[]> addUp(NavigableMap<YearMonth, BigDecimal[]> months,
                                                               Periodicity periods, boolean absentIsMissing) {
        NavigableMap<YearMonth, BigDecimal[]> totals = new TreeMap<>();
        Map<YearMonth, Integer> monthsSeen = new HashMap<>();
        for (Map.Entry<YearMonth, BigDecimal[]> entry : months.entrySet()) {
            YearMonth end = periods.end(entry.getKey());
            BigDecimal[] values = entry.getValue();
            BigDecimal[] total = totals.computeIfAbsent(end, e -> new BigDecimal[values.length]);
            for (int column = 0; column < values.length; column++) {
                if (values[column] != null) {
                    total[column] = total[column] == null ? values[column] : total[column].add(values[column]);
                }
            }
            monthsSeen.merge(end, 1, Integer::sum);
        }
        if (absentIsMissing) {
            totals.keySet().removeIf(end -> monthsSeen.get(end) < periods.months());
        }
        return totals;
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
