package cmsstats.workbench.model;

import java.time.OffsetDateTime;

/**
 * One row of the audit trail (ADR 0017): when, by whom (the operating-system user), with which workbench release,
 * what was done and what it touched. Rows are only ever added.
 *
 * @param id               the event's id, increasing with each event
 * @param at               when it was recorded (UTC)
 * @param user             the operating-system user who ran the workbench
 * @param workbenchVersion the workbench release that recorded it
 * @param action           what was done
 * @param subject          what it touched
 */
public record AuditEvent(long id, OffsetDateTime at, String user, String workbenchVersion, AuditAction action,
                         AuditSubject subject) {
}
