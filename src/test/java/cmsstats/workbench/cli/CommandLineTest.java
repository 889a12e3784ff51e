package cmsstats.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: exit codes, one summary line per file, the JSON listing. */
class CommandLineTest {
    @TempDir
    Path temp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final List<Object> desktopOpenedOn = new ArrayList<>();

    int run(String... args) {
        CommandLine commandLine = WorkbenchCommand.commandLine(desktopOpenedOn::add);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    String db() {
        return temp.resolve("store").toString();
    }

    Path file(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content);
    }

    @Test
    void importPrintsOneLinePerFileAndExitsZero() throws Exception {
        Path a = file("complaints-1.csv", "complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\n");
        Path b = file("complaints-2.csv", "complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\nK2,2016-08-01,"
                + "REVIEW\n");
        assertThat(run("--db", db(), "import", "--kind", "complaints", a.toString(), b.toString())).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "complaints-1.csv: imported 1 complaints rows as version 1",
                "complaints-2.csv: imported 2 complaints rows as version 2");
        assertThat(desktopOpenedOn).isEmpty();
    }

    @Test
    void aRefusedFileExitsOneListsItsProblemsAndStoresNothingFromIt() throws Exception {
        Path good = file("good.csv", "complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\n");
        Path bad = file("bad.csv", "complaint_id,received_date,stage\nK1,2016-08-01,LATER\n");
        assertThat(run("--db", db(), "import", "--kind", "complaints", bad.toString(), good.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "bad.csv: refused, 1 problem, nothing stored",
                // a refused file uses up no version number
                "good.csv: imported 1 complaints rows as version 1");
        assertThat(err.toString()).contains("bad.csv:2: column stage: 'LATER' is not a known code (expected one of "
                + "RESOLUTION, REVIEW)");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "extracts")).isZero();
        assertThat(out.toString()).contains("good.csv").doesNotContain("bad.csv");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path good = file("good.csv", "complaint_id,received_date,stage\n");
        assertThat(run("--db", db(), "import", "--kind", "complaint", good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown kind 'complaint' (expected one of cases, case_months");
        assertThat(run("--db", db(), "import", good.toString())).isEqualTo(2);
        assertThat(run("--db", db(), "frobnicate")).isEqualTo(2);
    }

    @Test
    void extractsAsJsonHaveTheDocumentedKeys() throws Exception {
        Path a = file("telephony.csv", "month,calls_received,calls_answered,answered_within_30s\n2016-08,100,98,86\n");
        run("--db", db(), "import", "--kind", "telephony", a.toString());
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "extracts", "--json")).isZero();
        JsonNode versions = new ObjectMapper().readTree(out.toString());
        assertThat(versions).hasSize(1);
        JsonNode v = versions.get(0);
        List<String> keys = new ArrayList<>();
        v.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "kind", "file", "sha256", "rows", "imported_at");
        assertThat(v.get("kind").asText()).isEqualTo("telephony");
        assertThat(v.get("rows").asLong()).isEqualTo(1);
        assertThat(v.get("sha256").asText()).hasSize(64);
    }

    @Test
    void auditAsJsonListsEachImportOldestFirstWithTheFilesDigest() throws Exception {
        String header = "month,calls_received,calls_answered,answered_within_30s\n";
        Path good = file("telephony.csv", header + "2016-08,100,98,86\n");
        Path bad = file("telephony-bad.csv", header + "2016-13,1,1,1\n");
        run("--db", db(), "import", "--kind", "telephony", good.toString(), bad.toString());
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "audit", "--json")).isZero();
        JsonNode events = new ObjectMapper().readTree(out.toString());
        assertThat(events).hasSize(2);
        JsonNode accepted = events.get(0);
        List<String> keys = new ArrayList<>();
        accepted.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "at", "user", "workbench_version", "action", "file", "sha256",
                "extract_version", "sample_id", "check_id", "recheck_id", "release_folder", "detail");
        assertThat(accepted.get("action").asText()).isEqualTo("IMPORT_ACCEPTED");
        assertThat(accepted.get("file").asText()).isEqualTo("telephony.csv");
        assertThat(accepted.get("sha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(good))));
        assertThat(accepted.get("extract_version").asLong()).isEqualTo(1);
        assertThat(accepted.get("user").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(accepted.get("sample_id").isNull()).isTrue();
        assertThat(java.time.Instant.parse(accepted.get("at").asText())).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(events.get(1).get("action").asText()).isEqualTo("IMPORT_REFUSED");
        assertThat(events.get(1).get("file").asText()).isEqualTo("telephony-bad.csv");
        assertThat(events.get(1).get("id").asLong()).isGreaterThan(accepted.get("id").asLong());

        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "audit", "--from", java.time.LocalDate.now().plusDays(1).toString(), "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "audit", "--from", java.time.LocalDate.now().toString())).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(out.toString()).contains("IMPORT_ACCEPTED", "file telephony.csv (SHA-256 "
                + accepted.get("sha256").asText() + "); extract version 1; telephony, 1 row");
        assertThat(run("--db", db(), "audit", "--from", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--from 'yesterday' is not a date");
    }

    @Test
    void noCommandOpensTheDesktopOnTheChosenStore() {
        assertThat(run("--db", db())).isZero();
        assertThat(desktopOpenedOn).containsExactly(java.util.Optional.of(Path.of(db())));
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("CMS Statistics Workbench ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import", "extracts", "--db=DIR");
    }

    @Test
    void aStoreInUseByAnotherProcessIsSharedWithTheCommand() throws Exception {
        try (var open = cmsstats.workbench.store.Store.open(Path.of(db()))) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "cmsstats.workbench.app.Launcher",
                    "--db", db(), "extracts")
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes());
            assertThat(other.waitFor()).as(output).isZero();
            assertThat(output).contains("open in another workbench too").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void measuresAsCsvAndJsonWithUsageErrorsExitingTwo() throws Exception {
        Path complaints = file("complaints.csv", "complaint_id,received_date,stage\nK1,2016-07-01,REVIEW\n"
                + "K2,2016-08-01,REVIEW\nK3,2016-08-02,RESOLUTION\n");
        run("--db", db(), "import", "--kind", "complaints", complaints.toString());
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "measures", "--measure", "complaints_received", "--measure",
                "complaints_to_date")).isZero();
        assertThat(out.toString().lines()).containsExactly("measure,period,breakdown,value",
                "complaints_received,2016-07,,1", "complaints_received,2016-08,,2",
                "complaints_to_date,2016-07,,1", "complaints_to_date,2016-08,,3");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "measures", "--measure", "complaints_received", "--from", "2016-08",
                "--format", "json")).isZero();
        JsonNode values = new ObjectMapper().readTree(out.toString());
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("value").asInt()).isEqualTo(2);
        assertThat(values.get(0).get("breakdown").isNull()).isTrue();

        assertThat(run("--db", db(), "measures", "--measure", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown measure 'nope' (expected one of intake_total");
        assertThat(run("--db", db(), "measures", "--measure", "complaints_received", "--from", "2016-13"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("bad month for --from: '2016-13' (expected YYYY-MM");
        assertThat(run("--db", db(), "measures", "--measure", "complaints_received", "--from", "2016-08", "--to",
                "2016-07")).isEqualTo(2);
        assertThat(run("--db", db(), "measures", "--measure", "complaints_received", "--breakdown", "planet"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown breakdown 'planet' (expected one of application_type");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "measures", "--list", "--json")).isZero();
        JsonNode catalogue = new ObjectMapper().readTree(out.toString());
        assertThat(catalogue.size()).isEqualTo(cmsstats.workbench.measures.MeasureCatalog.all().size());
        assertThat(catalogue.get(0).get("id").asText()).isEqualTo("intake_total");
    }

    @Test
    void sampleSizeForAProportionAndAMean() throws Exception {
        assertThat(run("sample", "size", "--margin", "0.02", "--p", "0.95", "--population", "5000")).isZero();
        assertThat(out.toString().strip()).isEqualTo("419");
        out.getBuffer().setLength(0);
        assertThat(run("sample", "size", "--margin", "0.05", "--sd", "0.77", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("n").asLong()).isEqualTo(912);
        assertThat(run("sample", "size", "--margin", "0.02", "--p", "0.95", "--sd", "1")).isEqualTo(2);
        assertThat(run("sample", "size", "--margin", "0.02", "--p", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--p must be between 0 and 1");
    }

    @Test
    void sampleChildrenStoresTheSampleAndPrintsTheDocumentedKeys() throws Exception {
        StringBuilder cases = new StringBuilder(cmsstats.workbench.ingest.ImportFixture.CASES_HEADER + "\n");
        StringBuilder months = new StringBuilder(cmsstats.workbench.ingest.ImportFixture.CASE_MONTHS_HEADER + "\n");
        for (int i = 1; i <= 40; i++) {
            cases.append("C").append(i).append(",G").append(i).append(",NEW,2015-01-05,,").append(1 + i % 3)
                    .append(",PAID,ENGLAND,N\n");
            months.append("C").append(i).append(",2016-03,").append(i % 4 == 0 ? "CP,50.00,50.00,0" : "DP,50.00,,0")
                    .append("\n");
        }
        run("--db", db(), "import", "--kind", "cases", file("cases.csv", cases.toString()).toString());
        run("--db", db(), "import", "--kind", "case_months", file("cm.csv", months.toString()).toString());
        out.getBuffer().setLength(0);
        Path sampleFile = temp.resolve("sample.csv");
        assertThat(run("--db", db(), "sample", "children", "--as-of", "2016-03", "--n", "10", "--seed", "5",
                "--json", "--out", sampleFile.toString())).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("sample_id", "frame_size", "n", "seed", "mean", "sd", "se", "df", "level",
                "ci_low", "ci_high", "quarter", "paying_cases", "children_estimate", "children_low", "children_high");
        assertThat(result.get("frame_size").asInt()).isEqualTo(40);
        assertThat(result.get("n").asInt()).isEqualTo(10);
        assertThat(result.get("paying_cases").asInt()).isEqualTo(40);
        assertThat(result.get("children_estimate").asDouble())
                .isCloseTo(result.get("mean").asDouble() * 40, org.assertj.core.api.Assertions.within(1e-9));
        List<String> lines = java.nio.file.Files.readAllLines(sampleFile);
        assertThat(lines).hasSize(11).first().isEqualTo("case_id,qualifying_children");

        out.getBuffer().setLength(0);
        run("--db", db(), "sample", "children", "--as-of", "2016-03", "--n", "10", "--seed", "5", "--json");
        JsonNode again = new ObjectMapper().readTree(out.toString());
        assertThat(again.get("sample_id").asInt()).isEqualTo(result.get("sample_id").asInt() + 1);
        assertThat(again.get("mean").asDouble()).isEqualTo(result.get("mean").asDouble());

        assertThat(run("--db", db(), "sample", "children", "--as-of", "2016-03", "--n", "41", "--seed", "5"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("from 2 to the frame's 40 cases with a liability in 2016-03");
    }

    @Test
    void accuracyDrawWritesTheWorksheetAndScoreReportsTheDocumentedKeys() throws Exception {
        StringBuilder assessments = new StringBuilder("assessment_id,case_id,assessment_date,assessment_type,"
                + "weekly_amount_gbp\n");
        for (int i = 1; i <= 30; i++) {
            assessments.append(String.format("A%02d,C%d,2016-05-%02d,%s,%d.00%n", i, i, i, i % 2 == 0 ? "NEW"
                    : "CHANGE",
                    20 + i));
        }
        run("--db", db(), "import", "--kind", "assessments", file("a.csv", assessments.toString()).toString());
        Path worksheet = temp.resolve("qa.csv");
        assertThat(run("--db", db(), "accuracy", "draw", "--from", "2016-05", "--to", "2016-05-20", "--n", "8",
                "--seed", "9", "--type", "NEW", "--out", worksheet.toString())).isZero();
        assertThat(out.toString()).contains("accuracy sample 1: 8 of 10 assessments dated 2016-05-01 to 2016-05-20 "
                + "of type NEW");
        List<String> lines = Files.readAllLines(worksheet);
        assertThat(lines).hasSize(9).first().isEqualTo("sample_id,assessment_id,case_id,assessment_date,"
                + "assessment_type,weekly_amount_gbp,correct_weekly_amount_gbp,checker,notes,error_cause");
        List<String> filled = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            // the first row is 2.50 too low: inaccurate (tolerance GBP 1.00 below GBP 50)
            String correct = i == 1 ? new java.math.BigDecimal(cells[5]).add(new java.math.BigDecimal("2.50"))
                    .toPlainString() : cells[5];
            filled.add(String.join(",", List.of(cells).subList(0, 6)) + "," + correct + ",QA,," + (i == 1
                    ? "shared_care" : ""));
        }
        Path done = Files.write(temp.resolve("done.csv"), filled);
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "accuracy", "score", done.toString(), "--json")).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("n", "accurate", "rate", "wilson_low", "wilson_high", "cp_low", "cp_high",
                "gross_error_rate", "net_error_rate", "inaccurate", "gross_error_rate_low", "gross_error_rate_high",
                "net_error_rate_low", "net_error_rate_high", "error_gbp_per_week", "error_gbp_per_week_low",
                "error_gbp_per_week_high", "by_cause");
        assertThat(result.get("gross_error_rate_low").asDouble()).isLessThan(result.get("gross_error_rate")
                .asDouble());
        assertThat(result.get("gross_error_rate_high").asDouble()).isGreaterThan(result.get("gross_error_rate")
                .asDouble());
        assertThat(result.get("by_cause").get("shared_care").get("errors").asInt()).isEqualTo(1);
        assertThat(result.get("by_cause").get("shared_care").get("share_of_monetary_error_pct").asDouble())
                .isEqualTo(100.0);
        assertThat(result.get("inaccurate").get(0).get("error_cause").asText()).isEqualTo("shared_care");
        assertThat(result.get("n").asInt()).isEqualTo(8);
        assertThat(result.get("accurate").asInt()).isEqualTo(7);
        assertThat(result.get("rate").asDouble()).isEqualTo(87.5);
        assertThat(result.get("inaccurate")).hasSize(1);
        assertThat(result.get("inaccurate").get(0).get("difference").decimalValue()).isEqualByComparingTo("-2.50");
        assertThat(result.get("cp_high").asDouble()).isGreaterThan(result.get("rate").asDouble());

        assertThat(run("--db", db(), "accuracy", "score", done.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("a correction must give its reason");
        assertThat(run("--db", db(), "accuracy", "score", done.toString(), "--reason", "second look")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "measures", "--measure", "accuracy_pct", "--from", "2016-05", "--to",
                "2016-05")).isZero();
        assertThat(out.toString()).contains("accuracy_pct,2016-05,,87.5");

        Files.writeString(temp.resolve("bad.csv"), lines.get(0) + "\n" + lines.get(1) + "\n");
        assertThat(run("--db", db(), "accuracy", "score", temp.resolve("bad.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv:2: column checker: is empty")
                .contains("bad.csv: 7 of the sample's 8 assessments are missing");
        assertThat(run("--db", db(), "accuracy", "draw", "--from", "2016-05", "--to", "2016-05", "--n", "99",
                "--seed", "1", "--out", worksheet.toString())).isEqualTo(2);
        assertThat(run("--db", db(), "accuracy", "draw", "--from", "2016-13", "--to", "2016-05", "--n", "5",
                "--seed", "1", "--out", worksheet.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--from '2016-13' is not a date");

        // a second check of the whole sample: the second checker finds every amount right, so one disagreement
        Path recheck = temp.resolve("recheck.csv");
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "accuracy", "recheck", "1", "--n", "8", "--seed", "3", "--out",
                recheck.toString())).isZero();
        assertThat(out.toString()).contains("second check 1: 8 of the 8 assessments of sample 1's check version 2");
        List<String> second = Files.readAllLines(recheck);
        assertThat(second.get(0)).isEqualTo("recheck_id," + lines.get(0));
        List<String> answered = new ArrayList<>(List.of(second.get(0)));
        for (String line : second.subList(1, second.size())) {
            String[] cells = line.split(",", -1);
            answered.add(String.join(",", List.of(cells).subList(0, 7)) + "," + cells[6] + ",QA2,,");
        }
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "accuracy", "recheck-score", Files.write(temp.resolve("recheck-done.csv"),
                answered).toString())).isZero();
        assertThat(out.toString()).contains("agree on the accurate / inaccurate decision for 7 of 8 (87.5%); "
                + "Cohen's kappa 0.000").contains("1 disagreement(s)").contains("first QA correct");

        // monetary-unit sampling over May's 30 awards of GBP 21 to 50: GBP 1,065 in 5 intervals of GBP 213
        out.getBuffer().setLength(0);
        assertThat(run("--db", db(), "accuracy", "draw", "--from", "2016-05", "--to", "2016-05", "--design", "mus",
                "--n", "5", "--seed", "4", "--out", temp.resolve("mus.csv").toString())).isZero();
        assertThat(out.toString()).contains("monetary units: 5 over GBP 1065.00 per week, interval GBP 213.00")
                .contains("taken with certainty (weekly amount at least the interval): 0")
                .contains("zero awards in the frame: 0");
        assertThat(Files.readAllLines(temp.resolve("mus.csv"))).hasSize(6);
    }

    @Test
    void chartRendersSvgAndPngHeadlessAndRefusesWhatItCannotDraw() throws Exception {
        StringBuilder complaints = new StringBuilder("complaint_id,received_date,stage\n");
        for (int i = 1; i <= 30; i++) {
            complaints.append("K").append(i).append(i <= 12 ? ",2016-07-15" : ",2016-08-15").append(",REVIEW\n");
        }
        run("--db", db(), "import", "--kind", "complaints", file("k.csv", complaints.toString()).toString());
        out.getBuffer().setLength(0);
        Path svg = temp.resolve("complaints.svg");
        Path data = temp.resolve("complaints.csv");
        assertThat(run("--db", db(), "chart", "--measure", "complaints_received", "--out", svg.toString(), "--data",
                data.toString())).isZero();
        assertThat(Files.readString(svg)).contains("<title id=\"chart-title\"", ">Jul 2016</text", ">Aug 2016</text");
        assertThat(Files.readAllLines(data)).containsExactly("month,\"Complaints received in the month (number)\"",
                "2016-07,12", "2016-08,18");
        Path png = temp.resolve("complaints.png");
        assertThat(run("--db", db(), "chart", "--family", "complaints", "--out", png.toString(), "--width", "480",
                "--height", "320", "--scale", "2")).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(640);
        assertThat(Files.readString(temp.resolve("complaints.txt")))
                .contains("Complaints: 12 in Jul 2016, 18 in Aug 2016");

        assertThat(run("--db", db(), "chart", "--family", "nonsense", "--out", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --family 'nonsense' (expected one of intake, caseload");
        assertThat(run("--db", db(), "chart", "--measure", "caseload_total", "--measure", "compliance_pct", "--out",
                png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("different units");
        assertThat(run("--db", db(), "chart", "--family", "complaints", "--breakdown", "country", "--out",
                png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("this chart has no breakdown 'country' (expected none)");
        assertThat(run("--db", db(), "chart", "--family", "complaints", "--out", temp.resolve("c.gif").toString()))
                .isEqualTo(2);
    }

    @Test
    void publishWritesACheckedReleaseAndChecksWorkbooks() throws Exception {
        assertThat(run("--db", db(), "publish", "--period", "2016-08", "--out", temp.resolve("r").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("the store holds no extracts: import them first");
        run("--db", db(), "import", "--kind", "complaints", file("k.csv", "complaint_id,received_date,stage\n"
                + "K1,2016-07-15,REVIEW\nK2,2016-08-15,REVIEW\n").toString());
        assertThat(run("--db", db(), "publish", "--period", "2016-13", "--out", temp.resolve("r").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("'2016-13' is not a month YYYY-MM");
        assertThat(run("--db", db(), "publish", "--period", "2016-08", "--from", "2016-07", "--formats", "xlsx,csv",
                "--tables", "complaints,accuracy", "--out", temp.resolve("r").toString())).isZero();
        assertThat(err.toString()).contains("warning: Accuracy: no figures for accuracy_pct");
        assertThat(Files.readAllLines(temp.resolve("r/csv/complaints.csv"))).containsExactly(
                "Month,Complaints received in the month (number),\"Complaints received, scheme to date (number)\"",
                "July 2016,1,1", "August 2016,1,2");
        assertThat(temp.resolve("r/cms-statistics-2016-08.ods")).doesNotExist();
        out.getBuffer().setLength(0);
        assertThat(run("publish", "--check", temp.resolve("r/cms-statistics-2016-08.xlsx").toString())).isZero();
        assertThat(out.toString()).contains("no breaches of the publication rules");
        Path careless = temp.resolve("careless.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream stream = Files.newOutputStream(careless)) {
            book.createSheet("Data").createRow(0).createCell(0).setCellValue("Data");
            book.write(stream);
        }
        assertThat(run("publish", "--check", careless.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Data: sheet 1 is 'Data' (expected Cover");
    }
}
