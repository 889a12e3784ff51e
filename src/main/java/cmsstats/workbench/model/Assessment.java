package cmsstats.workbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One assessment of the accuracy-sampling frame, as drawn into a sample.
 *
 * @param assessmentId the assessment
 * @param caseId       its case
 * @param date         assessment_date
 * @param type         NEW or CHANGE
 * @param calculated   the weekly amount CMS calculated (GBP)
 */
public record Assessment(String assessmentId, String caseId, LocalDate date, String type, BigDecimal calculated) {
}
