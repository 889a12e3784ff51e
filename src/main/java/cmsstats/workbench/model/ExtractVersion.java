package cmsstats.workbench.model;

import java.time.Instant;

/**
 * One imported extract: a file's validated rows, frozen under an id. Older versions stay queryable;
 * measures use the newest version of each kind unless told otherwise.
 *
 * @param id               version id, increasing with each import
 * @param kind             the extract kind
 * @param sourceFile       the file name the rows came from
 * @param sha256           SHA-256 of the file's bytes, lower-case hex
 * @param rowCount         data rows stored
 * @param importedAt       when the version became visible
 * @param workbenchVersion the workbench release that validated it
 */
public record ExtractVersion(long id, ExtractKind kind, String sourceFile, String sha256, long rowCount,
                             Instant importedAt, String workbenchVersion) {
}
