package cmsstats.workbench.sampling;

import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.CheckedAssessment;
import java.util.List;

/**
 * Everything a scored accuracy check reports, as the score card and {@code accuracy score} show it: the accuracy
 * rate and its intervals ({@link AccuracyScore}), the monetary error with its intervals for an SRS or stratified
 * sample ({@link MonetaryError}) or the projected misstatement and Stringer upper error limit for a monetary-unit
 * sample ({@link MusEvaluation}), and the errors by cause ({@link CauseBreakdown}).
 *
 * @param score    the accuracy rate, intervals and point monetary error rates of the sample
 * @param monetary the ratio estimates with intervals (null for MUS, or when not estimable)
 * @param mus      the MUS evaluation (null unless MUS)
 * @param causes   the inaccurate assessments by cause
 * @param design   the design facts the estimates used
 */
public record AccuracyReport(AccuracyScore score, MonetaryError monetary, MusEvaluation mus, CauseBreakdown causes,
                             AccuracyDesign design) {

    /** The report of checked assessments of a sample drawn by {@code design}, at a two-sided level. */
    public static AccuracyReport of(List<CheckedAssessment> checked, AccuracyDesign design, double level) {
        AccuracyScore score = AccuracyScore.of(checked, level);
        return new AccuracyReport(score, MonetaryError.of(checked, design, level),
                MusEvaluation.of(checked, design, level), CauseBreakdown.of(checked), design);
    }
}
