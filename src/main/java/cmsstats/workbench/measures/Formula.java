package cmsstats.workbench.measures;

import java.math.BigDecimal;

/** How a measure's value follows from its family's sums at one period and breakdown value. */
@FunctionalInterface
interface Formula {
    /** @return the value, or null when it cannot be computed (a division by zero, no data) */
    BigDecimal apply(Sums sums);
}
