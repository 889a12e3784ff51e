package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytic engine's copy is derived data kept consistent with H2, the store of record: a missing or stale
 * copy is rebuilt from H2 with the same values, a copy whose H2 commit never happened is dropped, and a process
 * killed during an import leaves a store that opens, shows no partial version and takes the next import.
 */
class AnalyticCopyTest {
    @TempDir
    Path temp;
    ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(temp);
        fixture.importThreeCases();
        fixture.importLines(ExtractKind.CASE_MONTHS, "cm.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-07,DP,100.00,,0", "C2,2016-07,CP,50.00,20.00,30.00", "C3,2016-08,CP,10.00,,12.50");
        fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                "K1,2016-07-01,REVIEW", "K2,2016-08-02,RESOLUTION");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Every measure of the extracts imported, July and August 2016, without and with each breakdown. */
    private List<MeasureValue> everything() {
        MeasureEngine engine = new MeasureEngine(fixture.store());
        List<MeasureValue> values = new ArrayList<>();
        for (MeasureDefinition definition : MeasureCatalog.all()) {
            if (!List.of(ExtractKind.CASES, ExtractKind.CASE_MONTHS, ExtractKind.COMPLAINTS)
                    .contains(definition.extractKind()) || definition.familyId().equals("children")) {
                continue;
            }
            List<Optional<Breakdown>> splits = new ArrayList<>(List.of(Optional.empty()));
            definition.breakdowns().forEach(b -> splits.add(Optional.of(b)));
            for (Optional<Breakdown> split : splits) {
                values.addAll(engine.compute(new MeasureEngine.Request(List.of(definition.id()),
                        Optional.of(YearMonth.of(2016, 7)), Optional.of(YearMonth.of(2016, 8)), split)));
            }
        }
        return values;
    }

    private Path storeDirectory() {
        return fixture.store().directory();
    }

    private List<String> analyticTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = fixture.store().analytics().connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM duckdb_tables() ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    @Test
    void eachCommittedVersionHasItsCopyAfterImport() throws SQLException {
        assertThat(fixture.store().analytics().missing()).isEmpty();
        List<Long> ids = fixture.store().extracts().list().stream().map(ExtractVersion::id).toList();
        assertThat(analyticTables()).containsExactlyInAnyOrder("analytic_version", "cases_" + ids.get(0),
                "case_months_" + ids.get(1), "complaints_" + ids.get(2),
                AnalyticTables.derivedName("quarters", ids.get(1), ids.get(0)));
    }

    @Test
    void aLostAnalyticFileIsRebuiltFromH2WithTheSameValues() throws IOException {
        List<MeasureValue> before = everything();
        assertThat(before).extracting(MeasureValue::value).anyMatch(v -> v != null && v.signum() != 0);
        fixture.store().close();
        Files.delete(storeDirectory().resolve(AnalyticStore.FILE_NAME));
        Files.deleteIfExists(storeDirectory().resolve(AnalyticStore.FILE_NAME + ".wal"));
        fixture.reopenWithoutClosing();

        assertThat(fixture.store().analytics().missing()).extracting(ExtractVersion::kind)
                .containsExactly(ExtractKind.CASES, ExtractKind.CASE_MONTHS, ExtractKind.COMPLAINTS);
        List<long[]> progress = new ArrayList<>();
        fixture.store().analytics().rebuildMissing(new TaskContext() {
            @Override
            public void progress(long done, long total) {
                progress.add(new long[] {done, total});
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(fixture.store().analytics().missing()).isEmpty();
        assertThat(progress).last().satisfies(p -> assertThat(p[0]).isEqualTo(p[1]).isEqualTo(3 + 3 + 2));
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aMissingCopyIsRebuiltOnFirstUseWithTheSameValues() throws SQLException {
        List<MeasureValue> before = everything();
        ExtractVersion caseMonths = fixture.store().extracts().newest(ExtractKind.CASE_MONTHS).orElseThrow();
        try (Connection connection = fixture.store().analytics().connection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE case_months_" + caseMonths.id());
        }
        fixture.reopen();
        assertThat(fixture.store().analytics().missing()).containsExactly(caseMonths);
        assertThat(everything()).isEqualTo(before);
        assertThat(fixture.store().analytics().missing()).isEmpty();
    }

    @Test
    void aStaleCopyIsDroppedAndRebuilt() throws SQLException {
        List<MeasureValue> before = everything();
        ExtractVersion cases = fixture.store().extracts().newest(ExtractKind.CASES).orElseThrow();
        try (Connection connection = fixture.store().analytics().connection();
             Statement statement = connection.createStatement()) {
            // a copy left by an older run with other rows under the same id
            statement.execute("DELETE FROM cases_" + cases.id() + " WHERE case_id = 'C2'");
            statement.execute("UPDATE analytic_version SET row_count = 2 WHERE id = " + cases.id());
        }
        fixture.reopen();
        assertThat(fixture.store().analytics().missing()).containsExactly(cases);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aCrashBetweenTheCopyAndTheH2CommitLeavesNoVersionInEitherEngine() throws SQLException {
        ExtractVersion complaints = fixture.store().extracts().newest(ExtractKind.COMPLAINTS).orElseThrow();
        fixture.store().close();
        // The copy and its catalog row are complete; the process dies before H2 marks the version committed.
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + storeDirectory().resolve("workbench"),
                "sa", ""); Statement statement = h2.createStatement()) {
            statement.executeUpdate("UPDATE EXTRACT_VERSION SET STATE = 'PENDING' WHERE ID = " + complaints.id());
        }
        fixture.reopenWithoutClosing();
        assertThat(fixture.store().extracts().list()).extracting(ExtractVersion::kind)
                .containsExactly(ExtractKind.CASES, ExtractKind.CASE_MONTHS);
        assertThat(analyticTables()).doesNotContain("complaints_" + complaints.id());
        assertThat(fixture.importLines(ExtractKind.COMPLAINTS, "again.csv", "complaint_id,received_date,stage",
                "K1,2016-07-01,REVIEW").accepted()).isTrue();
        assertThat(new MeasureEngine(fixture.store()).compute(new MeasureEngine.Request(List.of("complaints_received"),
                Optional.of(YearMonth.of(2016, 7)), Optional.of(YearMonth.of(2016, 8)), Optional.empty())))
                .extracting(v -> v.value().intValueExact()).containsExactly(1, 0);
    }

    /** A child process importing 600,000 case-months into the store, once rows are arriving in both engines. */
    private Process importingChild() throws Exception {
        fixture.store().close();
        StringBuilder csv = new StringBuilder(ImportFixture.CASE_MONTHS_HEADER).append('\n');
        for (int month = 0; month < 600_000; month++) {
            csv.append("C1,").append(YearMonth.of(1000, 1).plusMonths(month)).append(",DP,1.00,,0\n");
        }
        Path big = Files.writeString(temp.resolve("big.csv"), csv);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "cmsstats.workbench.app.Launcher", "--db", storeDirectory().toString(), "import", "--kind",
                "case_months", big.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
        Path h2File = storeDirectory().resolve("workbench.mv.db");
        long sizeBefore = Files.size(h2File);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline
                && !(Files.size(h2File) > sizeBefore + 1_000_000
                && Files.exists(storeDirectory().resolve(AnalyticStore.FILE_NAME + ".wal")))) {
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        assertThat(child.isAlive()).as("the import was still running when stopped").isTrue();
        return child;
    }

    @Test
    void sigtermStopsARunningImportWithinSecondsAndLeavesTheStoreAsItWas() throws Exception {
        Process child = importingChild();
        child.destroy(); // SIGTERM, as Ctrl+C or a service manager sends
        assertThat(child.waitFor(5, TimeUnit.SECONDS)).as("ended within 5 s of SIGTERM").isTrue();
        fixture.reopenWithoutClosing();
        assertThat(fixture.store().extracts().list()).extracting(ExtractVersion::kind)
                .containsExactly(ExtractKind.CASES, ExtractKind.CASE_MONTHS, ExtractKind.COMPLAINTS);
        assertThat(fixture.store().extracts().pendingCount()).isZero();
        assertThat(fixture.store().analytics().missing()).isEmpty();
    }

    @Test
    void aProcessKilledDuringAnImportLeavesAStoreThatOpensAndTakesTheNextImport() throws Exception {
        Process child = importingChild();
        child.destroyForcibly().waitFor();

        fixture.reopenWithoutClosing();
        assertThat(fixture.store().extracts().list()).extracting(ExtractVersion::kind)
                .containsExactly(ExtractKind.CASES, ExtractKind.CASE_MONTHS, ExtractKind.COMPLAINTS);
        assertThat(fixture.store().extracts().pendingCount()).isZero();
        assertThat(fixture.store().analytics().missing()).isEmpty();
        assertThat(fixture.importLines(ExtractKind.CASE_MONTHS, "next.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-08,DP,5.00,,0").accepted()).isTrue();
        assertThat(new MeasureEngine(fixture.store()).compute(new MeasureEngine.Request(List.of("cases_due_dp"),
                Optional.of(YearMonth.of(2016, 8)), Optional.of(YearMonth.of(2016, 8)), Optional.empty())))
                .extracting(v -> v.value().intValueExact()).containsExactly(1);
    }
}
