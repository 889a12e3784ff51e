package cmsstats.workbench.publish.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rounding as the release rounds, and small-count suppression that leaks nothing through the totals. */
class RoundingAndSuppressionTest {
    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void roundsAsTheReleaseDoes() {
        assertThat(Rounding.NEAREST_100.apply(d("338949"))).isEqualByComparingTo("338900"); // caseload 338,900
        assertThat(Rounding.NEAREST_100.apply(d("21350"))).isEqualByComparingTo("21400");   // halves up
        assertThat(Rounding.COUNT.apply(d("3544"))).isEqualByComparingTo("3540");           // exemptions 3,540
        assertThat(Rounding.COUNT.apply(d("145"))).isEqualByComparingTo("150");
        assertThat(Rounding.COUNT.apply(d("12345"))).isEqualByComparingTo("12300");
        assertThat(Rounding.NONE.apply(d("255"))).isEqualByComparingTo("255");              // complaints
        assertThat(Rounding.MILLION_1DP.apply(d("77549999.99"))).isEqualByComparingTo("77.5");
        assertThat(Rounding.MILLION_1DP.apply(d("594950000"))).isEqualByComparingTo("595.0");
        assertThat(Rounding.PERCENT_WHOLE.apply(d("87.5"))).isEqualByComparingTo("88");
        assertThat(Rounding.TWO_DECIMALS.apply(d("1.5149"))).isEqualByComparingTo("1.51");
        assertThat(Rounding.NEAREST_100.apply(null)).isNull();
    }

    @Test
    void aLoneSmallCountIsProtectedInItsRowAndItsColumn() {
        // rows: months; columns: England, Wales, Scotland; totals published both ways.
        // Naive suppression hides only Wales in May (3): May's total (123) - 100 - 20 gives it back.
        BigDecimal[][] cells = {
            {d("100"), d("3"), d("20")},
            {d("110"), d("40"), d("25")},
            {d("120"), d("45"), d("30")}};
        boolean[][] hidden = Suppression.suppress(cells, 5, true, true);
        assertThat(hidden[0][1]).isTrue();                       // primary
        assertThat(hidden[0][2]).isTrue();                       // row complement: the smallest other, 20
        assertThat(hidden[1][1]).isTrue();                       // column complement for Wales: 40
        assertThat(hidden[1][2]).isTrue();                       // Scotland's column and June's row now need a pair
        assertThat(hidden[0][0] || hidden[1][0] || hidden[2][0]).isFalse();
        assertNoLineHasOneSuppressed(hidden);
    }

    @Test
    void zerosAreNotSuppressedAndTablesWithoutSmallCountsAreUntouched() {
        BigDecimal[][] cells = {{d("0"), d("12")}, {d("7"), d("9")}};
        boolean[][] hidden = Suppression.suppress(cells, 5, true, true);
        assertThat(hidden).isDeepEqualTo(new boolean[][] {{false, false}, {false, false}});
    }

    @Test
    void twoSmallCountsInARowProtectEachOther() {
        BigDecimal[][] cells = {{d("2"), d("4"), d("90")}};
        boolean[][] hidden = Suppression.suppress(cells, 5, true, false);
        assertThat(hidden[0]).containsExactly(true, true, false);
    }

    private static void assertNoLineHasOneSuppressed(boolean[][] hidden) {
        for (boolean[] row : hidden) {
            int count = 0;
            for (boolean h : row) {
                count += h ? 1 : 0;
            }
            assertThat(count).isNotEqualTo(1);
        }
        for (int c = 0; c < hidden[0].length; c++) {
            int count = 0;
            for (boolean[] row : hidden) {
                count += row[c] ? 1 : 0;
            }
            assertThat(count).isNotEqualTo(1);
        }
    }
}
