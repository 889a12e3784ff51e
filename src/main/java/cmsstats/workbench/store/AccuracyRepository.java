package cmsstats.workbench.store;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.SourceFile;
import cmsstats.workbench.model.WorkbenchVersion;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The accuracy-sampling frame (assessments), the samples drawn from it, and their finalised checks. */
public final class AccuracyRepository {
    private static final String SAMPLE_COLUMNS = "s.ID, s.PERIOD_FROM, s.PERIOD_TO, s.ASSESSMENT_TYPE, s.STRATIFY, "
            + "s.FRAME_SIZE, s.N, s.SEED, s.DRAWN_AT, s.ASSESSMENTS_VERSION, "
            + "(SELECT COUNT(*) FROM ACCURACY_CHECK c WHERE c.SAMPLE_ID = s.ID), s.DESIGN";
    private static final String CHECK_COLUMNS = "c.ID, c.SAMPLE_ID, c.VERSION, c.REASON, c.SOURCE_FILE, c.SCORED_AT, "
            + "(SELECT COUNT(*) FROM ACCURACY_CHECK_RESULT r WHERE r.CHECK_ID = c.ID), "
            + "(SELECT COUNT(*) FROM ACCURACY_CHECK_RESULT r WHERE r.CHECK_ID = c.ID AND r.ACCURATE)";

    private final Store store;

    AccuracyRepository(Store store) {
        this.store = store;
    }

    /**
     * Records in the audit trail that a QA worksheet was refused: its name and digest, the sample (and second
     * check) it named if any, and how many problems; never a cell of it.
     */
    public void worksheetRefused(SourceFile source, long sampleId, long recheckId, long problems) {
        store.audit().record(AuditAction.WORKSHEET_REFUSED, AuditSubject.NONE.withFile(source)
                .withSample(sampleId == 0 ? null : sampleId).withRecheck(recheckId == 0 ? null : recheckId)
                .withDetail(problems + (problems == 1 ? " problem" : " problems") + ", nothing stored"));
    }

    /**
     * The assessments dated from {@code from} to {@code to} inclusive, of one type or both (type null), in
     * assessment_id order: a stable order, so a seed always selects the same assessments.
     */
    public List<Assessment> frame(ExtractVersion assessments, LocalDate from, LocalDate to, String type) {
        AnalyticStore engine = store.analytics();
        String sql = "SELECT assessment_id, case_id, assessment_date, CAST(assessment_type AS VARCHAR), "
                + "weekly_amount_gbp FROM " + engine.table(assessments)
                + " WHERE assessment_date BETWEEN ? AND ? AND (CAST(? AS VARCHAR) IS NULL "
                + "OR CAST(assessment_type AS VARCHAR) = ?) ORDER BY assessment_id";
        return Sql.list(engine::connection, "read the assessments frame", sql, AccuracyRepository::assessment,
                from, to, type, type);
    }

    /** The first and last assessment_date of an assessments version, or empty when it has no rows. */
    public Optional<LocalDate[]> dateSpan(ExtractVersion assessments) {
        AnalyticStore engine = store.analytics();
        return Sql.list(engine::connection, "read the assessment dates", "SELECT MIN(assessment_date), "
                + "MAX(assessment_date) FROM " + engine.table(assessments),
                row -> row.getObject(1) == null ? null : new LocalDate[] {row.getObject(1, LocalDate.class),
                    row.getObject(2, LocalDate.class)}).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Stores a drawn sample with its design, the frame's facts its estimates need, and its members, in one
     * transaction; returns it as stored.
     */
    public AccuracySample saveSample(ExtractVersion assessments, LocalDate from, LocalDate to, String type,
                                     String stratify, long frameSize, long seed, List<Assessment> members,
                                     AccuracyDesign design) {
        long id = Sql.transaction(store, "store the accuracy sample", connection -> {
            long sampleId;
            try (PreparedStatement sample = connection.prepareStatement("INSERT INTO ACCURACY_SAMPLE "
                    + "(ASSESSMENTS_VERSION, PERIOD_FROM, PERIOD_TO, ASSESSMENT_TYPE, STRATIFY, FRAME_SIZE, N, SEED, "
                    + "DRAWN_AT, WORKBENCH_VERSION, DESIGN, FRAME_TOTAL_GBP, MUS_INTERVAL_GBP, MUS_START_GBP, "
                    + "ZERO_AWARDS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                sample.setLong(1, assessments.id());
                sample.setObject(2, from);
                sample.setObject(3, to);
                sample.setString(4, type);
                sample.setString(5, stratify);
                sample.setLong(6, frameSize);
                sample.setInt(7, members.size());
                sample.setLong(8, seed);
                sample.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
                sample.setString(10, WorkbenchVersion.get());
                sample.setString(11, design.design());
                sample.setBigDecimal(12, design.frameTotal());
                sample.setBigDecimal(13, design.interval());
                sample.setBigDecimal(14, design.start());
                sample.setObject(15, design.mus() ? design.zeroAwards() : null);
                sample.executeUpdate();
                sampleId = Sql.generatedId(sample);
            }
            try (PreparedStatement stratum = connection.prepareStatement("INSERT INTO ACCURACY_SAMPLE_STRATUM "
                    + "(SAMPLE_ID, STRATUM, POPULATION, TOTAL_GBP) VALUES (?, ?, ?, ?)")) {
                for (AccuracyDesign.Stratum h : design.strata()) {
                    stratum.setLong(1, sampleId);
                    stratum.setString(2, h.name());
                    stratum.setLong(3, h.population());
                    stratum.setBigDecimal(4, h.total());
                    stratum.addBatch();
                }
                stratum.executeBatch();
            }
            try (PreparedStatement member = connection.prepareStatement("INSERT INTO ACCURACY_SAMPLE_MEMBER "
                    + "(SAMPLE_ID, ORDINAL, ASSESSMENT_ID, CASE_ID, ASSESSMENT_DATE, ASSESSMENT_TYPE, "
                    + "WEEKLY_AMOUNT_GBP, CERTAIN) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < members.size(); i++) {
                    Assessment a = members.get(i);
                    member.setLong(1, sampleId);
                    member.setInt(2, i + 1);
                    member.setString(3, a.assessmentId());
                    member.setString(4, a.caseId());
                    member.setObject(5, a.date());
                    member.setString(6, a.type());
                    member.setBigDecimal(7, a.calculated());
                    member.setBoolean(8, design.certain().contains(a.assessmentId()));
                    member.addBatch();
                }
                member.executeBatch();
            }
            store.audit().insert(connection, AuditAction.SAMPLE_DRAWN, AuditSubject.NONE.withSample(sampleId)
                    .withExtractVersion(assessments.id()).withDetail("accuracy sample, " + design.design()
                            + (stratify == null ? "" : " by " + stratify) + ", assessments dated " + from + " to "
                            + to + (type == null ? "" : " of type " + type) + ", n " + members.size() + " of "
                            + frameSize + ", seed " + seed));
            return sampleId;
        });
        return sample(id).orElseThrow();
    }

    /** Every accuracy sample, newest first. */
    public List<AccuracySample> samples() {
        return Sql.list(store, "read the accuracy samples", "SELECT " + SAMPLE_COLUMNS
                + " FROM ACCURACY_SAMPLE s ORDER BY s.ID DESC", AccuracyRepository::sample);
    }

    public Optional<AccuracySample> sample(long id) {
        return Sql.list(store, "read the accuracy sample", "SELECT " + SAMPLE_COLUMNS
                + " FROM ACCURACY_SAMPLE s WHERE s.ID = ?", AccuracyRepository::sample, id).stream().findFirst();
    }

    /** A sample's assessments in the order drawn. */
    public List<Assessment> members(long sampleId) {
        return Sql.list(store, "read the accuracy sample", "SELECT ASSESSMENT_ID, CASE_ID, ASSESSMENT_DATE, "
                + "ASSESSMENT_TYPE, WEEKLY_AMOUNT_GBP FROM ACCURACY_SAMPLE_MEMBER WHERE SAMPLE_ID = ? ORDER BY ORDINAL",
                AccuracyRepository::assessment, sampleId);
    }

    /**
     * The frame facts stored with a sample at its draw, or empty for a sample drawn before they were stored
     * (migration V6), whose facts are read again from its assessments version.
     */
    public Optional<AccuracyDesign> design(long sampleId) {
        List<AccuracyDesign.Stratum> strata = Sql.list(store, "read the accuracy sample", "SELECT STRATUM, "
                + "POPULATION, TOTAL_GBP FROM ACCURACY_SAMPLE_STRATUM WHERE SAMPLE_ID = ? ORDER BY STRATUM",
                row -> new AccuracyDesign.Stratum(row.getString(1), row.getLong(2), row.getBigDecimal(3)), sampleId);
        if (strata.isEmpty()) {
            return Optional.empty();
        }
        List<String> certain = Sql.list(store, "read the accuracy sample", "SELECT ASSESSMENT_ID FROM "
                + "ACCURACY_SAMPLE_MEMBER WHERE SAMPLE_ID = ? AND CERTAIN ORDER BY ORDINAL", row -> row.getString(1),
                sampleId);
        return Sql.list(store, "read the accuracy sample", "SELECT DESIGN, FRAME_TOTAL_GBP, MUS_INTERVAL_GBP, "
                + "MUS_START_GBP, ZERO_AWARDS FROM ACCURACY_SAMPLE WHERE ID = ?", row -> new AccuracyDesign(
                        row.getString(1), row.getBigDecimal(2), strata, row.getBigDecimal(3), row.getBigDecimal(4),
                        row.getLong(5), new java.util.LinkedHashSet<>(certain)), sampleId).stream().findFirst();
    }

    /**
     * Stores a finalised check of a sample. The first check needs no reason; a later one is a correction and must
     * give one. Both the version number and the reason rule are also enforced by the table's constraints.
     *
     * The check is recorded in the audit trail in the same transaction: finalised (version 1) or corrected, with
     * the worksheet's name and SHA-256.
     *
     * @throws StoreException when a correction has no reason
     */
    public AccuracyCheck saveCheck(long sampleId, String reason, SourceFile source, List<CheckedAssessment> results,
                                   List<Boolean> accurate) {
        long id = Sql.transaction(store, "store the accuracy check", connection -> {
            int version;
            try (PreparedStatement next = connection.prepareStatement(
                    "SELECT COALESCE(MAX(VERSION), 0) + 1 FROM ACCURACY_CHECK WHERE SAMPLE_ID = ?")) {
                next.setLong(1, sampleId);
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    version = row.getInt(1);
                }
            }
            if (version > 1 && (reason == null || reason.isBlank())) {
                throw new StoreException("sample " + sampleId + " already has a finalised check (version "
                        + (version - 1) + "); a correction must give its reason");
            }
            long checkId;
            try (PreparedStatement check = connection.prepareStatement("INSERT INTO ACCURACY_CHECK (SAMPLE_ID, "
                    + "VERSION, REASON, SOURCE_FILE, SCORED_AT, WORKBENCH_VERSION) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                check.setLong(1, sampleId);
                check.setInt(2, version);
                check.setString(3, version == 1 ? null : reason.strip());
                check.setString(4, source.name());
                check.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                check.setString(6, WorkbenchVersion.get());
                check.executeUpdate();
                checkId = Sql.generatedId(check);
            }
            try (PreparedStatement result = connection.prepareStatement("INSERT INTO ACCURACY_CHECK_RESULT (CHECK_ID, "
                    + "ASSESSMENT_ID, CORRECT_GBP, CHECKER, NOTES, ACCURATE, ERROR_CAUSE) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < results.size(); i++) {
                    CheckedAssessment checked = results.get(i);
                    result.setLong(1, checkId);
                    result.setString(2, checked.assessmentId());
                    result.setBigDecimal(3, checked.correct());
                    result.setString(4, checked.checker());
                    result.setString(5, checked.notes());
                    result.setBoolean(6, accurate.get(i));
                    result.setString(7, checked.errorCause() == null ? null : checked.errorCause().code());
                    result.addBatch();
                }
                result.executeBatch();
            }
            store.audit().insert(connection, version == 1 ? AuditAction.CHECK_FINALISED : AuditAction.CHECK_CORRECTED,
                    AuditSubject.NONE.withFile(source).withSample(sampleId).withCheck(checkId).withDetail("version "
                            + version + (version == 1 ? "" : " (a correction)") + ", " + results.size()
                            + " assessments checked"));
            return checkId;
        });
        return checks(sampleId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** A sample's checks, first version first. */
    public List<AccuracyCheck> checks(long sampleId) {
        return Sql.list(store, "read the accuracy checks", "SELECT " + CHECK_COLUMNS
                + " FROM ACCURACY_CHECK c WHERE c.SAMPLE_ID = ? ORDER BY c.VERSION", AccuracyRepository::check,
                        sampleId);
    }

    /** The checked assessments of one stored check, in the order drawn. */
    public List<CheckedAssessment> results(long checkId) {
        return Sql.list(store, "read the accuracy check", "SELECT m.ASSESSMENT_ID, m.ASSESSMENT_DATE, "
                + "m.ASSESSMENT_TYPE, m.WEEKLY_AMOUNT_GBP, r.CORRECT_GBP, r.CHECKER, r.NOTES, r.ERROR_CAUSE "
                + "FROM ACCURACY_CHECK c "
                + "JOIN ACCURACY_CHECK_RESULT r ON r.CHECK_ID = c.ID JOIN ACCURACY_SAMPLE_MEMBER m "
                + "ON m.SAMPLE_ID = c.SAMPLE_ID AND m.ASSESSMENT_ID = r.ASSESSMENT_ID WHERE c.ID = ? "
                + "ORDER BY m.ORDINAL",
                row -> new CheckedAssessment(row.getString(1), row.getObject(2, LocalDate.class), row.getString(3),
                        row.getBigDecimal(4), row.getBigDecimal(5), row.getString(6), row.getString(7),
                        ErrorCause.ofCode(row.getString(8)).orElse(null)), checkId);
    }

    /**
     * Checked and accurate assessments by month of assessment, over the latest check version of every sample
     * drawn with equal probability (simple random or stratified; monetary-unit samples draw pounds, not
     * assessments, and are left out): the sums behind accuracy_pct and the monetary error rates. Columns:
     * checked, accurate, abs_error (sum of |calculated - correct|), net_error (sum of calculated - correct),
     * correct (sum of correct amounts).
     */
    public Aggregates accuracyByMonth() {
        String sql = "SELECT YEAR(m.ASSESSMENT_DATE), MONTH(m.ASSESSMENT_DATE), COUNT(*), "
                + "SUM(CASE WHEN r.ACCURATE THEN 1 ELSE 0 END), SUM(ABS(m.WEEKLY_AMOUNT_GBP - r.CORRECT_GBP)), "
                + "SUM(m.WEEKLY_AMOUNT_GBP - r.CORRECT_GBP), SUM(r.CORRECT_GBP) FROM ACCURACY_CHECK c "
                + "JOIN (SELECT SAMPLE_ID, MAX(VERSION) AS LATEST FROM ACCURACY_CHECK GROUP BY SAMPLE_ID) l "
                + "ON l.SAMPLE_ID = c.SAMPLE_ID AND l.LATEST = c.VERSION "
                + "JOIN ACCURACY_SAMPLE s ON s.ID = c.SAMPLE_ID AND s.DESIGN <> 'MUS' "
                + "JOIN ACCURACY_CHECK_RESULT r ON r.CHECK_ID = c.ID "
                + "JOIN ACCURACY_SAMPLE_MEMBER m ON m.SAMPLE_ID = c.SAMPLE_ID AND m.ASSESSMENT_ID = r.ASSESSMENT_ID "
                + "GROUP BY YEAR(m.ASSESSMENT_DATE), MONTH(m.ASSESSMENT_DATE) ORDER BY 1, 2";
        List<Aggregates.Row> rows = Sql.list(store, "read the accuracy checks", sql, row -> new Aggregates.Row(
                YearMonth.of(row.getInt(1), row.getInt(2)), null,
                new BigDecimal[] {BigDecimal.valueOf(row.getLong(3)), BigDecimal.valueOf(row.getLong(4)),
                    row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7)}));
        return new Aggregates(List.of("checked", "accurate", "abs_error", "net_error", "correct"),
                new ArrayList<>(rows));
    }

    private static Assessment assessment(ResultSet row) throws SQLException {
        return new Assessment(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class), row.getString(4),
                row.getBigDecimal(5));
    }

    private static AccuracySample sample(ResultSet row) throws SQLException {
        return new AccuracySample(row.getLong(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class),
                row.getString(4), row.getString(5), row.getLong(6), row.getInt(7), row.getLong(8),
                row.getObject(9, OffsetDateTime.class), row.getLong(10), row.getInt(11), row.getString(12));
    }

    private static AccuracyCheck check(ResultSet row) throws SQLException {
        return new AccuracyCheck(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4), row.getString(5),
                row.getObject(6, OffsetDateTime.class), row.getInt(7), row.getInt(8));
    }
}
