package cmsstats.workbench.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The Stringer bound on the misstatement of a population from a monetary-unit sample (AICPA Audit Guide "Audit
 * Sampling", 2019, chapter 6 and appendix C, table C-3; Leslie, Teitlebaum and Anderson, "Dollar-Unit Sampling",
 * 1979, chapter 4):
 * <pre>
 *   taintings t_(1) >= t_(2) >= ... >= t_(k)         (t = misstatement / recorded amount of the sampled item)
 *   F(i)  = the upper confidence limit of a Poisson mean after i events at the level
 *         = the level-quantile of Gamma(shape i + 1, scale 1);   F(0) = -ln(1 - level) = 2.9957 at 95%
 *   basic precision        BP  = J F(0)
 *   projected misstatement PM  = J sum_i t_(i)
 *   upper error limit      UEL = J [F(0) + sum_i (F(i) - F(i - 1)) t_(i)]
 *                              = BP + PM + J sum_i (F(i) - F(i - 1) - 1) t_(i)     (the incremental allowance)
 * </pre>
 * J is the sampling interval. With no misstatement the upper limit is the basic precision, "3.0 times the
 * interval" in the guide's rounded factors. The factors are exact here, not the table's two decimals.
 *
 * @param interval            the sampling interval J
 * @param level               the one-sided confidence level
 * @param taintings           the taintings in the order the bound uses them, largest first
 * @param factors             F(0) .. F(k)
 * @param basicPrecision      BP
 * @param projected           PM
 * @param incrementalAllowance UEL - BP - PM
 * @param upperLimit          UEL
 */
public record StringerBound(double interval, double level, List<Double> taintings, List<Double> factors,
                            double basicPrecision, double projected, double incrementalAllowance,
                            double upperLimit) {

    /** F(i): the upper limit of a Poisson mean after {@code events} events at {@code level}. */
    public static double poissonFactor(int events, double level) {
        if (events == 0) {
            return -Math.log(1 - level);
        }
        return new GammaDistribution(null, events + 1, 1).inverseCumulativeProbability(level);
    }

    /** The bound for the taintings found (any order; they are sorted largest first) at an interval J. */
    public static StringerBound of(List<Double> taintings, double interval, double level) {
        if (!(interval > 0) || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("need an interval > 0 and a level between 0 and 1");
        }
        List<Double> ordered = new ArrayList<>(taintings);
        ordered.sort(Comparator.reverseOrder());
        List<Double> factors = new ArrayList<>();
        factors.add(poissonFactor(0, level));
        double bound = factors.get(0);
        double projected = 0;
        for (int i = 1; i <= ordered.size(); i++) {
            factors.add(poissonFactor(i, level));
            bound += (factors.get(i) - factors.get(i - 1)) * ordered.get(i - 1);
            projected += ordered.get(i - 1);
        }
        double bp = interval * factors.get(0);
        double uel = interval * bound;
        double pm = interval * projected;
        return new StringerBound(interval, level, List.copyOf(ordered), List.copyOf(factors), bp, pm,
                uel - bp - pm, uel);
    }
}
