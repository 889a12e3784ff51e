package cmsstats.workbench.sampling;

import cmsstats.workbench.model.Assessment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;

/**
 * Monetary-unit sampling: systematic selection with probability proportional to size over the cumulative weekly
 * amount (AICPA Audit Guide "Audit Sampling", 2019, chapter 6; Arens, Elder and Beasley, "Auditing and
 * Assurance Services", chapter 17):
 * <pre>
 *   X = sum of the weekly amounts of the frame (in assessment_id order), J = X / n      (the interval)
 *   r = U J, U uniform on [0, 1) from Well19937c(seed)                                (the random start)
 *   points p_k = r + k J, k = 0 .. n - 1; an assessment is selected when a point falls in
 *   [cumulative amount before it, cumulative amount after it)
 * </pre>
 * Every pound has the chance 1 / J. An award of at least J always holds a point: it is taken with certainty and
 * listed as such, and may hold more than one, so fewer than n assessments can be selected. An award of 0 holds no
 * pound and can never be selected; the frame's number of them is reported. Amounts are exact decimals.
 */
public final class MonetaryUnitSampling {
    private MonetaryUnitSampling() {
    }

    /**
     * A monetary-unit selection.
     *
     * @param members     the selected assessments, in frame order
     * @param certain     the ids of those taken with certainty
     * @param interval    J
     * @param start       r
     * @param frameTotal  X
     * @param zeroAwards  assessments of the frame with a weekly amount of 0
     * @param points      n, the selection points
     */
    public record Selection(List<Assessment> members, Set<String> certain, BigDecimal interval, BigDecimal start,
                            BigDecimal frameTotal, long zeroAwards, int points) {
    }

    /**
     * Selects n monetary units from the frame (in its order) from a seeded random start.
     *
     * @throws IllegalArgumentException when n is below 2 or above the number of non-zero awards
     */
    public static Selection draw(List<Assessment> frame, int n, long seed) {
        long zero = frame.stream().filter(a -> a.calculated().signum() <= 0).count();
        long positive = frame.size() - zero;
        if (n < 2 || n > positive) {
            throw new IllegalArgumentException("the number of monetary units must be from 2 to the " + positive
                    + " assessments with a weekly amount above 0 (the frame also has " + zero
                    + " of GBP 0, which monetary-unit sampling cannot select), not " + n);
        }
        BigDecimal total = frame.stream().map(Assessment::calculated).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal interval = total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        BigDecimal start = new BigDecimal(new Well19937c(seed).nextDouble()).multiply(interval,
                MathContext.DECIMAL128);
        List<Assessment> members = new ArrayList<>();
        Set<String> certain = new LinkedHashSet<>();
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal point = start;
        int k = 0;
        for (Assessment a : frame) {
            if (a.calculated().signum() <= 0) {
                continue;
            }
            BigDecimal after = before.add(a.calculated());
            boolean hit = false;
            while (k < n && point.compareTo(after) < 0) {
                hit = true;
                k++;
                point = start.add(interval.multiply(BigDecimal.valueOf(k), MathContext.DECIMAL128));
            }
            if (hit) {
                members.add(a);
                if (a.calculated().compareTo(interval) >= 0) {
                    certain.add(a.assessmentId());
                }
            }
            before = after;
        }
        return new Selection(members, certain, interval, start, total, zero, n);
    }
}
