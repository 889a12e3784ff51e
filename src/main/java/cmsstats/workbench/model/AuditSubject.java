package cmsstats.workbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What an audited action touched: a file (its name and SHA-256), the ids of what it made or used, a release's
 * folder, and a short description written by the workbench. Never a value from an extract's rows.
 *
 * @param fileName        the file's name (no folder), or null
 * @param sha256          the file's SHA-256 in lower-case hex, or null
 * @param extractVersion  the extract version imported, or the one a sample was drawn from, or null
 * @param sampleId        the sample drawn or checked (children-benefiting or accuracy, as the detail says), or null
 * @param checkId         the finalised check made, corrected or re-checked, or null
 * @param recheckId       the second check drawn or imported, or null
 * @param releaseFolder   the folder a release was written to, or null
 * @param detail          the action's facts in words (kind, counts, design, versions used), or null
 */
public record AuditSubject(String fileName, String sha256, Long extractVersion, Long sampleId, Long checkId,
                           Long recheckId, String releaseFolder, String detail) {
    /** Nothing touched yet; add to it with the {@code with} methods. */
    public static final AuditSubject NONE = new AuditSubject(null, null, null, null, null, null, null, null);
    private static final int SHORT_DIGEST = 12;

    public AuditSubject withFile(String name, String digest) {
        return new AuditSubject(name, digest, extractVersion, sampleId, checkId, recheckId, releaseFolder, detail);
    }

    public AuditSubject withFile(SourceFile file) {
        return withFile(file.name(), file.sha256());
    }

    public AuditSubject withExtractVersion(Long id) {
        return new AuditSubject(fileName, sha256, id, sampleId, checkId, recheckId, releaseFolder, detail);
    }

    public AuditSubject withSample(Long id) {
        return new AuditSubject(fileName, sha256, extractVersion, id, checkId, recheckId, releaseFolder, detail);
    }

    public AuditSubject withCheck(Long id) {
        return new AuditSubject(fileName, sha256, extractVersion, sampleId, id, recheckId, releaseFolder, detail);
    }

    public AuditSubject withRecheck(Long id) {
        return new AuditSubject(fileName, sha256, extractVersion, sampleId, checkId, id, releaseFolder, detail);
    }

    public AuditSubject withReleaseFolder(String folder) {
        return new AuditSubject(fileName, sha256, extractVersion, sampleId, checkId, recheckId, folder, detail);
    }

    public AuditSubject withDetail(String text) {
        return new AuditSubject(fileName, sha256, extractVersion, sampleId, checkId, recheckId, releaseFolder, text);
    }

    /** In words, with the whole digest: "file cases.csv (SHA-256 ...); extract version 3; ...". */
    public String describe() {
        return describe(false);
    }

    /** In words, the digest cut to its first 12 hex digits (enough to tell files apart on a screen). */
    public String describeShort() {
        return describe(true);
    }

    private String describe(boolean shortDigest) {
        List<String> parts = new ArrayList<>();
        if (fileName != null) {
            String digest = sha256 == null ? "" : " (SHA-256 " + (shortDigest && sha256.length() > SHORT_DIGEST
                    ? sha256.substring(0, SHORT_DIGEST) + "\u2026" : sha256) + ")";
            parts.add("file " + fileName + digest);
        }
        if (extractVersion != null) {
            parts.add("extract version " + extractVersion);
        }
        if (sampleId != null) {
            parts.add("sample " + sampleId);
        }
        if (checkId != null) {
            parts.add("check " + checkId);
        }
        if (recheckId != null) {
            parts.add("second check " + recheckId);
        }
        if (releaseFolder != null) {
            parts.add("folder " + releaseFolder);
        }
        if (detail != null && !detail.isEmpty()) {
            parts.add(detail);
        }
        return String.join("; ", parts);
    }
}
