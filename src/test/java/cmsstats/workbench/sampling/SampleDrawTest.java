package cmsstats.workbench.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cmsstats.workbench.model.FrameUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drawing: reproducible for a seed, without replacement, allocations as the formulas give. */
class SampleDrawTest {
    /** 300 DP units valued 1, 2, 3 in turn (sd about 0.816) and 100 CP units all valued 1 (sd 0). */
    static List<FrameUnit> frame() {
        List<FrameUnit> frame = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            frame.add(new FrameUnit(String.format("C%04d", i), i < 300 ? "DP" : "CP", i < 300 ? 1 + i % 3 : 1));
        }
        return frame;
    }

    @Test
    void theSameSeedDrawsTheSameUnitsWithoutReplacement() {
        SampleDraw.Drawn first = SampleDraw.simple(frame(), 50, 7);
        SampleDraw.Drawn again = SampleDraw.simple(frame(), 50, 7);
        SampleDraw.Drawn other = SampleDraw.simple(frame(), 50, 8);
        assertThat(first.members()).hasSize(50).isEqualTo(again.members()).isNotEqualTo(other.members());
        assertThat(new HashSet<>(first.members())).hasSize(50);
        double mean = first.members().stream().mapToInt(FrameUnit::value).average().orElseThrow();
        assertThat(first.estimate().mean()).isCloseTo(mean, within(1e-12));
        assertThat(first.estimate().population()).isEqualTo(400);
    }

    @Test
    void everyUnitIsEquallyLikelyToBeChosen() {
        int[] hits = new int[400];
        for (long seed = 0; seed < 2000; seed++) {
            SampleDraw.simple(frame(), 40, seed).members()
                    .forEach(u -> hits[Integer.parseInt(u.caseId().substring(1))]++);
        }
        // each unit has inclusion probability 40/400 = 0.1: expected 200 of 2000 draws, sd about 13.4
        for (int count : hits) {
            assertThat(count).isBetween(140, 260);
        }
    }

    @Test
    void proportionalAllocationFollowsTheStrataSizes() {
        SampleDraw.Drawn drawn = SampleDraw.stratified(frame(), 40, 3, SampleDraw.Allocation.PROPORTIONAL);
        // 40 x 300/400 = 30 and 40 x 100/400 = 10
        assertThat(drawn.allocation()).hasSize(2).containsEntry("DP", 30).containsEntry("CP", 10);
        assertThat(drawn.members()).hasSize(40);
    }

    @Test
    void neymanAllocationFollowsSizeTimesSpreadWithAtLeastTwoPerStratum() {
        // weights 300 x 0.816 for DP and 100 x 0 for CP: all to DP, but CP keeps 2 for a variance
        SampleDraw.Drawn drawn = SampleDraw.stratified(frame(), 40, 3, SampleDraw.Allocation.NEYMAN);
        assertThat(drawn.allocation()).containsEntry("DP", 38).containsEntry("CP", 2);
        // the CP stratum has no spread, so the standard error is DP's alone: W = 0.75, s2 of DP's sample
        assertThat(drawn.estimate().se()).isPositive();
    }
}
