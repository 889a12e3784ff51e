package cmsstats.workbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The trigger that keeps the audit trail append-only (migration V8): H2 calls it before every UPDATE or DELETE of
 * an AUDIT_EVENT row, and it refuses the statement, so the whole statement fails and changes nothing.
 */
public final class AuditAppendOnly implements Trigger {
    /** SQLSTATE 45000: an unhandled user-defined exception. */
    static final String REFUSED = "45000";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit trail is append-only: its events cannot be "
                + (newRow == null ? "deleted" : "changed"), REFUSED);
    }
}
