package cmsstats.workbench.model;

import java.time.OffsetDateTime;

/**
 * A second check: a seeded subsample of one finalised check, for a second checker.
 *
 * @param id         recheck id
 * @param checkId    the finalised check it re-checks
 * @param sampleId   that check's sample
 * @param checkVersion that check's version
 * @param n          assessments in the subsample
 * @param seed       the generator's seed
 * @param drawnAt    when it was drawn
 * @param sourceFile the second checker's worksheet, once imported, else null
 * @param scoredAt   when it was imported, else null
 */
public record AccuracyRecheck(long id, long checkId, long sampleId, int checkVersion, int n, long seed,
                              OffsetDateTime drawnAt, String sourceFile, OffsetDateTime scoredAt) {

    public boolean imported() {
        return scoredAt != null;
    }
}
