package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C (SIGTERM) on a long {@code measures} command: the process ends within seconds, mid-computation, and the
 * store opens as it was and takes the next import.
 */
class MeasuresSignalTest {
    /** Two cases over 105,000 months (1000-01 to 9749-12): the quarterly families take seconds over them. */
    private static final int MONTHS = 105_000;

    @TempDir
    Path temp;
    ImportFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void sigtermEndsALongMeasureComputationWithinSecondsAndLeavesTheStoreAsItWas() throws Exception {
        fixture = new ImportFixture(temp);
        fixture.importThreeCases();
        List<String> lines = new ArrayList<>(List.of(ImportFixture.CASE_MONTHS_HEADER));
        for (int month = 0; month < MONTHS; month++) {
            YearMonth period = YearMonth.of(1000, 1).plusMonths(month);
            lines.add("C1," + period + ",DP,10.00,,0");
            lines.add("C3," + period + ",CP,10.00,4.00,6.00");
        }
        assertThat(fixture.importLines(ExtractKind.CASE_MONTHS, "long.csv", lines.toArray(String[]::new))
                .accepted()).isTrue();
        fixture.store().close();

        Path logs = temp.resolve("logs");
        Path log = logs.resolve("workbench.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Dcms.workbench.logDir=" + logs, "-cp",
                System.getProperty("java.class.path"), "cmsstats.workbench.app.Launcher", "--db",
                temp.resolve("store").toString(), "measures", "--measure", "compliance_pct", "--measure",
                "case_groups_with_arrears", "--measure", "cash_compliance_pct").redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(log) && Files.readString(log).contains(": computing"))) {
            child.waitFor(10, TimeUnit.MILLISECONDS);
        }
        assertThat(child.isAlive()).as("the computation was running when signalled").isTrue();

        child.destroy(); // SIGTERM, as Ctrl+C or a service manager sends
        assertThat(child.waitFor(5, TimeUnit.SECONDS)).as("ended within 5 s of SIGTERM").isTrue();
        assertThat(child.exitValue()).as("stopped by the signal, not finished").isEqualTo(143);
        assertThat(Files.readString(log)).doesNotContain(" values, ");

        fixture.reopenWithoutClosing();
        assertThat(fixture.store().extracts().list()).extracting(ExtractVersion::kind)
                .containsExactly(ExtractKind.CASES, ExtractKind.CASE_MONTHS);
        assertThat(fixture.store().analytics().missing()).isEmpty();
        assertThat(fixture.importLines(ExtractKind.COMPLAINTS, "next.csv", "complaint_id,received_date,stage",
                "K1,2016-07-01,REVIEW").accepted()).isTrue();
        assertThat(new MeasureEngine(fixture.store()).compute(new MeasureEngine.Request(List.of("cases_due_dp"),
                Optional.of(YearMonth.of(2016, 8)), Optional.of(YearMonth.of(2016, 8)), Optional.empty())))
                .extracting(v -> v.value().intValueExact()).containsExactly(1);
    }
}
