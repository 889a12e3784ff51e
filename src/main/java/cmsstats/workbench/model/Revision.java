package cmsstats.workbench.model;

import java.math.BigDecimal;

/**
 * A published figure beside the value computed now.
 *
 * @param figure     the figure as released
 * @param computed   the value computed now, or null when the workbench cannot compute it
 * @param changePct  100 x (computed - published) / |published|, or null
 * @param flagged    whether the move is at least the revision threshold (the release does not revise smaller
 *                   moves of management information)
 * @param note       why there is no computed value, or empty
 */
public record Revision(PublishedFigure figure, BigDecimal computed, BigDecimal changePct, boolean flagged,
                       String note) {
}
