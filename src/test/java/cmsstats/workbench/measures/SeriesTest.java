package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SeriesTest {
    private static BigDecimal[] sums(String first, String second) {
        return new BigDecimal[] {first == null ? null : new BigDecimal(first),
                second == null ? null : new BigDecimal(second)};
    }

    @Test
    void runningTotalsAddEveryPeriodUpToTheOneAskedForSkippingGapsAndEmptySums() {
        NavigableMap<YearMonth, BigDecimal[]> byPeriod = new TreeMap<>();
        byPeriod.put(YearMonth.of(2016, 6), sums("10.25", null));
        byPeriod.put(YearMonth.of(2016, 7), sums(null, "3"));
        byPeriod.put(YearMonth.of(2016, 9), sums("0.75", "4"));
        Series series = new Series(byPeriod);

        // by hand: column 0 runs 10.25, 10.25, 10.25 (no August row), 11.00; column 1 runs 0, 3, 3, 7
        assertThat(series.toDate(YearMonth.of(2016, 5), 0)).isEqualByComparingTo("0");
        assertThat(series.toDate(YearMonth.of(2016, 6), 0)).isEqualByComparingTo("10.25");
        assertThat(series.toDate(YearMonth.of(2016, 7), 1)).isEqualByComparingTo("3");
        assertThat(series.toDate(YearMonth.of(2016, 8), 0)).isEqualByComparingTo("10.25");
        assertThat(series.toDate(YearMonth.of(2016, 8), 1)).isEqualByComparingTo("3");
        assertThat(series.toDate(YearMonth.of(2016, 9), 0)).isEqualTo(new BigDecimal("11.00"));
        assertThat(series.toDate(YearMonth.of(2030, 1), 1)).isEqualByComparingTo("7");
        assertThat(series.at(YearMonth.of(2016, 8))).isNull();
    }
}
