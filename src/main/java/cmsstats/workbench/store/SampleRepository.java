package cmsstats.workbench.store;

import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.StoredSample;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.FrameUnit;
import cmsstats.workbench.model.WorkbenchVersion;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/** Sampling frames read from the extracts, and the samples drawn from them. */
public final class SampleRepository {
    private final Store store;

    SampleRepository(Store store) {
        this.store = store;
    }

    /**
     * The children-benefiting frame for a month: cases with a case_months row in the month with liability_gbp > 0,
     * with their qualifying children, in case_id order (a stable order, so a seed always selects the same cases).
     *
     * @param stratify service_type (of the month's row), country (of the case), or null
     */
    public List<FrameUnit> childrenFrame(ExtractVersion caseMonths, ExtractVersion cases, YearMonth month,
                                         Breakdown stratify) {
        String stratum = stratify == null ? "CAST(NULL AS VARCHAR)"
                : switch (stratify) {
                    case SERVICE_TYPE -> "CAST(m.service_type AS VARCHAR)";
                    case COUNTRY -> "CAST(c.country AS VARCHAR)";
                    default -> throw new IllegalArgumentException("no " + stratify.id() + " strata for this frame");
                };
        AnalyticStore engine = store.analytics();
        // ORDER BY a VARCHAR compares bytes, as H2 and Java's String.compareTo do for these ASCII ids
        String sql = "SELECT c.case_id, " + stratum + ", c.qualifying_children FROM " + engine.table(caseMonths)
                + " m JOIN " + engine.table(cases) + " c ON c.case_id = m.case_id "
                + "WHERE m.\"month\" = ? AND m.liability_gbp > 0 ORDER BY c.case_id";
        return Sql.list(engine::connection, "read the sampling frame", sql,
                row -> new FrameUnit(row.getString(1), row.getString(2), row.getInt(3)), MeasureQueries.index(month));
    }

    /** A sample's design, as stored. */
    public record Design(String purpose, YearMonth frameMonth, long frameSize, long seed, String stratify,
                         String allocation, long casesVersion, long caseMonthsVersion) {
    }

    /** A stored sample's estimate of the mean value per unit. */
    public record StoredEstimate(long id, YearMonth frameMonth, long n, double mean, double se, double df) {
    }

    /** Every children-benefiting sample's estimate, oldest frame month first, then in the order drawn. */
    public List<StoredEstimate> childrenEstimates() {
        return Sql.list(store, "read the stored samples", "SELECT ID, FRAME_MONTH, N, MEAN, SE, DF FROM SAMPLE "
                + "WHERE PURPOSE = 'CHILDREN' ORDER BY FRAME_MONTH, ID", row -> new StoredEstimate(row.getLong(1),
                YearMonth.from(row.getObject(2, java.time.LocalDate.class)), row.getLong(3), row.getDouble(4),
                row.getDouble(5), row.getDouble(6)));
    }

    /** Every children-benefiting sample, newest first. */
    public List<StoredSample> childrenSamples() {
        return Sql.list(store, "read the stored samples", "SELECT ID, FRAME_MONTH, FRAME_SIZE, N, SEED, STRATIFY, "
                + "ALLOCATION, DRAWN_AT, MEAN, SE, DF FROM SAMPLE WHERE PURPOSE = 'CHILDREN' ORDER BY ID DESC",
                row -> new StoredSample(row.getLong(1), YearMonth.from(row.getObject(2, java.time.LocalDate.class)),
                        row.getLong(3), row.getLong(4), row.getLong(5), row.getString(6), row.getString(7),
                        row.getObject(8, OffsetDateTime.class), row.getDouble(9), row.getDouble(10),
                        row.getDouble(11)));
    }

    /** A sample's members in the order drawn. */
    public List<FrameUnit> members(long sampleId) {
        return Sql.list(store, "read the sample", "SELECT CASE_ID, STRATUM, UNIT_VALUE FROM SAMPLE_MEMBER "
                + "WHERE SAMPLE_ID = ? ORDER BY ORDINAL", row -> new FrameUnit(row.getString(1), row.getString(2),
                row.getInt(3)), sampleId);
    }

    /** The months a children-benefiting frame can be drawn for: months of case_months, newest first. */
    public List<YearMonth> frameMonths(ExtractVersion caseMonths) {
        AnalyticStore engine = store.analytics();
        return Sql.list(engine::connection, "read the frame months", "SELECT DISTINCT \"month\" FROM "
                + engine.table(caseMonths) + " ORDER BY 1 DESC", row -> MeasureQueries.month(row.getInt(1)));
    }

    /** Stores a sample and its members in one transaction; returns its id. */
    public long save(Design design, double mean, double se, double df, List<FrameUnit> members) {
        return Sql.transaction(store, "store the sample", connection -> {
            long id;
            try (PreparedStatement sample = connection.prepareStatement("INSERT INTO SAMPLE (PURPOSE, FRAME_MONTH, "
                    + "FRAME_SIZE, N, SEED, STRATIFY, ALLOCATION, DRAWN_AT, CASES_VERSION, CASE_MONTHS_VERSION, "
                    + "WORKBENCH_VERSION, MEAN, SE, DF) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                sample.setString(1, design.purpose());
                sample.setObject(2, design.frameMonth().atDay(1));
                sample.setLong(3, design.frameSize());
                sample.setLong(4, members.size());
                sample.setLong(5, design.seed());
                sample.setString(6, design.stratify());
                sample.setString(7, design.allocation());
                sample.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                sample.setLong(9, design.casesVersion());
                sample.setLong(10, design.caseMonthsVersion());
                sample.setString(11, WorkbenchVersion.get());
                sample.setDouble(12, mean);
                sample.setDouble(13, se);
                sample.setDouble(14, df);
                sample.executeUpdate();
                id = Sql.generatedId(sample);
            }
            try (PreparedStatement member = connection.prepareStatement(
                    "INSERT INTO SAMPLE_MEMBER (SAMPLE_ID, ORDINAL, CASE_ID, STRATUM, UNIT_VALUE) "
                            + "VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < members.size(); i++) {
                    FrameUnit unit = members.get(i);
                    member.setLong(1, id);
                    member.setInt(2, i + 1);
                    member.setString(3, unit.caseId());
                    member.setString(4, unit.stratum());
                    member.setInt(5, unit.value());
                    member.addBatch();
                }
                member.executeBatch();
            }
            store.audit().insert(connection, AuditAction.SAMPLE_DRAWN, AuditSubject.NONE.withSample(id)
                    .withExtractVersion(design.caseMonthsVersion()).withDetail(describe(design, members.size())));
            return id;
        });
    }

    /** The sample's design in words, for the audit trail. */
    private static String describe(Design design, int n) {
        String how = design.stratify() == null ? "simple random" : "stratified by " + design.stratify()
                + (design.allocation() == null ? "" : ", " + design.allocation() + " allocation");
        return design.purpose().toLowerCase(java.util.Locale.ROOT) + " sample of " + design.frameMonth() + ", n "
                + n + " of " + design.frameSize() + ", " + how + ", seed " + design.seed() + ", cases version "
                + design.casesVersion();
    }
}
