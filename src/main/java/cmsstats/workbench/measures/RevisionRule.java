package cmsstats.workbench.measures;

import java.math.BigDecimal;

/**
 * The release's revision rule, decided here once for the Revisions tab, the revision check and the release's
 * [r] markers: management information revised later by less than 5% is not revised in later editions (ref. 002,
 * "Revisions"; docs/MEASURES.md, "Conventions"), so a figure counts as revised when the figure computed now
 * differs from the published one by 5% or more of the published value. A published zero has no percentage
 * change: it counts as revised when the figure now is anything but zero.
 */
public final class RevisionRule {
    /** The move, in percent of the published figure, from which a figure counts as revised. */
    public static final BigDecimal THRESHOLD_PCT = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RevisionRule() {
    }

    /** The change from the published figure to the one now, in percent of the published; null when it was 0. */
    public static BigDecimal changePct(BigDecimal published, BigDecimal now) {
        if (published.signum() == 0) {
            return null;
        }
        return now.subtract(published).multiply(HUNDRED).divide(published.abs(), Sums.PRECISION);
    }

    /** Whether the figure now revises the published one at this threshold (percent of the published figure). */
    public static boolean revised(BigDecimal published, BigDecimal now, BigDecimal thresholdPct) {
        BigDecimal change = changePct(published, now);
        return change == null ? now.signum() != 0 : change.abs().compareTo(thresholdPct) >= 0;
    }
}
