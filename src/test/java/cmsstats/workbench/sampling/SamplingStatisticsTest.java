package cmsstats.workbench.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sampling statistics against independent values: the sampling issue's worked values and hand calculations. */
class SamplingStatisticsTest {

    @Test
    void simpleRandomSampleMeanWithFiniteCorrectionAndTInterval() {
        double[] y = {1, 2, 1, 1, 3, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 3, 1, 1, 2, 1};
        MeanEstimate estimate = MeanEstimate.simpleRandomSample(y, 400);
        assertThat(estimate.mean()).isCloseTo(1.600, within(1e-12));
        assertThat(estimate.variance()).isCloseTo(0.7789, within(0.00005));
        assertThat(estimate.se()).isCloseTo(0.1924, within(0.00005));
        assertThat(estimate.df()).isEqualTo(19);
        Interval ci = estimate.interval(0.95);
        assertThat(ci.lower()).isCloseTo(1.197, within(0.0005));
        assertThat(ci.upper()).isCloseTo(2.003, within(0.0005));
    }

    @Test
    void reproducesThePublishedChildrenBenefitingInterval() {
        // ref. 002: mean 1.51 from about 1,100 cases, about 152,500 paying cases, interval 223,400 - 237,200;
        // a standard deviation of about 0.77 children per case reproduces it.
        MeanEstimate estimate = MeanEstimate.fromSummary(1100, 152_500, 1.51, 0.77 * 0.77);
        Interval children = estimate.interval(0.95).scaled(152_500);
        assertThat(children.lower()).isCloseTo(223_400, within(150.0));
        assertThat(children.upper()).isCloseTo(237_200, within(150.0));
    }

    @Test
    void stratifiedMeanVarianceAndSatterthwaiteDegreesOfFreedom() {
        // A: N 100, sample 1, 2, 3 (mean 2, s2 1); B: N 300, sample 2, 4 (mean 3, s2 2). W = 0.25, 0.75.
        // mean 0.25 x 2 + 0.75 x 3 = 2.75; var 0.0625 x 0.97 x 1/3 + 0.5625 x (298/300) x 2/2 = 0.578958...
        MeanEstimate estimate = StratifiedEstimate.of(List.of(
                new StratifiedEstimate.Stratum("A", 100, new double[] {1, 2, 3}),
                new StratifiedEstimate.Stratum("B", 300, new double[] {2, 4})));
        assertThat(estimate.mean()).isCloseTo(2.75, within(1e-12));
        assertThat(estimate.se()).isCloseTo(0.7608931155775648, within(1e-12));
        assertThat(estimate.df()).isCloseTo(1.0729404014002277, within(1e-9));
        assertThat(estimate.n()).isEqualTo(5);
    }

    @Test
    void oneStratumIsASimpleRandomSample() {
        double[] y = {1, 2, 1, 1, 3, 1, 2, 1, 1, 2};
        MeanEstimate srs = MeanEstimate.simpleRandomSample(y, 50);
        MeanEstimate one = StratifiedEstimate.of(List.of(new StratifiedEstimate.Stratum("all", 50, y)));
        assertThat(one.se()).isCloseTo(srs.se(), within(1e-12));
        assertThat(one.df()).isCloseTo(9, within(1e-9));
    }

    @Test
    void wilsonAndClopperPearsonIncludingAllAndNone() {
        Interval wilson = BinomialIntervals.wilson(1045, 1100, 0.95);
        assertThat(wilson.lower()).isCloseTo(0.9355, within(0.00005));
        assertThat(wilson.upper()).isCloseTo(0.9614, within(0.00005));
        Interval exact = BinomialIntervals.clopperPearson(1045, 1100, 0.95);
        assertThat(exact.lower()).isCloseTo(0.9354, within(0.00005));
        assertThat(exact.upper()).isCloseTo(0.9621, within(0.00005));
        Interval none = BinomialIntervals.clopperPearson(0, 50, 0.95);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.07112, within(0.000005));
        Interval all = BinomialIntervals.wilson(1100, 1100, 0.95);
        assertThat(all.lower()).isCloseTo(0.9965, within(0.00005));
        assertThat(all.upper()).isEqualTo(1.0);
        Interval allExact = BinomialIntervals.clopperPearson(1100, 1100, 0.95);
        assertThat(allExact.lower()).isCloseTo(Math.pow(0.025, 1.0 / 1100), within(1e-15));
        assertThat(allExact.upper()).isEqualTo(1.0);
    }

    @Test
    void oneSidedBoundsForAssuranceStatements() {
        assertThat(BinomialIntervals.clopperPearsonLower(59, 59, 0.95)).isCloseTo(0.950492390111773, within(1e-12));
        assertThat(BinomialIntervals.clopperPearsonUpper(0, 59, 0.95)).isCloseTo(0.049507609888227, within(1e-12));
        // one-sided and two-sided exact bounds agree where they should: lower(x, n, 0.975) = two-sided 95% lower
        assertThat(BinomialIntervals.clopperPearsonLower(1045, 1100, 0.975))
                .isCloseTo(BinomialIntervals.clopperPearson(1045, 1100, 0.95).lower(), within(1e-9));
    }

    @Test
    void sampleSizes() {
        assertThat(SampleSize.forProportion(0.95, 0.02, 0.95, 5000L)).isEqualTo(419);
        // AICPA attribute sampling tables: 5% tolerable, 0 expected errors, 95% confidence: 59
        assertThat(SampleSize.forAttribute(0.05, 0, 0.95)).isEqualTo(59);
        // mean: (1.959964 x 0.77 / 0.05)^2 = 911.1, with N = 152,500: 906
        assertThat(SampleSize.forMean(0.77, 0.05, 0.95, 152_500L)).isEqualTo(906);
        assertThat(SampleSize.forMean(0.77, 0.05, 0.95, null)).isEqualTo(912);
    }

    @Test
    void accuracyToleranceAtItsBoundariesInExactDecimals() {
        // GBP 1.00 on a small amount, and one penny over
        assertThat(AccuracyRule.accurate(new BigDecimal("11.00"), new BigDecimal("10.00"))).isTrue();
        assertThat(AccuracyRule.accurate(new BigDecimal("11.01"), new BigDecimal("10.00"))).isFalse();
        assertThat(AccuracyRule.accurate(new BigDecimal("9.00"), new BigDecimal("10.00"))).isTrue();
        // exactly 2% on a large amount, and one penny over
        assertThat(AccuracyRule.accurate(new BigDecimal("204.00"), new BigDecimal("200.00"))).isTrue();
        assertThat(AccuracyRule.accurate(new BigDecimal("204.01"), new BigDecimal("200.00"))).isFalse();
        // 2% is not rounded to the penny: 123.45 gives 2.469, so 2.47 is inaccurate and 2.46 accurate
        assertThat(AccuracyRule.tolerance(new BigDecimal("123.45"))).isEqualByComparingTo("2.469");
        assertThat(AccuracyRule.accurate(new BigDecimal("125.92"), new BigDecimal("123.45"))).isFalse();
        assertThat(AccuracyRule.accurate(new BigDecimal("125.91"), new BigDecimal("123.45"))).isTrue();
        // a correct amount of 0 has a tolerance of GBP 1.00
        assertThat(AccuracyRule.accurate(new BigDecimal("1.00"), BigDecimal.ZERO)).isTrue();
        assertThat(AccuracyRule.accurate(new BigDecimal("1.01"), BigDecimal.ZERO)).isFalse();
    }
}
