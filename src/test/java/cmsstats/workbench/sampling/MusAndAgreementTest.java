package cmsstats.workbench.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Monetary-unit selection, the Stringer bound and Cohen's kappa against values worked by hand. Poisson factors
 * (upper 95% limits of a Poisson mean after k events, scipy gamma.ppf(0.95, k + 1)): 2.9957323, 4.7438645,
 * 6.2957936, 7.7536565; the AICPA Audit Sampling guide's table C-3 (5% risk of incorrect acceptance) prints them
 * rounded up as 3.00, 4.75, 6.30, 7.76.
 */
class MusAndAgreementTest {
    private static final LocalDate DAY = LocalDate.of(2016, 5, 3);

    @Test
    void poissonFactorsAreTheGuidesTable() {
        assertThat(StringerBound.poissonFactor(0, 0.95)).isCloseTo(2.995732273553991, within(1e-12));
        assertThat(StringerBound.poissonFactor(1, 0.95)).isCloseTo(4.743864518390577, within(1e-9));
        assertThat(StringerBound.poissonFactor(2, 0.95)).isCloseTo(6.295793621871988, within(1e-9));
        assertThat(StringerBound.poissonFactor(3, 0.95)).isCloseTo(7.753656527932725, within(1e-9));
        double[] table = {3.00, 4.75, 6.30, 7.76};
        for (int k = 0; k < table.length; k++) {
            assertThat(StringerBound.poissonFactor(k, 0.95)).isCloseTo(table[k], within(0.01));
        }
    }

    @Test
    void stringerBoundOfAWorkedExample() {
        // The guide's method, interval J = GBP 5,000, taintings 0.25, 0.10, 0.40 found (ordered 0.40, 0.25, 0.10):
        // BP  = 5000 x 2.9957323 = 14,978.66
        // PM  = 5000 x 0.75 = 3,750.00
        // UEL = 5000 x [2.9957323 + 1.7481322 x 0.40 + 1.5519291 x 0.25 + 1.4578629 x 0.10] = 21,143.77
        // (with the table's rounded factors 3.00, 4.75, 6.30, 7.76: 5000 x 4.2335 = 21,167.50)
        StringerBound b = StringerBound.of(List.of(0.25, 0.10, 0.40), 5000, 0.95);
        assertThat(b.taintings()).containsExactly(0.40, 0.25, 0.10);
        assertThat(b.basicPrecision()).isCloseTo(14978.661367769948, within(1e-6));
        assertThat(b.projected()).isCloseTo(3750.0, within(1e-9));
        assertThat(b.upperLimit()).isCloseTo(21143.768689825254, within(1e-5));
        assertThat(b.incrementalAllowance()).isCloseTo(2415.107322055306, within(1e-5));
    }

    @Test
    void noErrorGivesTheBasicPrecision() {
        StringerBound b = StringerBound.of(List.of(), 5000, 0.95);
        assertThat(b.upperLimit()).isCloseTo(5000 * 2.995732273553991, within(1e-6)).isEqualTo(b.basicPrecision());
        assertThat(b.projected()).isZero();
    }

    private static Assessment a(String id, String amount) {
        return new Assessment(id, "C" + id, DAY, "NEW", new BigDecimal(amount));
    }

    private static final List<Assessment> FRAME = List.of(a("A1", "100.00"), a("A2", "0.00"), a("A3", "50.00"),
            a("A4", "600.00"), a("A5", "250.00"));

    @Test
    void monetaryUnitSelectionWorkedByHandAndReproducible() {
        // X = 1,000 over four non-zero awards; n = 4 gives J = 250. Cumulative ranges: A1 [0, 100), A3 [100, 150),
        // A4 [150, 750), A5 [750, 1000). Points r, r + 250, r + 500, r + 750: the last three always fall in A4,
        // A4 and A5 (both at least J: certain); r falls in A1, A3 or A4 by where the random start lies.
        MonetaryUnitSampling.Selection s = MonetaryUnitSampling.draw(FRAME, 4, 7);
        double r = new Well19937c(7L).nextDouble() * 250;
        String first = r < 100 ? "A1" : r < 150 ? "A3" : "A4";
        assertThat(s.interval()).isEqualByComparingTo("250");
        assertThat(s.start().doubleValue()).isCloseTo(r, within(1e-9));
        assertThat(s.zeroAwards()).isEqualTo(1);
        assertThat(s.certain()).containsExactlyInAnyOrder("A4", "A5");
        assertThat(s.members()).extracting(Assessment::assessmentId).containsExactlyElementsOf(
                first.equals("A4") ? List.of("A4", "A5") : List.of(first, "A4", "A5"));
        assertThat(MonetaryUnitSampling.draw(FRAME, 4, 7)).isEqualTo(s);
        assertThat(s.members()).extracting(Assessment::assessmentId).doesNotContain("A2");
        for (long seed = 1; seed < 40; seed++) {
            MonetaryUnitSampling.Selection other = MonetaryUnitSampling.draw(FRAME, 4, seed);
            assertThat(other.members()).extracting(Assessment::assessmentId).contains("A4", "A5");
        }
    }

    @Test
    void moreUnitsThanNonZeroAwardsIsRefusedSayingWhy() {
        assertThatThrownBy(() -> MonetaryUnitSampling.draw(FRAME, 5, 1)).hasMessageContaining(
                "from 2 to the 4 assessments with a weekly amount above 0 (the frame also has 1 of GBP 0");
    }

    /** J = 250: A1 (100.00, correct 90.00) tainting 0.10; A4 certain, 600.00 correct 590.00: GBP 10 known. */
    private static final AccuracyDesign WITH_CERTAIN_ITEMS_DESIGN = new AccuracyDesign(AccuracyDesign.MUS,
            new BigDecimal("1000.00"), List.of(), new BigDecimal("250"), BigDecimal.ZERO, 1, Set.of("A4", "A5"));
    private static final List<CheckedAssessment> WITH_CERTAIN_ITEMS = List.of(
            new CheckedAssessment("A1", DAY, "NEW", new BigDecimal("100.00"), new BigDecimal("90.00"), "Q", null),
            new CheckedAssessment("A4", DAY, "NEW", new BigDecimal("600.00"), new BigDecimal("590.00"), "Q", null),
            new CheckedAssessment("A5", DAY, "NEW", new BigDecimal("250.00"), new BigDecimal("250.00"), "Q", null));

    @Test
    void musEvaluationAddsCertainErrorsAtTheirValue() {
        MusEvaluation e = MusEvaluation.of(WITH_CERTAIN_ITEMS, WITH_CERTAIN_ITEMS_DESIGN, 0.95);
        // PM = 250 x 0.10 + 10 = 35; UEL = 250 x (2.9957323 + 1.7481322 x 0.10) + 10 = 802.64
        assertThat(e.projected()).isCloseTo(35.0, within(1e-9));
        assertThat(e.upperLimit()).isCloseTo(250 * (2.995732273553991 + 0.1748132245) + 10, within(1e-6));
        assertThat(e.upperLimitRate()).isCloseTo(e.upperLimit() / 10, within(1e-12));
        assertThat(e.errors()).isEqualTo(2);
        assertThat(e.certainErrors()).isEqualTo(1);
    }

    @Test
    void theMusEvaluationIsStatedASentenceALineInPoundsOnScreenAndGbpInPlainText() {
        AccuracyReport report = AccuracyReport.of(WITH_CERTAIN_ITEMS, WITH_CERTAIN_ITEMS_DESIGN, 0.95);
        // basic precision 250 x 2.9957323 = 748.93; projected 250 x 0.10 = 25.00; incremental 250 x (4.7438645 -
        // 2.9957323 - 1) x 0.10 = 18.70; certain error 600.00 - 590.00 = 10.00; sum 802.64 of GBP 1,000 = 80.264%
        List<String> screen = AccuracyReportText.estimateLines(report, AccuracyReportText.Currency.SIGN);
        assertThat(screen).hasSize(3);
        assertThat(screen.get(1)).isEqualTo("Monetary-unit sample: an interval of \u00a3250.00 of weekly amount; "
                + "2 assessments taken with certainty; 1 zero award in the frame (never selectable).");
        assertThat(screen.get(2)).isEqualTo("Projected misstatement \u00a335.00 per week (3.500%), net \u00a335.00. "
                + "Stringer upper error limit \u00a3802.64 per week (80.264% of the frame's \u00a31,000) at 95% "
                + "confidence: basic precision 748.93 + projected 25.00 + incremental allowance 18.70 + certain "
                + "items' error 10.00.");
        List<String> plain = AccuracyReportText.estimateLines(report, AccuracyReportText.Currency.CODE);
        assertThat(plain.get(1)).startsWith("Monetary-unit sample: an interval of GBP 250.00 of weekly amount;");
        assertThat(plain).noneMatch(line -> line.contains("\u00a3"));
    }

    @Test
    void kappaOfAHandWorkedTable() {
        // a = 20 both accurate, b = 5, c = 10, d = 15 both inaccurate; n = 50.
        // p_o = 35/50 = 0.70; p_e = (25 x 30 + 25 x 20) / 2500 = 0.50; kappa = 0.20 / 0.50 = 0.40
        // SE = sqrt(0.70 x 0.30 / (50 x 0.25)) = sqrt(0.0168) = 0.1296148; 95%: 0.40 -/+ 1.959964 x SE
        Agreement k = Agreement.of(20, 5, 10, 15, 0.95);
        assertThat(k.agreed()).isEqualTo(35);
        assertThat(k.percent()).isCloseTo(70.0, within(1e-12));
        assertThat(k.kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(k.se()).isCloseTo(0.1296148139681572, within(1e-12));
        assertThat(k.interval().lower()).isCloseTo(0.14595963275955282, within(1e-9));
        assertThat(k.interval().upper()).isCloseTo(0.6540403672404472, within(1e-9));
    }

    @Test
    void kappaIsUndefinedWhenBothSayTheSameOfEverything() {
        Agreement k = Agreement.of(List.of(true, true, true), List.of(true, true, true), 0.95);
        assertThat(k.percent()).isEqualTo(100.0);
        assertThat(k.kappa()).isNull();
    }
}
