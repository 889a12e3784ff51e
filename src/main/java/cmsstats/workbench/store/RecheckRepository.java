package cmsstats.workbench.store;

import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.SourceFile;
import cmsstats.workbench.model.WorkbenchVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Second checks (ADR 0016): a seeded subsample of a finalised accuracy check for a second checker, and that
 * checker's results, stored once when the worksheet is imported and never changed after.
 */
public final class RecheckRepository {
    private static final String COLUMNS = "r.ID, r.CHECK_ID, c.SAMPLE_ID, c.VERSION, r.N, r.SEED, r.DRAWN_AT, "
            + "r.SOURCE_FILE, r.SCORED_AT FROM ACCURACY_RECHECK r JOIN ACCURACY_CHECK c ON c.ID = r.CHECK_ID";

    private final Store store;

    RecheckRepository(Store store) {
        this.store = store;
    }

    /** Stores a drawn subsample of a check: its assessment ids in the order drawn. */
    public AccuracyRecheck save(long checkId, long seed, List<String> assessmentIds) {
        long id = Sql.transaction(store, "store the second check", connection -> {
            long recheckId;
            try (PreparedStatement recheck = connection.prepareStatement("INSERT INTO ACCURACY_RECHECK (CHECK_ID, "
                    + "N, SEED, DRAWN_AT, WORKBENCH_VERSION) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                recheck.setLong(1, checkId);
                recheck.setInt(2, assessmentIds.size());
                recheck.setLong(3, seed);
                recheck.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                recheck.setString(5, WorkbenchVersion.get());
                recheck.executeUpdate();
                recheckId = Sql.generatedId(recheck);
            }
            try (PreparedStatement member = connection.prepareStatement("INSERT INTO ACCURACY_RECHECK_MEMBER "
                    + "(RECHECK_ID, ORDINAL, ASSESSMENT_ID) VALUES (?, ?, ?)")) {
                for (int i = 0; i < assessmentIds.size(); i++) {
                    member.setLong(1, recheckId);
                    member.setInt(2, i + 1);
                    member.setString(3, assessmentIds.get(i));
                    member.addBatch();
                }
                member.executeBatch();
            }
            long sampleId = sampleOf(connection, checkId);
            store.audit().insert(connection, AuditAction.SAMPLE_DRAWN, AuditSubject.NONE.withSample(sampleId)
                    .withCheck(checkId).withRecheck(recheckId).withDetail("second check of check " + checkId
                            + ", n " + assessmentIds.size() + ", seed " + seed));
            return recheckId;
        });
        return recheck(id).orElseThrow();
    }

    public Optional<AccuracyRecheck> recheck(long id) {
        return Sql.list(store, "read the second check", "SELECT " + COLUMNS + " WHERE r.ID = ?",
                RecheckRepository::recheck, id).stream().findFirst();
    }

    /** The second checks of a sample's checks, oldest first. */
    public List<AccuracyRecheck> ofSample(long sampleId) {
        return Sql.list(store, "read the second checks", "SELECT " + COLUMNS + " WHERE c.SAMPLE_ID = ? ORDER BY r.ID",
                RecheckRepository::recheck, sampleId);
    }

    /** The subsample's assessment ids, in the order drawn. */
    public List<String> members(long recheckId) {
        return Sql.list(store, "read the second check", "SELECT ASSESSMENT_ID FROM ACCURACY_RECHECK_MEMBER "
                + "WHERE RECHECK_ID = ? ORDER BY ORDINAL", row -> row.getString(1), recheckId);
    }

    /**
     * Stores the second checker's results and marks the recheck imported, in one transaction.
     *
     * @throws StoreException when its results are already stored
     */
    public AccuracyRecheck saveResults(long recheckId, SourceFile source, List<CheckedAssessment> results,
                                       List<Boolean> accurate) {
        Sql.transaction(store, "store the second check", connection -> {
            try (PreparedStatement mark = connection.prepareStatement("UPDATE ACCURACY_RECHECK SET SOURCE_FILE = ?, "
                    + "SCORED_AT = ? WHERE ID = ? AND SCORED_AT IS NULL")) {
                mark.setString(1, source.name());
                mark.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                mark.setLong(3, recheckId);
                if (mark.executeUpdate() != 1) {
                    throw new StoreException("second check " + recheckId + " already has its results (a second "
                            + "check is imported once; draw another to check again)");
                }
            }
            try (PreparedStatement result = connection.prepareStatement("INSERT INTO ACCURACY_RECHECK_RESULT "
                    + "(RECHECK_ID, ASSESSMENT_ID, CORRECT_GBP, CHECKER, NOTES, ERROR_CAUSE, ACCURATE) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < results.size(); i++) {
                    CheckedAssessment c = results.get(i);
                    result.setLong(1, recheckId);
                    result.setString(2, c.assessmentId());
                    result.setBigDecimal(3, c.correct());
                    result.setString(4, c.checker());
                    result.setString(5, c.notes());
                    result.setString(6, c.errorCause() == null ? null : c.errorCause().code());
                    result.setBoolean(7, accurate.get(i));
                    result.addBatch();
                }
                result.executeBatch();
            }
            long checkId = checkOf(connection, recheckId);
            store.audit().insert(connection, AuditAction.WORKSHEET_IMPORTED, AuditSubject.NONE.withFile(source)
                    .withSample(sampleOf(connection, checkId)).withCheck(checkId).withRecheck(recheckId)
                    .withDetail("second checker's worksheet, " + results.size() + " assessments checked"));
            return recheckId;
        });
        return recheck(recheckId).orElseThrow();
    }

    /** The second checker's results, in the order drawn, with the sampled facts. */
    public List<CheckedAssessment> results(long recheckId) {
        return Sql.list(store, "read the second check", "SELECT m.ASSESSMENT_ID, m.ASSESSMENT_DATE, "
                + "m.ASSESSMENT_TYPE, m.WEEKLY_AMOUNT_GBP, x.CORRECT_GBP, x.CHECKER, x.NOTES, x.ERROR_CAUSE "
                + "FROM ACCURACY_RECHECK r JOIN ACCURACY_CHECK c ON c.ID = r.CHECK_ID "
                + "JOIN ACCURACY_RECHECK_MEMBER o ON o.RECHECK_ID = r.ID "
                + "JOIN ACCURACY_RECHECK_RESULT x ON x.RECHECK_ID = r.ID AND x.ASSESSMENT_ID = o.ASSESSMENT_ID "
                + "JOIN ACCURACY_SAMPLE_MEMBER m ON m.SAMPLE_ID = c.SAMPLE_ID AND m.ASSESSMENT_ID = o.ASSESSMENT_ID "
                + "WHERE r.ID = ? ORDER BY o.ORDINAL",
                row -> new CheckedAssessment(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3),
                        row.getBigDecimal(4), row.getBigDecimal(5), row.getString(6), row.getString(7),
                        ErrorCause.ofCode(row.getString(8)).orElse(null)), recheckId);
    }

    private static long sampleOf(Connection connection, long checkId) throws SQLException {
        return single(connection, "SELECT SAMPLE_ID FROM ACCURACY_CHECK WHERE ID = ?", checkId);
    }

    private static long checkOf(Connection connection, long recheckId) throws SQLException {
        return single(connection, "SELECT CHECK_ID FROM ACCURACY_RECHECK WHERE ID = ?", recheckId);
    }

    private static long single(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no row " + id + " for " + sql);
                }
                return row.getLong(1);
            }
        }
    }

    private static AccuracyRecheck recheck(ResultSet row) throws SQLException {
        return new AccuracyRecheck(row.getLong(1), row.getLong(2), row.getLong(3), row.getInt(4), row.getInt(5),
                row.getLong(6), row.getObject(7, OffsetDateTime.class), row.getString(8),
                row.getObject(9, OffsetDateTime.class));
    }
}
