package cmsstats.workbench.sampling;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Intervals for a proportion x / n (an accuracy rate), both of which the quality assurer sees:
 * <ul>
 *   <li>Wilson score (Wilson 1927; Agresti and Coull 1998): centre (p + z^2/2n) / (1 + z^2/n), half-width
 *       z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n). Good coverage for most p; the one to quote in general.</li>
 *   <li>Clopper-Pearson exact (1934): lower = Beta(alpha/2; x, n - x + 1), upper = Beta(1 - alpha/2; x + 1, n - x)
 *       quantiles, with the closed forms 0 and 1 - (alpha/2)^(1/n) at x = 0, (alpha/2)^(1/n) and 1 at x = n.
 *       Never below its nominal coverage: the one to quote near 100%, where an assurance statement must not
 *       overstate accuracy.</li>
 * </ul>
 * Commons Math's own ClopperPearsonInterval throws at x = 0 and x = n, hence the closed forms here.
 */
public final class BinomialIntervals {
    private BinomialIntervals() {
    }

    public static Interval wilson(long x, long n, double level) {
        check(x, n);
        double z = z(level);
        double p = (double) x / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level);
    }

    public static Interval clopperPearson(long x, long n, double level) {
        check(x, n);
        double alpha = 1 - level;
        double lower = x == 0 ? 0 : x == n ? Math.pow(alpha / 2, 1.0 / n)
                : new BetaDistribution(null, x, n - x + 1).inverseCumulativeProbability(alpha / 2);
        double upper = x == n ? 1 : x == 0 ? 1 - Math.pow(alpha / 2, 1.0 / n)
                : new BetaDistribution(null, x + 1, n - x).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(lower, upper, level);
    }

    /**
     * The one-sided exact lower bound for an assurance statement ("accuracy is at least L with confidence
     * level"): Beta(alpha; x, n - x + 1), which is alpha^(1/n) at x = n and 0 at x = 0.
     */
    public static double clopperPearsonLower(long x, long n, double level) {
        check(x, n);
        double alpha = 1 - level;
        if (x == 0) {
            return 0;
        }
        return x == n ? Math.pow(alpha, 1.0 / n)
                : new BetaDistribution(null, x, n - x + 1).inverseCumulativeProbability(alpha);
    }

    /**
     * The one-sided exact upper bound of an error rate with {@code errors} of n: Beta(level; errors + 1,
     * n - errors).
     */
    public static double clopperPearsonUpper(long errors, long n, double level) {
        check(errors, n);
        return errors == n ? 1 : errors == 0 ? 1 - Math.pow(1 - level, 1.0 / n)
                : new BetaDistribution(null, errors + 1, n - errors).inverseCumulativeProbability(level);
    }

    static double z(double level) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    private static void check(long x, long n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("need 0 <= x <= n and n > 0, got x = " + x + ", n = " + n);
        }
    }
}
