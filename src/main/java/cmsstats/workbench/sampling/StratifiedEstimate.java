package cmsstats.workbench.sampling;

import java.util.List;

/**
 * The mean from a stratified random sample (Cochran, sections 5.3 and 5.4):
 * <pre>
 *   mean_st = sum_h W_h mean_h,                W_h = N_h / N
 *   var     = sum_h W_h^2 (1 - n_h/N_h) s_h^2 / n_h
 *   df      = (sum_h g_h s_h^2)^2 / sum_h (g_h s_h^2)^2 / (n_h - 1),   g_h = N_h (N_h - n_h) / n_h
 * </pre>
 * The degrees of freedom are Satterthwaite's effective degrees of freedom (Cochran 5.4), which lie between the
 * smallest n_h - 1 and n - H; with a single stratum they are n - 1. The variance reported is that of the whole
 * sample, for description only.
 */
public final class StratifiedEstimate {
    private StratifiedEstimate() {
    }

    /** One stratum's population size and sample. */
    public record Stratum(String name, long population, double[] sample) {
    }

    public static MeanEstimate of(List<Stratum> strata) {
        long population = strata.stream().mapToLong(Stratum::population).sum();
        long n = 0;
        double mean = 0;
        double variance = 0;
        double numerator = 0;
        double denominator = 0;
        for (Stratum stratum : strata) {
            MeanEstimate h = MeanEstimate.simpleRandomSample(stratum.sample(), stratum.population());
            double weight = (double) stratum.population() / population;
            n += h.n();
            mean += weight * h.mean();
            variance += weight * weight * h.se() * h.se();
            double g = stratum.population() * (double) (stratum.population() - h.n()) / h.n();
            numerator += g * h.variance();
            denominator += (g * h.variance()) * (g * h.variance()) / (h.n() - 1);
        }
        double df = denominator == 0 ? n - strata.size() : numerator * numerator / denominator;
        // the descriptive variance of the whole sample, for display; the standard error uses the strata
        double[] all = strata.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.sample())).toArray();
        double sampleVariance = MeanEstimate.simpleRandomSample(all, population).variance();
        return new MeanEstimate(n, population, mean, sampleVariance, Math.sqrt(variance), df);
    }
}
