package cmsstats.workbench.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Accuracy scoring against values worked by hand (and, for the intervals, with scipy: Wilson from its formula,
 * Clopper-Pearson from beta.ppf(0.025, 2, 3) and beta.ppf(0.975, 3, 2)).
 */
class AccuracyScoreTest {
    private static final LocalDate DAY = LocalDate.of(2016, 5, 3);

    private static CheckedAssessment checked(String id, String type, String calculated, String correct, String who) {
        return new CheckedAssessment(id, DAY, type, new BigDecimal(calculated), new BigDecimal(correct), who, null);
    }

    @Test
    void twoOfFourWithMonetaryErrorsWorkedByHand() {
        AccuracyScore score = AccuracyScore.of(List.of(
                checked("A1", "NEW", "100.00", "100.00", "AB"),   // no difference
                checked("A2", "NEW", "102.00", "100.00", "AB"),   // +2.00 = 2% of 100: on the boundary, accurate
                checked("A3", "CHANGE", "10.00", "12.00", "CD"),  // -2.00 > GBP 1.00 tolerance
                checked("A4", "CHANGE", "53.00", "50.00", "CD")), // +3.00 > GBP 1.00 tolerance
                0.95);
        assertThat(score.n()).isEqualTo(4);
        assertThat(score.accurate()).isEqualTo(2);
        assertThat(score.rate()).isEqualTo(50.0);
        assertThat(score.wilson().lower()).isCloseTo(15.003899, within(1e-5));
        assertThat(score.wilson().upper()).isCloseTo(84.996101, within(1e-5));
        assertThat(score.clopperPearson().lower()).isCloseTo(6.758599, within(1e-5));
        assertThat(score.clopperPearson().upper()).isCloseTo(93.241401, within(1e-5));
        // sum correct 262; over-payments 2 + 3 = 5; under-payments 2; gross 7/262, net 3/262
        assertThat(score.grossErrorRate().doubleValue()).isCloseTo(2.6717557251908395, within(1e-12));
        assertThat(score.netErrorRate().doubleValue()).isCloseTo(1.1450381679389312, within(1e-12));
        assertThat(score.overpaymentRate().doubleValue()).isCloseTo(500.0 / 262, within(1e-12));
        assertThat(score.underpaymentRate().doubleValue()).isCloseTo(200.0 / 262, within(1e-12));
        assertThat(score.byChecker()).containsEntry("AB", new AccuracyScore.Tally(2, 2))
                .containsEntry("CD", new AccuracyScore.Tally(2, 0));
        assertThat(score.byType()).containsEntry("NEW", new AccuracyScore.Tally(2, 2))
                .containsEntry("CHANGE", new AccuracyScore.Tally(2, 0));
        assertThat(score.inaccurate()).extracting(AccuracyScore.Inaccurate::assessmentId).containsExactly("A3", "A4");
        assertThat(score.inaccurate().get(0).difference()).isEqualByComparingTo("-2.00");
        assertThat(score.inaccurate().get(0).tolerance()).isEqualByComparingTo("1.00");
    }

    @Test
    void allAccurateGivesTheClosedFormExactBoundsAndZeroErrorRates() {
        List<CheckedAssessment> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(checked("A" + i, "NEW", "20.00", "20.50", "AB"));
        }
        AccuracyScore score = AccuracyScore.of(all, 0.95);
        assertThat(score.rate()).isEqualTo(100.0);
        // x = n: lower (alpha/2)^(1/n) = 0.025^(1/50), upper 1
        assertThat(score.clopperPearson().lower()).isCloseTo(100 * Math.pow(0.025, 1.0 / 50), within(1e-9));
        assertThat(score.clopperPearson().upper()).isEqualTo(100.0);
        assertThat(score.wilson().upper()).isCloseTo(100.0, within(1e-9));
        assertThat(score.inaccurate()).isEmpty();
        assertThat(score.netErrorRate().doubleValue()).isCloseTo(-2.4390243902439024, within(1e-12)); // -25/1025
    }

    @Test
    void zeroCorrectAmountsGiveNoMonetaryRate() {
        AccuracyScore score = AccuracyScore.of(List.of(checked("A1", "NEW", "0.50", "0.00", "AB")), 0.95);
        assertThat(score.accurate()).isEqualTo(1); // tolerance GBP 1.00 at a correct amount of 0
        assertThat(score.grossErrorRate()).isNull();
        assertThat(score.netErrorRate()).isNull();
    }

    @Test
    void unitDrawsAreReproducibleAndStratifiedProportionally() {
        List<Assessment> frame = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            frame.add(new Assessment(String.format("AS%04d", i), "C" + i, DAY, i % 3 == 0 ? "NEW" : "CHANGE",
                    BigDecimal.TEN));
        }
        List<Assessment> simple = SampleDraw.units(frame, 30, 11, null);
        assertThat(simple).hasSize(30).doesNotHaveDuplicates();
        assertThat(SampleDraw.units(frame, 30, 11, null)).isEqualTo(simple);
        assertThat(SampleDraw.units(frame, 30, 12, null)).isNotEqualTo(simple);
        List<Assessment> stratified = SampleDraw.units(frame, 30, 11, Assessment::type);
        assertThat(stratified.stream().filter(a -> a.type().equals("NEW")).count()).isEqualTo(10);
        assertThat(stratified.stream().filter(a -> a.type().equals("CHANGE")).count()).isEqualTo(20);
    }
}
