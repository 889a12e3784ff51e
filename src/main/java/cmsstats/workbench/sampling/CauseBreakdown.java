package cmsstats.workbench.sampling;

import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ErrorCause;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The inaccurate assessments of a check by cause ({@link ErrorCause}): how many, their error in GBP per week
 * (sum of |calculated - correct|) and each cause's share of the monetary error of the inaccurate assessments, in
 * percent (its GBP over the GBP of all inaccurate assessments; the small differences of accurate assessments,
 * within tolerance, have no cause and are not in it). The NAO reports causes this way: "88% of the monetary value
 * of its remaining errors comes from incorrectly processing changes to income" (ref. 003).
 *
 * @param byCause    every cause found, in the list's order
 * @param unrecorded inaccurate assessments with no cause (a worksheet exported before the column existed)
 * @param totalGbp   the error of all inaccurate assessments, GBP per week
 */
public record CauseBreakdown(Map<ErrorCause, Row> byCause, int unrecorded, BigDecimal totalGbp) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One cause's inaccurate assessments, error GBP per week and share of monetary error (percent, or null). */
    public record Row(int errors, BigDecimal gbp, BigDecimal share) {
    }

    public static CauseBreakdown of(List<CheckedAssessment> checked) {
        Map<ErrorCause, int[]> counts = new EnumMap<>(ErrorCause.class);
        Map<ErrorCause, BigDecimal> pounds = new EnumMap<>(ErrorCause.class);
        BigDecimal total = BigDecimal.ZERO;
        int unrecorded = 0;
        for (CheckedAssessment c : checked) {
            if (AccuracyRule.accurate(c.calculated(), c.correct())) {
                continue;
            }
            BigDecimal error = c.calculated().subtract(c.correct()).abs();
            total = total.add(error);
            if (c.errorCause() == null) {
                unrecorded++;
                continue;
            }
            counts.computeIfAbsent(c.errorCause(), k -> new int[1])[0]++;
            pounds.merge(c.errorCause(), error, BigDecimal::add);
        }
        Map<ErrorCause, Row> rows = new EnumMap<>(ErrorCause.class);
        for (Map.Entry<ErrorCause, int[]> e : counts.entrySet()) {
            BigDecimal gbp = pounds.get(e.getKey());
            rows.put(e.getKey(), new Row(e.getValue()[0], gbp, total.signum() == 0 ? null
                    : gbp.multiply(HUNDRED).divide(total, MathContext.DECIMAL64)));
        }
        return new CauseBreakdown(Collections.unmodifiableMap(rows), unrecorded, total);
    }
}
