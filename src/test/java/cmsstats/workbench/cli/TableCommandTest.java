package cmsstats.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code table} and {@code records} from the command line, on eight hand-written cases. Caseload at the end of
 * June 2016: England C1 C7 (new), Wales C2 (new; C3 arrears-only closed in June), Scotland C4 (new); at the end of
 * September also C5 (England, arrears only), C6 (Wales, new), C8 (Scotland, new).
 */
class TableCommandTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void cases() {
        ImportFixture fixture = new ImportFixture(temp);
        assertThat(fixture.importLines(cmsstats.workbench.model.ExtractKind.CASES, "cases.csv",
                ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-04-05,,1,PAID,ENGLAND,N",
                "C7,G6,NEW,2016-04-20,,1,PAID,ENGLAND,N",
                "C2,G1,NEW,2016-05-10,,2,EXEMPT_DV,WALES,Y",
                "C3,G2,ARREARS_ONLY,2016-05-20,2016-06-15,1,NOT_APPLICABLE,WALES,N",
                "C4,G3,NEW,2016-06-01,,1,PAID,SCOTLAND,N",
                "C5,G4,ARREARS_ONLY,2016-07-02,,3,NOT_APPLICABLE,ENGLAND,Y",
                "C6,G5,NEW,2016-07-30,,1,EXEMPT_UNDER19,WALES,N",
                "C8,G7,NEW,2016-09-10,,1,PAID,SCOTLAND,N").accepted()).isTrue();
        fixture.close();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = WorkbenchCommand.commandLine(desktop -> { });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = temp.resolve("store").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void aFilteredTableByQuarterHasTheHandCountedFiguresAndItsChart() throws Exception {
        Path svg = temp.resolve("caseload.svg");
        assertThat(run("table", "--measure", "caseload_total", "--rows", "quarter", "--columns", "country",
                "--filter", "application_type=NEW", "--chart", svg.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "Quarter,England (number),Wales (number),Scotland (number),Total (number)",
                "Apr to Jun 2016,2,1,1,4",
                "Jul to Sep 2016,2,2,2,6");
        String chart = Files.readString(svg);
        assertThat(chart).startsWith("<?xml")
                .contains("Caseload at the end of the month by quarter where application_type is NEW")
                .contains("Apr to Jun 2016");
        assertThat(err.toString()).contains("caseload.svg: the chart of 4 of 4 columns");
    }

    @Test
    void anUnknownMeasureOrBreakdownListsWhatIsAllowed() {
        assertThat(run("table", "--measure", "caseload_totl")).isEqualTo(2);
        assertThat(err.toString()).contains("caseload_totl").contains("caseload_total");
        assertThat(run("table", "--measure", "caseload_total", "--columns", "region")).isEqualTo(2);
        assertThat(err.toString()).contains("region").contains("country");
    }

    @Test
    void theRecordsBehindAFigureAreItsCasesWithThePersonalDataWarning() throws Exception {
        assertThat(run("records", "--measure", "caseload_total", "--period", "2016-09", "--filter", "country=WALES"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("caseload_total, Sep 2016, where country is WALES: 2 rows")
                .contains("personal data");
        assertThat(out.toString()).contains("C2").contains("C6").doesNotContain("C3").doesNotContain("C1,");
        Path csv = temp.resolve("wales.csv");
        assertThat(run("records", "--measure", "caseload_total", "--period", "2016-09", "--filter", "country=WALES",
                "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(3);
        assertThat(out.toString()).contains("wales.csv: 2 records");
    }

    @Test
    void aRateHasNoRecordsAndSaysWhy() {
        assertThat(run("records", "--measure", "fee_exemption_pct", "--period", "2016-09")).isEqualTo(2);
        assertThat(err.toString()).contains("fee_exemption_pct is a rate, with no records of its own");
    }
}
