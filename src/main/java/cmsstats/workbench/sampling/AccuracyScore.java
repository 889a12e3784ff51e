package cmsstats.workbench.sampling;

import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ErrorCause;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The result of an accuracy check: how many of the checked assessments are cash-value accurate by
 * {@link AccuracyRule}, the accuracy rate with two binomial intervals, and the monetary error rates.
 * <ul>
 *   <li>rate = accurate / n x 100 (docs/MEASURES.md accuracy_pct; ref. 002 Table 14);</li>
 *   <li>Wilson score interval and the exact Clopper-Pearson interval ({@link BinomialIntervals}). Near 100% the
 *   Clopper-Pearson interval is the one to quote: it never claims less than its level, where Wilson's coverage
 *   dips below nominal for p close to 1 (Brown, Cai and DasGupta 2001, Statistical Science 16:101);</li>
 *   <li>gross monetary error rate = sum |calculated - correct| / sum correct x 100, net = sum (calculated -
 *   correct) / sum correct x 100 (docs/MEASURES.md), and, as the NAO reports them (ref. 003), the over-payment rate
 *   (sum of positive differences / sum correct x 100) and the under-payment rate (sum of negative differences,
 *   as a positive number, / sum correct x 100): gross = over + under, net = over - under. A zero sum of correct
 *   amounts gives no rate (null). Sums are exact decimals; rates are rounded to 34 significant digits.</li>
 * </ul>
 */
public record AccuracyScore(int n, int accurate, double level, Interval wilson, Interval clopperPearson,
                            BigDecimal grossErrorRate, BigDecimal netErrorRate, BigDecimal overpaymentRate,
                            BigDecimal underpaymentRate, Map<String, Tally> byChecker, Map<String, Tally> byType,
                            List<Inaccurate> inaccurate) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checked and accurate assessments in one group. */
    public record Tally(int checked, int accurate) {
        /** Accurate as a percentage of checked. */
        public double rate() {
            return checked == 0 ? Double.NaN : 100.0 * accurate / checked;
        }
    }

    /** An inaccurate assessment: difference = calculated - correct, beyond the tolerance; its cause or null. */
    public record Inaccurate(String assessmentId, String type, String checker, BigDecimal calculated,
                             BigDecimal correct, BigDecimal difference, BigDecimal tolerance, ErrorCause cause) {
    }

    /** Accuracy rate as a percentage (0-100). */
    public double rate() {
        return 100.0 * accurate / n;
    }

    /** Whether the check applies the rule to each assessment: one flag per assessment, in order. */
    public static List<Boolean> flags(List<CheckedAssessment> checked) {
        return checked.stream().map(c -> AccuracyRule.accurate(c.calculated(), c.correct())).toList();
    }

    /** Scores checked assessments (at least one) at a two-sided confidence level. */
    public static AccuracyScore of(List<CheckedAssessment> checked, double level) {
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("no assessment was checked");
        }
        int accurate = 0;
        BigDecimal over = BigDecimal.ZERO;
        BigDecimal under = BigDecimal.ZERO;
        BigDecimal correctTotal = BigDecimal.ZERO;
        List<Inaccurate> inaccurate = new ArrayList<>();
        for (CheckedAssessment c : checked) {
            BigDecimal difference = c.calculated().subtract(c.correct());
            correctTotal = correctTotal.add(c.correct());
            if (difference.signum() > 0) {
                over = over.add(difference);
            } else {
                under = under.add(difference.negate());
            }
            if (AccuracyRule.accurate(c.calculated(), c.correct())) {
                accurate++;
            } else {
                inaccurate.add(new Inaccurate(c.assessmentId(), c.type(), c.checker(), c.calculated(), c.correct(),
                        difference, AccuracyRule.tolerance(c.correct()), c.errorCause()));
            }
        }
        int n = checked.size();
        return new AccuracyScore(n, accurate, level, BinomialIntervals.wilson(accurate, n, level).scaled(100),
                BinomialIntervals.clopperPearson(accurate, n, level).scaled(100),
                percent(over.add(under), correctTotal), percent(over.subtract(under), correctTotal),
                percent(over, correctTotal), percent(under, correctTotal),
                tally(checked, CheckedAssessment::checker), tally(checked, CheckedAssessment::type), inaccurate);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128);
    }

    private static Map<String, Tally> tally(List<CheckedAssessment> checked, Function<CheckedAssessment, String> key) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (CheckedAssessment c : checked) {
            int accurate = AccuracyRule.accurate(c.calculated(), c.correct()) ? 1 : 0;
            tallies.merge(key.apply(c), new Tally(1, accurate),
                    (a, b) -> new Tally(a.checked() + b.checked(), a.accurate() + b.accurate()));
        }
        return tallies;
    }
}
