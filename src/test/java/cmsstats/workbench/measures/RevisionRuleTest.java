package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The revision rule, worked by hand: 5% of the published figure, boundary included; a published zero. */
class RevisionRuleTest {
    private static boolean revised(String published, String now) {
        return RevisionRule.revised(new BigDecimal(published), new BigDecimal(now), RevisionRule.THRESHOLD_PCT);
    }

    @Test
    void aMoveOfFivePercentOrMoreIsARevision() {
        // 338,900 published: 5% is 16,945, so 355,845 is revised and 355,844 is not
        assertThat(revised("338900", "355845")).isTrue();
        assertThat(revised("338900", "355844")).isFalse();
        assertThat(revised("338900", "321955")).isTrue();
        assertThat(revised("338900", "321956")).isFalse();
        assertThat(RevisionRule.changePct(new BigDecimal("3"), new BigDecimal("2"))).isEqualByComparingTo(
                new BigDecimal("-33.33333333333333333333333333333333"));
    }

    @Test
    void aPublishedZeroIsRevisedByAnythingButZero() {
        assertThat(RevisionRule.changePct(BigDecimal.ZERO, BigDecimal.ONE)).isNull();
        assertThat(revised("0", "1")).isTrue();
        assertThat(revised("0", "0.00")).isFalse();
    }
}
