package cmsstats.workbench.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines in which both faces state a second check's agreement with the first, and its disagreements. */
public final class RecheckText {
    private RecheckText() {
    }

    /** The agreement, then one line per disagreement. */
    public static List<String> lines(AccuracyRechecks.Compared compared) {
        List<String> lines = new ArrayList<>();
        lines.add(summary(compared.agreement()));
        for (AccuracyRechecks.Pair p : compared.disagreements()) {
            lines.add(String.format(Locale.UK, "  disagreement %s: calculated %s; first %s correct %s (%s)%s; "
                    + "second %s correct %s (%s)%s", p.assessmentId(), p.calculated().toPlainString(),
                    p.firstChecker(), p.firstCorrect().toPlainString(), p.firstAccurate() ? "accurate" : "inaccurate",
                    p.firstCause() == null ? "" : ", " + p.firstCause().code(), p.secondChecker(),
                    p.secondCorrect().toPlainString(), p.secondAccurate() ? "accurate" : "inaccurate",
                    p.secondCause() == null ? "" : ", " + p.secondCause().code()));
        }
        return lines;
    }

    /** "agree on 9 of 10 (90.0%); Cohen's kappa 0.78 (95% interval 0.38 to 1.00, SE 0.20)". */
    public static String summary(Agreement a) {
        String kappa = a.kappa() == null ? "Cohen's kappa undefined (both checkers gave every assessment the same "
                + "answer)" : String.format(Locale.UK, "Cohen's kappa %.3f (%d%% interval %.3f to %.3f, SE %.3f)",
                a.kappa(), Math.round(a.interval().level() * 100), a.interval().lower(), a.interval().upper(), a.se());
        return String.format(Locale.UK, "agree on the accurate / inaccurate decision for %d of %d (%.1f%%); %s; "
                + "%d disagreement(s)", a.agreed(), a.n(), a.percent(), kappa, a.n() - a.agreed());
    }
}
