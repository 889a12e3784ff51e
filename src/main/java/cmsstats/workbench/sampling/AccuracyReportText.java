package cmsstats.workbench.sampling;

import cmsstats.workbench.model.ErrorCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines in which both faces, the score card and {@code accuracy score}, state a report's monetary error, MUS
 * evaluation and causes, so that they say the same thing in the same words.
 */
public final class AccuracyReportText {
    private AccuracyReportText() {
    }

    /** How amounts are marked: the code in plain text (the command line), the sign on screen. */
    public enum Currency {
        CODE("GBP "), SIGN("\u00a3");

        private final String prefix;

        Currency(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The monetary error with its intervals (SRS or stratified), or the MUS evaluation, then the causes. */
    public static List<String> lines(AccuracyReport report, boolean causesRecorded) {
        List<String> lines = new ArrayList<>(estimateLines(report, Currency.CODE));
        lines.addAll(causeLines(report, causesRecorded));
        return lines;
    }

    /** The monetary error with its intervals (SRS or stratified), or the MUS evaluation, a sentence a line. */
    public static List<String> estimateLines(AccuracyReport report, Currency currency) {
        String gbp = currency.prefix;
        List<String> lines = new ArrayList<>();
        int percent = (int) Math.round(report.score().level() * 100);
        MonetaryError m = report.monetary();
        if (m != null) {
            lines.add(String.format(Locale.UK, "Gross monetary error %.2f%% of the correct amounts (%d%% t interval "
                    + "%.2f%% to %.2f%%, SE %.2f points, %s df).", m.grossRate().value(), percent,
                    m.grossRate().interval().lower(), m.grossRate().interval().upper(), m.grossRate().se(),
                    EstimateText.degreesOfFreedom(m.df())));
            lines.add(String.format(Locale.UK, "Net monetary error %.2f%% (%d%% t interval %.2f%% to %.2f%%).",
                    m.netRate().value(), percent, m.netRate().interval().lower(), m.netRate().interval().upper()));
            lines.add(String.format(Locale.UK, "Over the frame: %s%,.0f per week in error of %s%,.0f per week "
                    + "(%d%% interval %s%,.0f to %,.0f; %.2f%% of the frame's weekly amount); net %s%,.0f per "
                    + "week (%,.0f to %,.0f).", gbp, m.grossPerWeek().value(), gbp, m.frameTotal(), percent, gbp,
                    m.grossPerWeek().interval().lower(), m.grossPerWeek().interval().upper(), m.frameRate().value(),
                    gbp, m.netPerWeek().value(), m.netPerWeek().interval().lower(), m.netPerWeek().interval().upper()));
        } else if (report.mus() == null) {
            lines.add("No interval for the monetary error: the sample's frame is no longer stored, or it has too "
                    + "few assessments per stratum.");
        }
        MusEvaluation mus = report.mus();
        if (mus != null) {
            StringerBound b = mus.stringer();
            lines.add("A monetary-unit sample draws pounds, not assessments: the accuracy rate and the point error "
                    + "rates above describe the assessments drawn, weighted to large awards; the frame's error is "
                    + "the projection and upper limit below.");
            lines.add(String.format(Locale.UK, "Monetary-unit sample: an interval of %s%,.2f of weekly amount; %s "
                    + "taken with certainty; %s in the frame (never selectable).", gbp, b.interval(),
                    counted(report.design().certain().size(), "assessment", "assessments"),
                    counted(report.design().zeroAwards(), "zero award", "zero awards")));
            if (mus.noError()) {
                lines.add(String.format(Locale.UK, "No error found: upper error limit = basic precision = %.4f x "
                        + "interval = %s%,.2f per week (%.3f%% of the frame's %s%,.0f per week) at %d%% "
                        + "confidence.", b.factors().get(0), gbp, mus.upperLimit(), mus.upperLimitRate(), gbp,
                        mus.frameTotal(), percent));
            } else {
                lines.add(String.format(Locale.UK, "Projected misstatement %s%,.2f per week (%.3f%%), net %s"
                        + "%,.2f. Stringer upper error limit %s%,.2f per week (%.3f%% of the frame's %s%,.0f) "
                        + "at %d%% confidence: basic precision %,.2f + projected %,.2f + incremental allowance "
                        + "%,.2f%s.", gbp, mus.projected(), mus.projectedRate(), gbp, mus.netProjected(), gbp,
                        mus.upperLimit(), mus.upperLimitRate(), gbp, mus.frameTotal(), percent, b.basicPrecision(),
                        b.projected(), b.incrementalAllowance(), mus.certainError().signum() == 0 ? ""
                                : String.format(Locale.UK, " + certain items' error %,.2f", mus.certainError())));
            }
        }
        return lines;
    }

    /** The errors by cause, one line each, or why there are none. */
    public static List<String> causeLines(AccuracyReport report, boolean causesRecorded) {
        List<String> lines = new ArrayList<>();
        CauseBreakdown causes = report.causes();
        if (!causesRecorded) {
            lines.add("causes: not recorded (the worksheet has no error_cause column)");
        } else if (causes.byCause().isEmpty() && causes.unrecorded() == 0) {
            lines.add("causes: no inaccurate assessment");
        } else {
            causes.byCause().forEach((cause, row) -> lines.add(String.format(Locale.UK, "  cause %s: %d "
                    + "error(s), GBP %s per week, %s of the monetary error of inaccurate assessments", cause.code(),
                    row.errors(), row.gbp().toPlainString(), row.share() == null ? "-" : String.format(Locale.UK,
                            "%.1f%%", row.share()))));
        }
        return lines;
    }

    /** The label of a cause code, for tables. */
    public static String label(ErrorCause cause) {
        return cause.code() + " (" + cause.label() + ")";
    }

    /** "no assessments", "1 assessment", "3 assessments". */
    private static String counted(long n, String one, String many) {
        return n == 0 ? "no " + many : n + " " + (n == 1 ? one : many);
    }


}
