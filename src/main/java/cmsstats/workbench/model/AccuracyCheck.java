package cmsstats.workbench.model;

import java.time.OffsetDateTime;

/**
 * A finalised, stored accuracy check of a sample. Never changed; a correction is a new version with its reason.
 *
 * @param id         check id
 * @param sampleId   the sample checked
 * @param version    1 for the first check, higher for corrections
 * @param reason     why it was corrected (null for version 1)
 * @param sourceFile the worksheet's file name
 * @param scoredAt   when it was stored
 * @param checked    assessments checked
 * @param accurate   of which accurate
 */
public record AccuracyCheck(long id, long sampleId, int version, String reason, String sourceFile,
                            OffsetDateTime scoredAt, int checked, int accurate) {
}
