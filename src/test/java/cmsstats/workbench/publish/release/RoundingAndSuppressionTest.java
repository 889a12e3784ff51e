package cmsstats.workbench.publish.release;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
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
        assertThat(Rounding.NEAREST_10.apply(d("3544"))).isEqualByComparingTo("3540");      // exemptions 3,540
        assertThat(Rounding.NEAREST_10.apply(d("145"))).isEqualByComparingTo("150");
        assertThat(Rounding.NEAREST_10.apply(d("12345"))).isEqualByComparingTo("12350");
        assertThat(Rounding.NONE.apply(d("255"))).isEqualByComparingTo("255");              // complaints
        assertThat(Rounding.MILLION_1DP.apply(d("77549999.99"))).isEqualByComparingTo("77.5");
        assertThat(Rounding.MILLION_1DP.apply(d("594950000"))).isEqualByComparingTo("595.0");
        assertThat(Rounding.PERCENT_WHOLE.apply(d("87.5"))).isEqualByComparingTo("88");
        assertThat(Rounding.TWO_DECIMALS.apply(d("1.5149"))).isEqualByComparingTo("1.51");
        assertThat(Rounding.NEAREST_100.apply(null)).isNull();
    }

    @Test
    void aMeasureIsRoundedByItsUnitAndMagnitudeNotByEachFigure() {
        MeasureDefinition intake = MeasureCatalog.find("intake_total").orElseThrow();
        // intake reaching 21,400 in the release: every intake figure to the nearest 100, its 83 in a pathfinder
        // month too (100), whichever table shows it
        assertThat(Rounding.forMeasure(intake, d("21400"))).isEqualTo(Rounding.NEAREST_100);
        assertThat(Rounding.forMeasure(intake, d("21400")).apply(d("83"))).isEqualByComparingTo("100");
        // a release whose intake never reaches 10,000: to the nearest 10 (83 -> 80), 9,999 included
        assertThat(Rounding.forMeasure(intake, d("9999"))).isEqualTo(Rounding.NEAREST_10);
        assertThat(Rounding.forMeasure(intake, d("10000"))).isEqualTo(Rounding.NEAREST_100);
        assertThat(Rounding.forMeasure(intake, null)).isEqualTo(Rounding.NEAREST_10);
        assertThat(Rounding.forMeasure(MeasureCatalog.find("complaints_received").orElseThrow(), d("25500")))
                .isEqualTo(Rounding.NONE);
        assertThat(Rounding.forMeasure(MeasureCatalog.find("accuracy_checked").orElseThrow(), d("400")))
                .isEqualTo(Rounding.NONE);
        assertThat(Rounding.forMeasure(MeasureCatalog.find("children_per_case").orElseThrow(), d("1.51")))
                .isEqualTo(Rounding.TWO_DECIMALS);
        assertThat(Rounding.forMeasure(MeasureCatalog.find("accuracy_pct").orElseThrow(), d("98")))
                .isEqualTo(Rounding.PERCENT_WHOLE);
        assertThat(Rounding.forMeasure(MeasureCatalog.find("arrears_gbp").orElseThrow(), d("594950000")))
                .isEqualTo(Rounding.MILLION_1DP);
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
