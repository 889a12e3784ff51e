package cmsstats.workbench.sampling;

import java.math.BigDecimal;

/**
 * The CMS accuracy rule (docs/MEASURES.md, "Accuracy rule"; ref. 002 Table 14): an assessment is cash-value accurate
 * when |calculated - correct| <= max(GBP 1.00, 2% of correct), boundary included, in exact decimal arithmetic.
 * 2% is not rounded to the penny (correct GBP 123.45 gives GBP 2.469); a correct amount of 0 has a tolerance of
 * GBP 1.00.
 */
public final class AccuracyRule {
    private static final BigDecimal ONE_POUND = new BigDecimal("1.00");
    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    private AccuracyRule() {
    }

    public static BigDecimal tolerance(BigDecimal correct) {
        return correct.multiply(TWO_PERCENT).max(ONE_POUND);
    }

    public static boolean accurate(BigDecimal calculated, BigDecimal correct) {
        return calculated.subtract(correct).abs().compareTo(tolerance(correct)) <= 0;
    }
}
