package cmsstats.workbench.sampling;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a simple random sample drawn without replacement from a finite population, with its standard error
 * and a t interval (Cochran, "Sampling Techniques", 3rd ed., sections 2.4-2.5):
 * <pre>
 *   mean = sum(y) / n,   s^2 = sum((y - mean)^2) / (n - 1)
 *   SE   = sqrt((1 - n/N) s^2 / n)                 (finite population correction)
 *   CI   = mean -/+ t(1 - alpha/2; n - 1) SE
 * </pre>
 *
 * @param n        sample size
 * @param population population size N (the frame)
 * @param mean     sample mean
 * @param variance sample variance s^2 (divisor n - 1)
 * @param se       standard error of the mean, with the finite population correction
 * @param df       degrees of freedom of the t quantile
 */
public record MeanEstimate(long n, long population, double mean, double variance, double se, double df) {

    public double sd() {
        return Math.sqrt(variance);
    }

    /** The two-sided t interval for the mean at {@code level} (e.g. 0.95). */
    public Interval interval(double level) {
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Interval(mean - t * se, mean + t * se, level);
    }

    /** Estimates from sample values y drawn without replacement from a population of N. */
    public static MeanEstimate simpleRandomSample(double[] y, long population) {
        int n = y.length;
        if (n < 2 || n > population) {
            throw new IllegalArgumentException("need 2 <= n <= N, got n = " + n + ", N = " + population);
        }
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : y) {
            squares += (v - mean) * (v - mean);
        }
        double variance = squares / (n - 1);
        return fromSummary(n, population, mean, variance);
    }

    /** The same estimate from a sample's size, mean and variance. */
    public static MeanEstimate fromSummary(long n, long population, double mean, double variance) {
        double fpc = 1 - (double) n / population;
        return new MeanEstimate(n, population, mean, variance, Math.sqrt(fpc * variance / n), n - 1);
    }
}
