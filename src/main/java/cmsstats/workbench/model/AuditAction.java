package cmsstats.workbench.model;

/** What an audit event records (ADR 0017); stored by its name. */
public enum AuditAction {
    /** An extract file imported as a new version. */
    IMPORT_ACCEPTED("Import accepted"),
    /** An extract file refused by validation (or unreadable): nothing stored. */
    IMPORT_REFUSED("Import refused"),
    /** An import cancelled by the user: nothing stored. */
    IMPORT_CANCELLED("Import cancelled"),
    /** A sample drawn and stored: children benefiting, an accuracy sample (any design) or a second check. */
    SAMPLE_DRAWN("Sample drawn"),
    /** A second checker's QA worksheet imported and stored (it finalises no check of its own). */
    WORKSHEET_IMPORTED("Worksheet imported"),
    /** A QA worksheet (first or second check) refused by validation, or unreadable: nothing stored. */
    WORKSHEET_REFUSED("Worksheet refused"),
    /** A QA worksheet stored as a sample's first finalised check. */
    CHECK_FINALISED("Check finalised"),
    /** A QA worksheet stored as a correction of a finalised check (version 2 or later). */
    CHECK_CORRECTED("Check corrected"),
    /** A release written to its folder. */
    RELEASE_WRITTEN("Release written"),
    /** The store's password changed. */
    PASSWORD_CHANGED("Password changed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The action in words, for the screen. */
    public String label() {
        return label;
    }
}
