package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.ingest.AccuracyWorksheetReader;
import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditEvent;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.publish.release.ReleaseOptions;
import cmsstats.workbench.publish.release.ReleaseWriter;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.AccuracyRule;
import cmsstats.workbench.sampling.ChildrenSampler;
import cmsstats.workbench.task.TaskContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail (ADR 0017): each audited action leaves exactly one row, with the time, the operating-system
 * user, the workbench version and what it touched (the SHA-256 the same as one computed here); the table refuses
 * UPDATE, DELETE and TRUNCATE; and no row holds a value from an extract's rows.
 */
class AuditTrailTest {
    @TempDir
    Path temp;
    private ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(temp);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private AuditRepository audit() {
        return fixture.store().audit();
    }

    /** Runs an action and returns the one event it recorded (failing when it recorded none or more). */
    private <T> AuditEvent onlyEventOf(Supplier<T> action) {
        int before = audit().list().size();
        action.get();
        List<AuditEvent> after = audit().list();
        assertThat(after).as("events recorded by the action").hasSize(before + 1);
        return after.get(after.size() - 1);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void anAcceptedImportLeavesOneRowWithTheFilesDigestUserVersionAndTime() throws Exception {
        Path file = fixture.write("cases-aug.csv", ImportFixture.CASES_HEADER, "C1,G1,NEW,2014-07-01,,2,PAID,ENGLAND,N",
                "C2,G1,NEW,2013-12-02,,1,NOT_APPLICABLE,WALES,Y");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ImportResult[] result = new ImportResult[1];
        AuditEvent event = onlyEventOf(() -> result[0] = fixture.importFile(file, ExtractKind.CASES));

        assertThat(event.action()).isEqualTo(AuditAction.IMPORT_ACCEPTED);
        assertThat(event.subject().fileName()).isEqualTo("cases-aug.csv");
        assertThat(event.subject().sha256()).isEqualTo(sha256(file));
        assertThat(event.subject().extractVersion()).isEqualTo(result[0].version().id());
        assertThat(event.subject().detail()).isEqualTo("cases, 2 rows");
        assertThat(event.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(event.workbenchVersion()).isEqualTo(WorkbenchVersion.get()).doesNotContain("${");
        assertThat(event.at().toInstant()).isBetween(start.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(audit().importOf(result[0].version().id())).contains(event.id());
    }

    @Test
    void aRefusedImportLeavesOneRowAndNoVersion() throws Exception {
        Path file = fixture.write("complaints-bad.csv", "complaint_id,received_date,stage", "K1,2016-08-32,REVIEW");
        AuditEvent event = onlyEventOf(() -> fixture.importFile(file, ExtractKind.COMPLAINTS));

        assertThat(event.action()).isEqualTo(AuditAction.IMPORT_REFUSED);
        assertThat(event.subject().fileName()).isEqualTo("complaints-bad.csv");
        assertThat(event.subject().sha256()).isEqualTo(sha256(file));
        assertThat(event.subject().extractVersion()).isNull();
        assertThat(event.subject().detail()).isEqualTo("complaints, 1 problem, nothing stored");
        assertThat(fixture.store().extracts().list()).isEmpty();

        AuditEvent missing = onlyEventOf(() -> fixture.importFile(temp.resolve("gone.csv"), ExtractKind.COMPLAINTS));
        assertThat(missing.action()).isEqualTo(AuditAction.IMPORT_REFUSED);
        assertThat(missing.subject().sha256()).isNull();
    }

    @Test
    void aCancelledImportLeavesOneRow() throws Exception {
        Path file = fixture.write("complaints.csv", "complaint_id,received_date,stage", "K1,2016-08-01,REVIEW");
        TaskContext cancelled = new TaskContext() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        AuditEvent event = onlyEventOf(() -> {
            try {
                return fixture.importer().importFile(file, ExtractKind.COMPLAINTS, cancelled);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(event.action()).isEqualTo(AuditAction.IMPORT_CANCELLED);
        assertThat(fixture.store().extracts().list()).isEmpty();
    }

    @Test
    void everySampleDrawnLeavesOneRow() {
        fixture.importThreeCases();
        ImportResult caseMonths = fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv",
                ImportFixture.CASE_MONTHS_HEADER, "C1,2016-03,CP,10.00,10.00,0", "C2,2016-03,DP,20.00,,0",
                "C3,2016-03,CP,30.00,0.00,30.00");
        assertThat(caseMonths.problemReport()).isEmpty();
        AuditEvent children = onlyEventOf(() -> new ChildrenSampler(fixture.store()).draw(new ChildrenSampler.Design(
                YearMonth.of(2016, 3), 2, 5, null, null)));
        assertThat(children.action()).isEqualTo(AuditAction.SAMPLE_DRAWN);
        assertThat(children.subject().sampleId()).isNotNull();
        assertThat(children.subject().extractVersion()).isEqualTo(caseMonths.version().id());
        assertThat(children.subject().detail()).startsWith("children sample of 2016-03, n 2 of 3, simple random");

        ImportResult assessments = importAssessments();
        AccuracyChecks checks = new AccuracyChecks(fixture.store());
        AccuracySample[] drawn = new AccuracySample[1];
        AuditEvent srs = onlyEventOf(() -> drawn[0] = checks.draw(design(false, false)));
        assertThat(srs.subject().sampleId()).isEqualTo(drawn[0].id());
        assertThat(srs.subject().extractVersion()).isEqualTo(assessments.version().id());
        assertThat(srs.subject().detail()).startsWith("accuracy sample, SRS, assessments dated 2016-05-01");
        AuditEvent stratified = onlyEventOf(() -> checks.draw(design(true, false)));
        assertThat(stratified.subject().detail()).startsWith("accuracy sample, STRATIFIED by assessment_type");
        AuditEvent mus = onlyEventOf(() -> drawn[0] = checks.draw(design(false, true)));
        assertThat(mus.action()).isEqualTo(AuditAction.SAMPLE_DRAWN);
        assertThat(mus.subject().sampleId()).isEqualTo(drawn[0].id());
        assertThat(mus.subject().detail()).startsWith("accuracy sample, MUS");
    }

    @Test
    void aRefusedWorksheetLeavesOneRowWithItsDigestAndNoCellOfIt() throws Exception {
        importAssessments();
        AccuracySample sample = new AccuracyChecks(fixture.store()).draw(design(false, false));
        Path filled = filledWorksheet(sample, "filled.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(filled));
        String[] cells = lines.get(1).split(",", -1);
        cells[6] = "not-a-number";
        lines.set(1, String.join(",", cells));
        Path bad = Files.write(temp.resolve("bad.csv"), lines);
        AccuracyWorksheetReader reader = new AccuracyWorksheetReader(fixture.store().accuracy(),
                AccuracyRule::accurate);
        AccuracyWorksheetReader.Result[] read = new AccuracyWorksheetReader.Result[1];

        AuditEvent refused = onlyEventOf(() -> {
            try {
                return read[0] = reader.read(bad);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(read[0].accepted()).isFalse();
        assertThat(refused.action()).isEqualTo(AuditAction.WORKSHEET_REFUSED);
        assertThat(refused.subject().fileName()).isEqualTo("bad.csv");
        assertThat(refused.subject().sha256()).isEqualTo(sha256(bad));
        assertThat(refused.subject().sampleId()).isEqualTo(sample.id());
        assertThat(refused.subject().detail()).isEqualTo("1 problem, nothing stored");
        assertThat(fixture.store().accuracy().checks(sample.id())).isEmpty();
    }

    @Test
    void worksheetsChecksAndRechecksEachLeaveOneRowWithTheWorksheetsDigest() throws Exception {
        importAssessments();
        AccuracyChecks checks = new AccuracyChecks(fixture.store());
        AccuracySample sample = checks.draw(design(false, false));
        Path first = filledWorksheet(sample, "first.csv");
        AccuracyWorksheetReader.Result read = new AccuracyWorksheetReader(fixture.store().accuracy(),
                AccuracyRule::accurate).read(first);
        assertThat(read.accepted()).isTrue();
        AccuracyChecks.Finalised[] stored = new AccuracyChecks.Finalised[1];

        AuditEvent finalised = onlyEventOf(() -> stored[0] = checks.finalise(sample.id(), null, read.source(),
                read.checked(), 0.95));
        assertThat(finalised.action()).isEqualTo(AuditAction.CHECK_FINALISED);
        assertThat(finalised.subject().fileName()).isEqualTo("first.csv");
        assertThat(finalised.subject().sha256()).isEqualTo(sha256(first));
        assertThat(finalised.subject().sampleId()).isEqualTo(sample.id());
        assertThat(finalised.subject().checkId()).isEqualTo(stored[0].check().id());

        AuditEvent corrected = onlyEventOf(() -> stored[0] = checks.finalise(sample.id(), "amounts re-keyed",
                read.source(), read.checked(), 0.95));
        assertThat(corrected.action()).isEqualTo(AuditAction.CHECK_CORRECTED);
        assertThat(corrected.subject().checkId()).isEqualTo(stored[0].check().id());
        assertThat(corrected.subject().detail()).startsWith("version 2 (a correction)");
        // the reason is the checker's own words: kept with the check, not copied into the trail
        assertThat(corrected.subject().describe()).doesNotContain("re-keyed");

        AccuracyRechecks rechecks = new AccuracyRechecks(fixture.store());
        AccuracyRecheck[] recheck = new AccuracyRecheck[1];
        AuditEvent drawn = onlyEventOf(() -> recheck[0] = rechecks.draw(sample.id(), 4, 9));
        assertThat(drawn.action()).isEqualTo(AuditAction.SAMPLE_DRAWN);
        assertThat(drawn.subject().recheckId()).isEqualTo(recheck[0].id());
        assertThat(drawn.subject().checkId()).isEqualTo(recheck[0].checkId());
        assertThat(drawn.subject().sampleId()).isEqualTo(sample.id());

        Path second = temp.resolve("second.csv");
        PlainTableWriter.write(SampleTables.recheckWorksheet(recheck[0], sample, rechecks.members(recheck[0])),
                second);
        List<String> lines = Files.readAllLines(second);
        List<String> answered = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            answered.add(String.join(",", List.of(cells).subList(0, 7)) + "," + cells[6] + ",QB,,");
        }
        Files.write(second, answered);
        AccuracyWorksheetReader.Result secondRead = AccuracyWorksheetReader.forRecheck(fixture.store().accuracy(),
                fixture.store().rechecks(), AccuracyRule::accurate).read(second);
        assertThat(secondRead.problemReport()).isEmpty();
        AuditEvent imported = onlyEventOf(() -> rechecks.finalise(secondRead.recheckId(), secondRead.source(),
                secondRead.checked(), 0.95));
        assertThat(imported.action()).isEqualTo(AuditAction.WORKSHEET_IMPORTED);
        assertThat(imported.subject().fileName()).isEqualTo("second.csv");
        assertThat(imported.subject().sha256()).isEqualTo(sha256(second));
        assertThat(imported.subject().recheckId()).isEqualTo(recheck[0].id());
    }

    @Test
    void aReleaseLeavesOneRowAndItsManifestCarriesTheAuditIdsOfItsExtractsImports() throws Exception {
        ImportResult cases = fixture.importThreeCases();
        ImportResult complaints = fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv",
                "complaint_id,received_date,stage", "K1,2016-07-01,REVIEW", "K2,2016-08-02,REVIEW");
        Path out = temp.resolve("release");
        ReleaseOptions options = new ReleaseOptions(YearMonth.of(2016, 8), YearMonth.of(2016, 6), List.of(),
                Set.of(), 5, LocalDate.of(2016, 10, 27), LocalDate.of(2017, 1, 26),
                "Official statistics in development", "CMS statistics team");
        AuditEvent event = onlyEventOf(() -> {
            try {
                return new ReleaseWriter(fixture.store()).write(options, Set.of("csv"), out, TaskContext.silent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(event.action()).isEqualTo(AuditAction.RELEASE_WRITTEN);
        assertThat(event.subject().releaseFolder()).isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(event.subject().fileName()).isEqualTo("manifest.json");
        assertThat(event.subject().sha256()).isEqualTo(sha256(out.resolve("manifest.json")));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<Long> ids = new ArrayList<>();
        manifest.get("extracts").forEach(e -> ids.add(e.get("import_audit_id").asLong()));
        assertThat(ids).contains(audit().importOf(cases.version().id()).orElseThrow(),
                audit().importOf(complaints.version().id()).orElseThrow());
        manifest.get("extracts").forEach(e -> assertThat(audit().find(e.get("import_audit_id").asLong())
                .orElseThrow().subject().extractVersion()).isEqualTo(e.get("id").asLong()));
    }

    @Test
    void aPasswordChangeLeavesOneRow() {
        AuditEvent event = onlyEventOf(() -> audit().recordPasswordChange());
        assertThat(event.action()).isEqualTo(AuditAction.PASSWORD_CHANGED);
        assertThat(event.subject().fileName()).isNull();
    }

    @Test
    void theDatabaseRefusesAnUpdateADeleteAndATruncateOfTheTrail() throws Exception {
        fixture.importThreeCases();
        List<AuditEvent> before = audit().list();
        assertThat(before).hasSize(1);
        try (Connection connection = fixture.store().connection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE AUDIT_EVENT SET OS_USER = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM AUDIT_EVENT WHERE ID = " + before.get(0).id()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE TABLE AUDIT_EVENT"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.executeUpdate("DROP TABLE AUDIT_EVENT"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(audit().list()).isEqualTo(before);
        fixture.reopen();
        assertThat(audit().list()).isEqualTo(before);
    }

    @Test
    void noRowHoldsAValueFromAnExtractsRows() {
        fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "CASEQ7731,GRPZ4410,NEW,2014-07-01,,2,PAID,ENGLAND,N",
                "CASEQ7732,GRPZ4410,NEW,2013-12-02,,1,NOT_APPLICABLE,WALES,Y");
        fixture.importLines(ExtractKind.CASES, "cases-bad.csv", ImportFixture.CASES_HEADER,
                "CASEQ7733,GRPZ4411,NEW,2014-07-32,,2,PAID,ENGLAND,N");
        assertThat(audit().list()).hasSize(2).allSatisfy(e -> assertThat(e.subject().describe() + e.user())
                .doesNotContain("CASEQ", "GRPZ", "2014-07", "ENGLAND"));
    }

    @Test
    void eventsFromADayOnAreListedOldestFirst() {
        fixture.importThreeCases();
        audit().recordPasswordChange();
        assertThat(audit().since(Instant.now().minusSeconds(3600))).extracting(AuditEvent::action)
                .containsExactly(AuditAction.IMPORT_ACCEPTED, AuditAction.PASSWORD_CHANGED);
        assertThat(audit().since(Instant.now().plusSeconds(3600))).isEmpty();
    }

    private ImportResult importAssessments() {
        List<String> lines = new ArrayList<>(List.of("assessment_id,case_id,assessment_date,assessment_type,"
                + "weekly_amount_gbp"));
        for (int i = 1; i <= 30; i++) {
            lines.add(String.format("AS%03d,C%d,2016-05-%02d,%s,%d.00", i, i, 1 + i % 28, i % 2 == 0 ? "NEW"
                    : "CHANGE", 20 + i));
        }
        ImportResult result = fixture.importLines(ExtractKind.ASSESSMENTS, "assessments.csv",
                lines.toArray(String[]::new));
        assertThat(result.accepted()).isTrue();
        return result;
    }

    private static AccuracyChecks.Design design(boolean stratified, boolean mus) {
        return new AccuracyChecks.Design(LocalDate.of(2016, 5, 1), LocalDate.of(2016, 5, 31), null, stratified, 6, 4,
                mus);
    }

    /** The sample's worksheet with every correct amount equal to the calculated one. */
    private Path filledWorksheet(AccuracySample sample, String name) throws Exception {
        Path file = temp.resolve(name);
        PlainTableWriter.write(SampleTables.accuracyWorksheet(sample, fixture.store().accuracy().members(sample.id())),
                file);
        List<String> lines = Files.readAllLines(file);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            out.add(String.join(",", List.of(cells).subList(0, 6)) + "," + cells[5] + ",QA,,");
        }
        return Files.write(file, out);
    }
}
