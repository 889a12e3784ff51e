package cmsstats.workbench.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored accuracy-check sample and its design.
 *
 * @param id                 sample id
 * @param from               first assessment_date of the frame
 * @param to                 last assessment_date of the frame (inclusive)
 * @param type               NEW or CHANGE when the frame holds one type only, otherwise null
 * @param stratify           assessment_type when stratified (proportional allocation), otherwise null
 * @param frameSize          assessments in the frame
 * @param n                  assessments drawn
 * @param seed               the generator's seed
 * @param drawnAt            when it was drawn
 * @param assessmentsVersion the assessments extract version it was drawn from
 * @param checkVersions      finalised checks stored for it (0 = not checked yet; above 1 = corrected)
 * @param design             SRS, STRATIFIED or MUS ({@link AccuracyDesign})
 */
public record AccuracySample(long id, LocalDate from, LocalDate to, String type, String stratify, long frameSize,
                             int n, long seed, OffsetDateTime drawnAt, long assessmentsVersion, int checkVersions,
                             String design) {

    /** Whether it is a monetary-unit sample. */
    public boolean mus() {
        return AccuracyDesign.MUS.equals(design);
    }

    /** The design in words: "simple random", "stratified by assessment type" or "monetary-unit". */
    public String designText() {
        return mus() ? "monetary-unit" : stratify == null ? "simple random" : "stratified by " + stratify;
    }
}
