package cmsstats.workbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One assessment as a quality assurer checked it: the sampled facts and the checker's correct amount.
 *
 * @param assessmentId the assessment
 * @param date         assessment_date
 * @param type         NEW or CHANGE
 * @param calculated   the weekly amount CMS calculated (GBP), as stored with the sample
 * @param correct      the weekly amount the checker found correct (GBP)
 * @param checker      who checked it
 * @param notes        the checker's notes, or null
 * @param errorCause   why an inaccurate assessment was wrong, or null (accurate, or causes not recorded)
 */
public record CheckedAssessment(String assessmentId, LocalDate date, String type, BigDecimal calculated,
                                BigDecimal correct, String checker, String notes, ErrorCause errorCause) {

    /** A checked assessment with no cause recorded. */
    public CheckedAssessment(String assessmentId, LocalDate date, String type, BigDecimal calculated,
                             BigDecimal correct, String checker, String notes) {
        this(assessmentId, date, type, calculated, correct, checker, notes, null);
    }
}
