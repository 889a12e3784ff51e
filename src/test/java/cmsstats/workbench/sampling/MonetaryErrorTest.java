package cmsstats.workbench.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.CheckedAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ratio estimator and its Taylor-linearised standard error against values worked from the formula R's
 * {@code survey::svyratio} implements (Lumley 2010, 2.4.3; its source: residuals z = (y - R x) / X^, then the
 * stratified total's variance with the fpc, sum_h N_h^2 (1 - n_h/N_h) s^2_z,h / n_h; degf = n - H). R itself was
 * not at hand, so the figures were computed with numpy/scipy from that formula and the simple random case also by
 * hand (below). The R call they stand for:
 * <pre>
 *   d &lt;- data.frame(h = c(rep("A", 4), rep("B", 3)), y = c(2, 0, 5, 1, 0, 3, 1),
 *                   x = c(50, 40, 60, 30, 20, 25, 15), N = c(rep(100, 4), rep(50, 3)))
 *   r &lt;- svyratio(~y, ~x, svydesign(ids = ~1, strata = ~h, fpc = ~N, data = d))
 *   # R = 0.04848485, SE = 0.01646838; confint(r, df = degf(design)) on 5 df
 * </pre>
 */
class MonetaryErrorTest {
    private static final double[] Y = {2, 0, 5, 1, 0, 3, 1};
    private static final double[] X = {50, 40, 60, 30, 20, 25, 15};

    private static List<RatioEstimate.Unit> units(boolean stratified) {
        List<RatioEstimate.Unit> units = new ArrayList<>();
        for (int i = 0; i < Y.length; i++) {
            units.add(new RatioEstimate.Unit(stratified ? (i < 4 ? "A" : "B") : "all", Y[i], X[i]));
        }
        return units;
    }

    @Test
    void stratifiedRatioMatchesSvyratio() {
        RatioEstimate r = RatioEstimate.of(units(true), Map.of("A", 100L, "B", 50L));
        // Y^ = 25 x 8 + (50/3) x 4 = 266.667; X^ = 25 x 180 + (50/3) x 60 = 5500
        assertThat(r.numeratorTotal()).isCloseTo(266.6666666666667, within(1e-9));
        assertThat(r.denominatorTotal()).isCloseTo(5500.0, within(1e-9));
        assertThat(r.ratio()).isCloseTo(0.04848484848484849, within(1e-12));
        assertThat(r.se()).isCloseTo(0.016468377008834603, within(1e-12));
        assertThat(r.df()).isEqualTo(5.0);
        Interval ci = r.interval(0.95); // t(0.975; 5) = 2.5705818
        assertThat(ci.lower()).isCloseTo(0.0061515376835275595, within(1e-10));
        assertThat(ci.upper()).isCloseTo(0.09081815928616943, within(1e-10));
    }

    @Test
    void simpleRandomRatioWorkedByHand() {
        // R = 12 / 240 = 0.05; residuals y - 0.05 x = -0.5, -2, 2, -0.5, -1, 1.75, 0.25 (sum 0);
        // s^2 = 12.625 / 6 = 2.1041667; X^ = 150 x 240 / 7 = 5142.857;
        // V = 150^2 (1 - 7/150) 2.1041667 / 7 / 5142.857^2 = 2.43781e-4, SE = 0.0156135
        RatioEstimate r = RatioEstimate.of(units(false), Map.of("all", 150L));
        assertThat(r.ratio()).isCloseTo(0.05, within(1e-12));
        assertThat(r.se()).isCloseTo(0.015613498853575944, within(1e-12));
        assertThat(r.df()).isEqualTo(6.0);
        assertThat(r.interval(0.95).lower()).isCloseTo(0.011795144617346487, within(1e-10));
        assertThat(r.interval(0.95).upper()).isCloseTo(0.08820485538265352, within(1e-10));
    }

    @Test
    void aStratumSampledInFullAddsNoVariance() {
        List<RatioEstimate.Unit> units = new ArrayList<>(units(false).subList(0, 4));
        units.add(new RatioEstimate.Unit("small", 1, 10));
        RatioEstimate r = RatioEstimate.of(units, Map.of("all", 4L, "small", 1L));
        assertThat(r.se()).isEqualTo(0.0);
    }

    /** The seven assessments X with calculated amounts X + d, checked by SRS from 150 worth GBP 6,000 a week. */
    private static MonetaryError srsCheckOfASmallFrame(double[] d) {
        List<CheckedAssessment> checked = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            checked.add(new CheckedAssessment("A" + i, LocalDate.of(2016, 5, 3), "NEW",
                    BigDecimal.valueOf(X[i] + d[i]), BigDecimal.valueOf(X[i]), "QA", null));
        }
        AccuracyDesign design = new AccuracyDesign(AccuracyDesign.SRS, new BigDecimal("6000.00"),
                List.of(new AccuracyDesign.Stratum("all", 150, new BigDecimal("6000.00"))), null, null, 0, Set.of());
        return MonetaryError.of(checked, design, 0.95);
    }

    @Test
    void monetaryErrorOfAnSrsCheckGrossesUpToTheFrame() {
        // correct = X; differences calculated - correct = +2, 0, -5, +1, 0, +3, -1; so |d| = Y and the calculated
        // amounts are 52, 40, 55, 31, 20, 28, 14 (sum 240). Frame: 150 assessments, GBP 6,000 per week.
        double[] d = {2, 0, -5, 1, 0, 3, -1};
        MonetaryError m = srsCheckOfASmallFrame(d);
        assertThat(m.grossRate().value()).isCloseTo(5.0, within(1e-10));
        assertThat(m.grossRate().se()).isCloseTo(1.5613498853575944, within(1e-9));
        assertThat(m.grossRate().interval().lower()).isCloseTo(1.1795144617346487, within(1e-8));
        assertThat(m.grossRate().interval().upper()).isCloseTo(8.820485538265352, within(1e-8));
        // net: sum d = 0, SE from residuals d - 0 x (numpy: 0.027791663196179473)
        assertThat(m.netRate().value()).isCloseTo(0.0, within(1e-10));
        assertThat(m.netRate().interval().lower()).isCloseTo(-6.800375003776128, within(1e-8));
        assertThat(m.netRate().interval().upper()).isCloseTo(6.800375003776128, within(1e-8));
        // over the frame: 6000 x 12 / 240 = GBP 300 a week; residuals |d| - 0.05 calculated sum their squares to
        // 13.375, s^2 = 2.2291667, SE(ratio) = 0.0160706 (numpy 0.016070575802870368), x 6000 = 96.42
        assertThat(m.grossPerWeek().value()).isCloseTo(300.0, within(1e-8));
        assertThat(m.grossPerWeek().se()).isCloseTo(96.42345481722221, within(1e-7));
        assertThat(m.grossPerWeek().interval().lower()).isCloseTo(64.06030567939663, within(1e-6));
        assertThat(m.grossPerWeek().interval().upper()).isCloseTo(535.9396943206034, within(1e-6));
        assertThat(m.frameRate().value()).isCloseTo(5.0, within(1e-10));
        assertThat(m.df()).isEqualTo(6.0);
    }

    @Test
    void aGrossErrorIntervalStopsAtZeroWhereTheNetOneGoesOn() {
        // one error of GBP 4 in seven: the t interval (t(0.975; 6) = 2.4469118511449692) of the gross rate would
        // cross zero, which no gross error can be; the net rate, which can be negative, keeps its whole interval
        double[] d = {0, 0, 0, 0, 0, 0, -4};
        MonetaryError m = srsCheckOfASmallFrame(d);
        double t = 2.4469118511449692;
        assertThat(m.grossRate().value() - t * m.grossRate().se()).isNegative();
        assertThat(m.grossRate().interval().lower()).isZero();
        assertThat(m.grossRate().interval().upper()).isCloseTo(m.grossRate().value() + t * m.grossRate().se(),
                within(1e-9));
        assertThat(m.grossPerWeek().interval().lower()).isZero();
        assertThat(m.frameRate().interval().lower()).isZero();
        assertThat(m.netRate().value()).isCloseTo(-m.grossRate().value(), within(1e-12));
        assertThat(m.netRate().interval().lower()).isCloseTo(m.netRate().value() - t * m.netRate().se(),
                within(1e-9));
    }

    @Test
    void aMonetaryUnitSampleHasNoRatioEstimate() {
        AccuracyDesign mus = new AccuracyDesign(AccuracyDesign.MUS, BigDecimal.TEN, List.of(), BigDecimal.ONE,
                BigDecimal.ZERO, 0, Set.of());
        assertThat(MonetaryError.of(List.of(new CheckedAssessment("A", LocalDate.of(2016, 5, 3), "NEW",
                BigDecimal.ONE, BigDecimal.ONE, "QA", null)), mus, 0.95)).isNull();
    }
}
