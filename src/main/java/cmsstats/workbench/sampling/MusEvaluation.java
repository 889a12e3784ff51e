package cmsstats.workbench.sampling;

import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.CheckedAssessment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of a checked monetary-unit sample (AICPA Audit Guide "Audit Sampling", 2019, chapter 6): each
 * assessment drawn by a sampling point has its tainting t = |calculated - correct| / calculated, bounded by
 * {@link StringerBound} at the sampling interval; the error of an assessment taken with certainty is known, not
 * projected, and is added to the projected misstatement and to the upper error limit at its value. The
 * workbench bounds the gross error (over- and under-payments alike), as the gross monetary error rate counts it;
 * the net projection (signed taintings) is given beside it. Figures are GBP per week over the frame and, over
 * the frame's total weekly amount, percentages.
 *
 * @param stringer      the bound of the projected (not certain) part
 * @param certainError  the gross error found in the assessments taken with certainty (GBP per week)
 * @param errors        the assessments with a non-zero difference, of which {@code certainErrors} certain
 * @param certainErrors errors among the assessments taken with certainty
 * @param projected     projected misstatement, GBP per week (Stringer's PM plus the certain error)
 * @param netProjected  net projected misstatement (signed taintings, plus the certain net error), GBP per week
 * @param upperLimit    the upper error limit, GBP per week (Stringer's UEL plus the certain error)
 * @param frameTotal    the frame's total weekly amount (GBP)
 */
public record MusEvaluation(StringerBound stringer, BigDecimal certainError, int errors, int certainErrors,
                            double projected, double netProjected, double upperLimit, double frameTotal) {

    /** The projected misstatement as a percentage of the frame's total weekly amount. */
    public double projectedRate() {
        return 100 * projected / frameTotal;
    }

    /** The upper error limit as a percentage of the frame's total weekly amount. */
    public double upperLimitRate() {
        return 100 * upperLimit / frameTotal;
    }

    /** Whether no error was found, so the upper limit is the basic precision. */
    public boolean noError() {
        return errors == 0;
    }

    /** Evaluates a checked MUS sample, or gives null for another design. */
    public static MusEvaluation of(List<CheckedAssessment> checked, AccuracyDesign design, double level) {
        if (design == null || !design.mus()) {
            return null;
        }
        List<Double> taintings = new ArrayList<>();
        double netTaint = 0;
        BigDecimal certainGross = BigDecimal.ZERO;
        BigDecimal certainNet = BigDecimal.ZERO;
        int errors = 0;
        int certainErrors = 0;
        for (CheckedAssessment c : checked) {
            BigDecimal difference = c.calculated().subtract(c.correct());
            if (difference.signum() != 0) {
                errors++;
            }
            if (design.certain().contains(c.assessmentId())) {
                certainGross = certainGross.add(difference.abs());
                certainNet = certainNet.add(difference);
                certainErrors += difference.signum() == 0 ? 0 : 1;
            } else if (difference.signum() != 0) {
                BigDecimal taint = difference.divide(c.calculated(), MathContext.DECIMAL128);
                taintings.add(taint.abs().doubleValue());
                netTaint += taint.doubleValue();
            }
        }
        double interval = design.interval().doubleValue();
        StringerBound bound = StringerBound.of(taintings, interval, level);
        double certain = certainGross.doubleValue();
        return new MusEvaluation(bound, certainGross, errors, certainErrors, bound.projected() + certain,
                interval * netTaint + certainNet.doubleValue(), bound.upperLimit() + certain,
                design.frameTotal().doubleValue());
    }
}
