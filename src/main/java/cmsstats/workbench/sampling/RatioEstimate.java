package cmsstats.workbench.sampling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The ratio of two totals, R = Y / X, from a stratified random sample drawn without replacement, with its
 * standard error by Taylor linearisation and a t interval; a simple random sample is the one-stratum case.
 * <pre>
 *   Y^ = sum_h (N_h / n_h) sum_i y_hi,   X^ = sum_h (N_h / n_h) sum_i x_hi,   R^ = Y^ / X^
 *   z_hi = (y_hi - R^ x_hi) / X^                                 (the linearised variable)
 *   V(R^) = sum_h N_h^2 (1 - n_h / N_h) s^2_z,h / n_h               (finite population correction)
 *   CI    = R^ -/+ t(1 - alpha/2; n - H) sqrt(V(R^))
 * </pre>
 * This is the estimator and variance of R's {@code survey::svyratio} (Lumley, "Complex Surveys", 2010, section
 * 2.4.3 and 3.2; Cochran, "Sampling Techniques", 3rd ed., 6.4 and 6.11) for a design
 * {@code svydesign(ids = ~1, strata = ~h, fpc = ~N_h)}, whose degrees of freedom {@code degf} are n - H. Each
 * stratum needs at least two sampled units; a stratum sampled in full contributes no variance.
 */
public record RatioEstimate(double ratio, double se, double df, double numeratorTotal, double denominatorTotal) {

    /** One sampled unit: its stratum, the numerator's value y and the denominator's value x. */
    public record Unit(String stratum, double y, double x) {
    }

    /** The two-sided t interval at {@code level}. */
    public Interval interval(double level) {
        double t = df > 0 ? new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2) : 0;
        return new Interval(ratio - t * se, ratio + t * se, level);
    }

    /**
     * Estimates R from sampled units and each stratum's population size N_h.
     *
     * @throws IllegalArgumentException when a stratum has fewer than 2 units or more than its population, a
     *                                  unit's stratum has no population, or the estimated X is 0
     */
    public static RatioEstimate of(List<Unit> units, Map<String, Long> populations) {
        Map<String, List<Unit>> strata = new LinkedHashMap<>();
        units.forEach(u -> strata.computeIfAbsent(u.stratum(), s -> new ArrayList<>()).add(u));
        double yTotal = 0;
        double xTotal = 0;
        for (Map.Entry<String, List<Unit>> stratum : strata.entrySet()) {
            Long population = populations.get(stratum.getKey());
            int n = stratum.getValue().size();
            if (population == null || n > population || n < Math.min(2, population)) {
                throw new IllegalArgumentException("stratum '" + stratum.getKey() + "' has " + n + " units of "
                        + population + " (need 2 <= n_h <= N_h, or the whole stratum, for a standard error)");
            }
            double weight = (double) population / n;
            for (Unit u : stratum.getValue()) {
                yTotal += weight * u.y();
                xTotal += weight * u.x();
            }
        }
        if (xTotal == 0) {
            throw new IllegalArgumentException("the denominator's estimated total is 0: no ratio");
        }
        double ratio = yTotal / xTotal;
        double variance = 0;
        for (Map.Entry<String, List<Unit>> stratum : strata.entrySet()) {
            long population = populations.get(stratum.getKey());
            List<Unit> sample = stratum.getValue();
            int n = sample.size();
            if (n == population) {
                continue; // sampled in full: no sampling variance
            }
            double mean = 0;
            for (Unit u : sample) {
                mean += (u.y() - ratio * u.x()) / xTotal;
            }
            mean /= n;
            double squares = 0;
            for (Unit u : sample) {
                double z = (u.y() - ratio * u.x()) / xTotal - mean;
                squares += z * z;
            }
            variance += (double) population * population * (1 - (double) n / population) * squares / (n - 1) / n;
        }
        return new RatioEstimate(ratio, Math.sqrt(variance), units.size() - strata.size(), yTotal, xTotal);
    }
}
