package cmsstats.workbench.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One value of a measure, unrounded.
 *
 * @param measure   the measure's id, e.g. {@code caseload_total}
 * @param period    the month, or the last month of the quarter for quarterly measures
 * @param breakdown the breakdown value (e.g. {@code DP}), or null for the whole
 * @param value     the exact value, or null when it cannot be computed (a division by zero)
 */
public record MeasureValue(String measure, YearMonth period, String breakdown, BigDecimal value) {
}
