package cmsstats.workbench.publish.release;

import java.math.BigDecimal;

/**
 * Small-count suppression for a table of counts with row totals and column totals (ONS, "Disclosure control
 * guidance for tables produced from administrative data", 2014; the cell-suppression method of Hundepool et al.,
 * "Statistical Disclosure Control", Wiley 2012, 4.2):
 * <ol>
 *   <li>primary: a count from 1 to threshold - 1 is suppressed (a zero discloses no one);</li>
 *   <li>secondary: a row or column (that has a published total) with exactly one suppressed cell would give it
 *   away by subtraction, so its smallest other unsuppressed cell (positive before zero) is suppressed too;
 *   repeated until no row or column has exactly one suppressed cell.</li>
 * </ol>
 * Totals are published unsuppressed unless they are small themselves.
 */
public final class Suppression {
    private Suppression() {
    }

    /**
     * @param cells     the counts (rows x columns, without the totals), unrounded
     * @param threshold counts below it (and above 0) are suppressed
     * @param rowTotals whether each row's total is published
     * @param colTotals whether each column's total is published
     * @return which cells to show as [c]
     */
    public static boolean[][] suppress(BigDecimal[][] cells, int threshold, boolean rowTotals, boolean colTotals) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        BigDecimal limit = BigDecimal.valueOf(threshold);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = primary(cells[r][c], limit);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; rowTotals && r < rows; r++) {
                changed |= protect(cells, hidden, r, true);
            }
            for (int c = 0; colTotals && c < cols; c++) {
                changed |= protect(cells, hidden, c, false);
            }
        }
        return hidden;
    }

    /** Whether a count is small enough to identify someone. */
    public static boolean primary(BigDecimal count, BigDecimal limit) {
        return count != null && count.signum() > 0 && count.compareTo(limit) < 0;
    }

    /** Suppresses a second cell in a line (row or column) that has exactly one suppressed; true if it did. */
    private static boolean protect(BigDecimal[][] cells, boolean[][] hidden, int line, boolean isRow) {
        int length = isRow ? cells[0].length : cells.length;
        int suppressed = 0;
        int best = -1;
        for (int i = 0; i < length; i++) {
            int r = isRow ? line : i;
            int c = isRow ? i : line;
            if (hidden[r][c]) {
                suppressed++;
            } else if (cells[r][c] != null && (best < 0 || better(cells[r][c], isRow ? cells[line][best]
                    : cells[best][line]))) {
                best = i;
            }
        }
        if (suppressed != 1 || best < 0) {
            return false;
        }
        if (isRow) {
            hidden[line][best] = true;
        } else {
            hidden[best][line] = true;
        }
        return true;
    }

    /** A better complement: positive before zero, then smaller. */
    private static boolean better(BigDecimal candidate, BigDecimal current) {
        if ((candidate.signum() > 0) != (current.signum() > 0)) {
            return candidate.signum() > 0;
        }
        return candidate.compareTo(current) < 0;
    }
}
