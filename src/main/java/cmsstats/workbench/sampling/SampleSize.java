package cmsstats.workbench.sampling;

/**
 * Sample sizes (Cochran, sections 3.4 and 4.6; AICPA attribute sampling):
 * <pre>
 *   mean:        n0 = (z s / e)^2
 *   proportion:  n0 = z^2 p (1 - p) / e^2
 *   finite N:    n  = n0 / (1 + (n0 - 1) / N), rounded up
 *   attribute:   the smallest n whose one-sided Clopper-Pearson upper error limit at the expected number of
 *                errors is at or below the tolerable error rate
 * </pre>
 * e is the margin of error (half the interval width); z the normal quantile for the two-sided level.
 */
public final class SampleSize {
    private SampleSize() {
    }

    public static long forMean(double sd, double margin, double level, Long population) {
        double z = BinomialIntervals.z(level);
        return finite(Math.pow(z * sd / margin, 2), population);
    }

    public static long forProportion(double p, double margin, double level, Long population) {
        double z = BinomialIntervals.z(level);
        return finite(z * z * p * (1 - p) / (margin * margin), population);
    }

    /**
     * The audit sample size for a tolerable error rate, e.g. 59 for 5% tolerable, 0 expected errors, 95%.
     *
     * @param expectedErrorRate the expected error rate; the expected errors are rounded up from it at each n
     */
    public static long forAttribute(double tolerableRate, double expectedErrorRate, double level) {
        for (long n = 1; n <= 100_000; n++) {
            long errors = (long) Math.ceil(expectedErrorRate * n - 1e-9);
            if (errors < n && BinomialIntervals.clopperPearsonUpper(errors, n, level) <= tolerableRate) {
                return n;
            }
        }
        throw new IllegalArgumentException("no sample of up to 100,000 reaches a tolerable rate of " + tolerableRate);
    }

    private static long finite(double n0, Long population) {
        double n = population == null ? n0 : n0 / (1 + (n0 - 1) / population);
        return (long) Math.ceil(n - 1e-9);
    }
}
