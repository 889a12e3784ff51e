package cmsstats.workbench.sampling;

import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.CheckedAssessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gross and net monetary error of a simple random or stratified accuracy sample as ratio estimates
 * ({@link RatioEstimate}: Taylor-linearised standard error, finite population correction, t interval on n - H
 * degrees of freedom), for the sample and grossed up to the frame:
 * <pre>
 *   gross rate = sum_w |calculated - correct| / sum_w correct          (y = |d|,  x = correct)
 *   net rate   = sum_w (calculated - correct) / sum_w correct          (y = d,    x = correct)
 *   error GBP per week over the frame = X_frame x sum_w |d| / sum_w calculated     (y = |d|, x = calculated)
 * </pre>
 * where sum_w weights each unit by N_h / n_h and X_frame is the frame's total calculated weekly amount, known
 * from the draw. The last is the ratio estimator of a total with the calculated amount as auxiliary variable
 * (Cochran 6.2, 6.11), whose standard error is X_frame times that of the ratio; the frame's error rate is that
 * total over X_frame. Rates are in percent. The gross figures cannot be negative: their intervals' lower bounds are
 * cut at 0 ({@link Estimate#nonNegative}). Not for a monetary-unit sample, whose units are pounds drawn with
 * probability proportional to size ({@link StringerBound} evaluates those).
 *
 * @param grossRate      gross error rate, percent, with its interval
 * @param netRate        net error rate, percent, with its interval
 * @param grossPerWeek   estimated GBP per week in error (gross) over the frame, with its interval
 * @param netPerWeek     estimated net GBP per week over-paid (negative: under-paid) over the frame
 * @param frameRate      grossPerWeek as a percentage of the frame's total weekly amount
 * @param frameTotal     the frame's total weekly amount (GBP)
 * @param df             degrees of freedom of the t intervals (n - H)
 */
public record MonetaryError(Estimate grossRate, Estimate netRate, Estimate grossPerWeek, Estimate netPerWeek,
                            Estimate frameRate, double frameTotal, double df) {

    /** A point estimate, its standard error and its interval, in one unit. */
    public record Estimate(double value, double se, Interval interval) {
        static Estimate of(RatioEstimate ratio, double scale, double level) {
            return new Estimate(ratio.ratio() * scale, ratio.se() * Math.abs(scale), ratio.interval(level)
                    .scaled(scale));
        }

        /**
         * The same estimate of a quantity that cannot be negative (a gross error: a sum of absolute amounts), its
         * interval's lower bound cut at 0. The symmetric t interval crosses 0 when errors are few and the
         * standard error is large beside them; the part below 0 holds no possible value, so the interval keeps
         * its coverage when cut.
         */
        Estimate nonNegative() {
            return interval.lower() >= 0 ? this : new Estimate(value, se, new Interval(0, Math.max(0,
                    interval.upper()), interval.level()));
        }
    }

    /**
     * The monetary error of a checked SRS or stratified sample, or null when it cannot be estimated (a MUS
     * design, no design facts, or no correct or calculated amounts to divide by).
     */
    public static MonetaryError of(List<CheckedAssessment> checked, AccuracyDesign design, double level) {
        if (design == null || design.mus() || checked.isEmpty()) {
            return null;
        }
        Map<String, Long> populations = new LinkedHashMap<>();
        design.strata().forEach(s -> populations.put(s.name(), s.population()));
        boolean stratified = AccuracyDesign.STRATIFIED.equals(design.design());
        List<RatioEstimate.Unit> gross = new ArrayList<>();
        List<RatioEstimate.Unit> net = new ArrayList<>();
        List<RatioEstimate.Unit> frame = new ArrayList<>();
        List<RatioEstimate.Unit> netFrame = new ArrayList<>();
        for (CheckedAssessment c : checked) {
            String stratum = stratified ? c.type() : AccuracyDesign.ALL;
            double difference = c.calculated().subtract(c.correct()).doubleValue();
            gross.add(new RatioEstimate.Unit(stratum, Math.abs(difference), c.correct().doubleValue()));
            net.add(new RatioEstimate.Unit(stratum, difference, c.correct().doubleValue()));
            frame.add(new RatioEstimate.Unit(stratum, Math.abs(difference), c.calculated().doubleValue()));
            netFrame.add(new RatioEstimate.Unit(stratum, difference, c.calculated().doubleValue()));
        }
        try {
            RatioEstimate g = RatioEstimate.of(gross, populations);
            RatioEstimate n = RatioEstimate.of(net, populations);
            RatioEstimate f = RatioEstimate.of(frame, populations);
            RatioEstimate nf = RatioEstimate.of(netFrame, populations);
            double total = design.frameTotal().doubleValue();
            return new MonetaryError(Estimate.of(g, 100, level).nonNegative(), Estimate.of(n, 100, level),
                    Estimate.of(f, total, level).nonNegative(), Estimate.of(nf, total, level),
                    Estimate.of(f, 100, level).nonNegative(), total, g.df());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
