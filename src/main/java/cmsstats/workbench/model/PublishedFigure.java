package cmsstats.workbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** A figure as released, from a {@code published} extract. */
public record PublishedFigure(String measure, YearMonth period, String breakdown, BigDecimal value,
                              LocalDate edition) {
}
