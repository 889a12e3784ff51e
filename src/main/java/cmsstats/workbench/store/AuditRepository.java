package cmsstats.workbench.store;

import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditEvent;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.WorkbenchVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail (ADR 0017): one row per action that changed what the store holds or wrote from it, with when,
 * the operating-system user, the workbench release and what it touched. Rows are only added: the table's trigger
 * ({@link AuditAppendOnly}) refuses UPDATE and DELETE. An action that stores something records its event in the
 * same transaction ({@link #insert}), so neither is ever there without the other.
 */
public final class AuditRepository {
    private static final String COLUMNS = "ID, RECORDED_AT, OS_USER, WORKBENCH_VERSION, ACTION, FILE_NAME, "
            + "FILE_SHA256, EXTRACT_VERSION, SAMPLE_ID, CHECK_ID, RECHECK_ID, RELEASE_FOLDER, DETAIL FROM AUDIT_EVENT";
    private static final int USER_LENGTH = 200;
    private static final int FILE_LENGTH = 1000;
    private static final int FOLDER_LENGTH = 4000;
    private static final int DETAIL_LENGTH = 1000;

    private final Store store;

    AuditRepository(Store store) {
        this.store = store;
    }

    /** Records one event in a transaction of its own; returns it as stored. */
    public AuditEvent record(AuditAction action, AuditSubject subject) {
        long id = Sql.transaction(store, "record the audit event", connection -> insert(connection, action,
                subject));
        return find(id).orElseThrow();
    }

    /**
     * Records that the store's password was changed (or set, or removed, as {@code detail} says). Call it once
     * the store is open under the new password, so that the event is written with it.
     */
    public AuditEvent recordPasswordChange(String detail) {
        return record(AuditAction.PASSWORD_CHANGED, AuditSubject.NONE.withDetail(detail));
    }

    /** Records that the store's password was changed. */
    public AuditEvent recordPasswordChange() {
        return recordPasswordChange("the store's password was changed");
    }

    /** Adds an event inside the caller's transaction; returns its id. */
    long insert(Connection connection, AuditAction action, AuditSubject subject) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_EVENT (RECORDED_AT, OS_USER, "
                + "WORKBENCH_VERSION, ACTION, FILE_NAME, FILE_SHA256, EXTRACT_VERSION, SAMPLE_ID, CHECK_ID, "
                + "RECHECK_ID, RELEASE_FOLDER, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, cut(currentUser(), USER_LENGTH));
            insert.setString(3, WorkbenchVersion.get());
            insert.setString(4, action.name());
            insert.setString(5, cut(subject.fileName(), FILE_LENGTH));
            insert.setString(6, subject.sha256());
            setId(insert, 7, subject.extractVersion());
            setId(insert, 8, subject.sampleId());
            setId(insert, 9, subject.checkId());
            setId(insert, 10, subject.recheckId());
            insert.setString(11, cut(subject.releaseFolder(), FOLDER_LENGTH));
            insert.setString(12, cut(subject.detail(), DETAIL_LENGTH));
            insert.executeUpdate();
            return Sql.generatedId(insert);
        }
    }

    /** The operating-system user running the workbench, as the JVM reports it. */
    public static String currentUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** Every event, oldest first. */
    public List<AuditEvent> list() {
        return Sql.list(store, "read the audit trail", "SELECT " + COLUMNS + " ORDER BY ID", AuditRepository::event);
    }

    /** The events recorded at or after {@code from}, oldest first. */
    public List<AuditEvent> since(Instant from) {
        return Sql.list(store, "read the audit trail", "SELECT " + COLUMNS + " WHERE RECORDED_AT >= ? ORDER BY ID",
                AuditRepository::event, from.atOffset(ZoneOffset.UTC));
    }

    public Optional<AuditEvent> find(long id) {
        return Sql.list(store, "read the audit trail", "SELECT " + COLUMNS + " WHERE ID = ?", AuditRepository::event,
                id).stream().findFirst();
    }

    /**
     * The id of the event that recorded the import of an extract version, or empty for a version imported before
     * the audit trail existed (migration V8).
     */
    public Optional<Long> importOf(long extractVersion) {
        return Sql.list(store, "read the audit trail", "SELECT ID FROM AUDIT_EVENT WHERE EXTRACT_VERSION = ? "
                + "AND ACTION = ? ORDER BY ID FETCH FIRST 1 ROW ONLY", row -> row.getLong(1), extractVersion,
                AuditAction.IMPORT_ACCEPTED.name()).stream().findFirst();
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    private static Long id(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        AuditSubject subject = new AuditSubject(row.getString(6), row.getString(7), id(row, 8), id(row, 9),
                id(row, 10), id(row, 11), row.getString(12), row.getString(13));
        return new AuditEvent(row.getLong(1), row.getObject(2, OffsetDateTime.class), row.getString(3),
                row.getString(4), AuditAction.valueOf(row.getString(5)), subject);
    }
}
