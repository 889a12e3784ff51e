package cmsstats.workbench.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Degrees of freedom are written whole when whole (n - 1 of a simple sample), else to one decimal. */
class EstimateTextTest {
    @Test
    void wholeDegreesOfFreedomHaveNoDecimalAndSatterthwaitesHaveOne() {
        assertThat(EstimateText.degreesOfFreedom(1099.0)).isEqualTo("1099");
        assertThat(EstimateText.degreesOfFreedom(41.26)).isEqualTo("41.3");
        assertThat(EstimateText.degreesOfFreedom(5)).isEqualTo("5");
    }
}
