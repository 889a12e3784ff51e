package cmsstats.workbench.ui.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The sampling forms' number rules, and the one way the score card shows pounds. */
class NumberInputTest {

    @Test
    void aWholeNumberIsValidOnlyWhenItParsesAndIsInRange() {
        NumberInput<Integer> n = NumberInput.whole(100, 2, "assessments");
        assertThat(n.value()).isEqualTo(100);
        assertThat(n.textProperty().get()).isEqualTo("100");

        n.textProperty().set("abc");
        assertThat(n.value()).isNull();
        assertThat(n.problemProperty().get()).isEqualTo("Expected a whole number of assessments, 2 or more, not "
                + "\"abc\".");
        n.textProperty().set(" 1,100 ");
        assertThat(n.value()).isEqualTo(1100);
        assertThat(n.problemProperty().get()).isEmpty();
        n.textProperty().set("1");
        assertThat(n.valid()).isFalse();
        n.textProperty().set("2.5");
        assertThat(n.valid()).isFalse();
        n.textProperty().set("99999999999");
        assertThat(n.valid()).isFalse();
        n.textProperty().set("");
        assertThat(n.problemProperty().get()).isEqualTo("Expected a whole number of assessments, 2 or more.");
        n.set(385);
        assertThat(n.textProperty().get()).isEqualTo("385");
        assertThat(n.value()).isEqualTo(385);
    }

    @Test
    void aProportionMustLieStrictlyBetweenItsBounds() {
        NumberInput<Double> p = NumberInput.between(0.95, 0, 1, "a proportion");
        assertThat(p.textProperty().get()).isEqualTo("0.95");
        for (String refused : new String[] {"1", "0", "-0.1", "NaN", "Infinity", "0.9.5", "1e-400x"}) {
            p.textProperty().set(refused);
            assertThat(p.value()).as(refused).isNull();
        }
        p.textProperty().set("0.5");
        assertThat(p.value()).isEqualTo(0.5);
        NumberInput<Double> sd = NumberInput.above(0.77, 0, "a standard deviation");
        sd.textProperty().set("1e400");
        assertThat(sd.valid()).isFalse();
        NumberInput<Long> seed = NumberInput.seed(20161026L);
        seed.textProperty().set("-42");
        assertThat(seed.value()).isEqualTo(-42L);
    }

    @Test
    void poundsAreShownToThePennyWithATolerancesFurtherDigitsKept() {
        assertThat(Figures.pounds(new BigDecimal("1.00"))).isEqualTo("1.00");
        assertThat(Figures.pounds(new BigDecimal("1.0000"))).isEqualTo("1.00");
        assertThat(Figures.pounds(new BigDecimal("2.4690"))).isEqualTo("2.469");
        assertThat(Figures.pounds(new BigDecimal("1204.5"))).isEqualTo("1,204.50");
        assertThat(Figures.pounds(new BigDecimal("-3.00"))).isEqualTo("-3.00");
        assertThat(Figures.pounds(new BigDecimal("20"))).isEqualTo("20.00");
        assertThat(Figures.pounds(null)).isEmpty();
    }
}
