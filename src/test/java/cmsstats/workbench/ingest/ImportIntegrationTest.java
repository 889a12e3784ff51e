package cmsstats.workbench.ingest;

import static cmsstats.workbench.ingest.ImportFixture.CASES_HEADER;
import static cmsstats.workbench.ingest.ImportFixture.CASE_MONTHS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Imports into a real H2 file store: what goes in comes back, and a failed import changes nothing. */
class ImportIntegrationTest extends StoreTestBase {

    @Test
    void valuesRoundTripInFileOrder() throws Exception {
        ImportResult result = fixture.importThreeCases();
        assertThat(result.accepted()).isTrue();
        ExtractVersion version = result.version();
        assertThat(version.rowCount()).isEqualTo(3);
        assertThat(version.sourceFile()).isEqualTo("cases.csv");
        assertThat(version.sha256()).isEqualTo(sha256(temp.resolve("cases.csv")));

        RowPage page = fixture.store().extracts().page(version, 0, 10);
        assertThat(page.columns()).startsWith("line", "case_id", "case_group_id").endsWith("extras");
        assertThat(page.rows()).containsExactly(
                List.of("2", "C1", "G1", "NEW", "2014-07-01", "", "2", "PAID", "ENGLAND", "N", ""),
                List.of("3", "C2", "G1", "NEW", "2013-12-02", "2016-03-31", "1", "NOT_APPLICABLE", "WALES", "Y", ""),
                List.of("4", "C3", "G2", "ARREARS_ONLY", "2015-12-15", "", "3", "NOT_APPLICABLE", "SCOTLAND", "Y",
                        ""));
        assertThat(fixture.store().extracts().page(version, 2, 10).rows()).hasSize(1);
    }

    @Test
    void moneyAndMonthsComeBackAsWritten() {
        fixture.importThreeCases();
        ImportResult result = fixture.importLines(ExtractKind.CASE_MONTHS, "cm.csv", CASE_MONTHS_HEADER,
                "C1,2016-08,CP,204.5,0,1000000.99", "C3,2016-08,DP,0,,0");
        assertThat(result.problemReport()).isEmpty();
        RowPage page = fixture.store().extracts().page(result.version(), 0, 10);
        assertThat(page.rows().get(0)).containsExactly("2", "C1", "2016-08", "CP", "204.50", "0.00", "1000000.99",
                "");
        assertThat(page.rows().get(1)).containsExactly("3", "C3", "2016-08", "DP", "0.00", "", "0.00", "");
    }

    @Test
    void headerNamesIgnoreCaseSpacesAndOrderAndExtraColumnsAreKept() {
        ImportResult result = fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv",
                " Stage ,Team,COMPLAINT_ID,received_date",
                "REVIEW,North,K1,2016-08-01",
                "RESOLUTION,\"South, \"\"east\"\"\",K2,2016-08-02");
        assertThat(result.problemReport()).isEmpty();
        RowPage page = fixture.store().extracts().page(result.version(), 0, 10);
        assertThat(page.rows().get(0)).containsExactly("2", "K1", "2016-08-01", "REVIEW", "{\"Team\":\"North\"}");
        assertThat(page.rows().get(1)).containsExactly("3", "K2", "2016-08-02", "RESOLUTION",
                "{\"Team\":\"South, \\\"east\\\"\"}");
    }

    @Test
    void aQuotedLineBreakKeepsPhysicalLineNumbers() {
        ImportResult result = fixture.importLines(ExtractKind.PUBLISHED, "published.csv",
                "measure,period,breakdown,value,edition",
                "caseload_total,2016-08,\"all\ncases\",338900,2016-10-01",
                "caseload_total,2016-05,,abc,2016-10-01");
        assertThat(result.problems().get(0).line()).isEqualTo(4);
    }

    @Test
    void byteOrderMarkGzipAndBlankLinesAreHandled() throws IOException {
        Path gz = temp.resolve("complaints.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write("complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\n\nK2,2016-08-03,RESOLUTION\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        ImportResult result = fixture.importFile(gz, ExtractKind.COMPLAINTS);
        assertThat(result.problemReport()).isEmpty();
        assertThat(result.version().rowCount()).isEqualTo(2);
        assertThat(result.blankLines()).isEqualTo(1);
        assertThat(result.summary()).contains("1 blank lines passed over");
        assertThat(fixture.store().extracts().page(result.version(), 0, 5).rows().get(1).get(0)).isEqualTo("4");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = temp.resolve("latin1.csv");
        Files.write(latin1, "complaint_id,received_date,stage\nK\u00e91,2016-08-01,REVIEW\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ImportResult result = fixture.importFile(latin1, ExtractKind.COMPLAINTS);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).toString()).contains("not valid UTF-8");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty.csv"), "");
        assertThat(fixture.importFile(empty, ExtractKind.COMPLAINTS).problems().get(0).toString())
                .isEqualTo("empty.csv:1: the file is empty (expected a header row)");
    }

    @Test
    void aHeaderOnlyFileIsAnEmptyVersion() {
        ImportResult result = fixture.importLines(ExtractKind.APPEALS, "appeals.csv",
                "appeal_id,case_id,received_date,cleared_date,outcome");
        assertThat(result.accepted()).isTrue();
        assertThat(result.version().rowCount()).isZero();
    }

    @Test
    void aRefusedImportLeavesTheStoreAsItWas() {
        fixture.importThreeCases();
        List<ExtractVersion> before = fixture.store().extracts().list();
        ImportResult refused = fixture.importLines(ExtractKind.CASE_MONTHS, "cm.csv", CASE_MONTHS_HEADER,
                "C1,2016-08,DP,10.00,,0", "C2,2016-08,XX,10.00,,0");
        assertThat(refused.accepted()).isFalse();
        assertThat(fixture.store().extracts().list()).isEqualTo(before);
        assertThat(fixture.store().extracts().pendingCount()).isZero();
        assertThat(fixture.store().extracts().newest(ExtractKind.CASE_MONTHS)).isEmpty();
    }

    @Test
    void aCancelledImportLeavesTheStoreAsItWas() throws IOException {
        fixture.importThreeCases();
        List<ExtractVersion> before = fixture.store().extracts().list();
        StringBuilder csv = new StringBuilder(CASE_MONTHS_HEADER).append('\n');
        for (int month = 0; month < 40_000; month++) {
            csv.append("C1,").append(java.time.YearMonth.of(1900, 1).plusMonths(month)).append(",DP,1.00,,0\n");
        }
        Path file = Files.writeString(temp.resolve("big.csv"), csv);
        CancelAfterProgress context = new CancelAfterProgress();
        ImportResult result = fixture.importer().importFile(file, ExtractKind.CASE_MONTHS, context);
        assertThat(context.progressCalls).isPositive();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.accepted()).isFalse();
        assertThat(fixture.store().extracts().list()).isEqualTo(before);
        assertThat(fixture.store().extracts().pendingCount()).isZero();
    }

    @Test
    void anImportInterruptedByACrashIsDiscardedAtTheNextStart() {
        fixture.importThreeCases();
        var pending = fixture.store().extracts().begin(ExtractKind.COMPLAINTS, "crash.csv", "0".repeat(64), null);
        pending.append(2, new Object[] {"K1", LocalDate.of(2016, 8, 1), "REVIEW"}, null);
        pending.flush();
        assertThat(fixture.store().extracts().pendingCount()).isEqualTo(1);
        assertThat(fixture.store().extracts().list()).hasSize(1);
        // The process dies here: the pending version is never committed nor discarded.
        fixture.reopen();
        assertThat(fixture.store().extracts().pendingCount()).isZero();
        assertThat(fixture.store().extracts().list()).extracting(v -> v.kind()).containsExactly(ExtractKind.CASES);
    }

    @Test
    void reimportMakesANewVersionAndTheOldOneStaysQueryable() {
        ExtractVersion first = fixture.importThreeCases().version();
        ExtractVersion second = fixture.importLines(ExtractKind.CASES, "cases-2.csv", CASES_HEADER,
                "C1,G1,NEW,2014-07-01,,2,PAID,ENGLAND,N").version();
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(fixture.store().extracts().newest(ExtractKind.CASES)).contains(second);
        assertThat(fixture.store().extracts().page(first, 0, 10).rows()).hasSize(3);
        assertThat(fixture.store().extracts().page(second, 0, 10).rows()).hasSize(1);
        fixture.reopen();
        assertThat(fixture.store().extracts().list()).containsExactly(first, second);
    }

    @Test
    void caseMonthsAreCheckedAgainstTheNewestCases() {
        fixture.importThreeCases();
        fixture.importLines(ExtractKind.CASES, "cases-2.csv", CASES_HEADER, "C9,G9,NEW,2014-07-01,,2,PAID,ENGLAND,N");
        assertThat(fixture.importLines(ExtractKind.CASE_MONTHS, "cm.csv", CASE_MONTHS_HEADER,
                "C9,2016-08,DP,10.00,,0").accepted()).isTrue();
        assertThat(fixture.importLines(ExtractKind.CASE_MONTHS, "cm.csv", CASE_MONTHS_HEADER,
                "C1,2016-08,DP,10.00,,0").accepted()).isFalse();
    }

    @Test
    void workbookFromTheNamedSheetWithDateAndNumberCells() throws IOException {
        Path xlsx = temp.resolve("extract.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet notes = workbook.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("This sheet is not the extract");
            Sheet sheet = workbook.createSheet("Case_Months");
            CellStyle monthStyle = workbook.createCellStyle();
            monthStyle.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
            CellStyle moneyStyle = workbook.createCellStyle();
            moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("\u00a3#,##0"));
            String[] header = CASE_MONTHS_HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i].toUpperCase());
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("C1");
            row.createCell(1).setCellValue(LocalDate.of(2016, 8, 1));
            row.getCell(1).setCellStyle(monthStyle);
            row.createCell(2).setCellValue("CP");
            row.createCell(3).setCellValue(1204.5);
            row.getCell(3).setCellStyle(moneyStyle);
            row.createCell(4).setCellValue(100);
            row.createCell(5).setCellValue(0);
            Row sparse = sheet.createRow(3);
            sparse.createCell(0).setCellValue("C3");
            sparse.createCell(1).setCellValue("2016-08");
            sparse.createCell(2).setCellValue("DP");
            sparse.createCell(3).setCellValue(0);
            sparse.createCell(5).setCellValue(0);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        fixture.importThreeCases();
        ImportResult result = fixture.importFile(xlsx, ExtractKind.CASE_MONTHS);
        assertThat(result.problemReport()).isEmpty();
        assertThat(result.blankLines()).isEqualTo(1);
        RowPage page = fixture.store().extracts().page(result.version(), 0, 10);
        assertThat(page.rows()).containsExactly(
                List.of("2", "C1", "2016-08", "CP", "1204.50", "100.00", "0.00", ""),
                List.of("4", "C3", "2016-08", "DP", "0.00", "", "0.00", ""));
    }

    @Test
    void workbookProblemsNameTheSheetRow() throws IOException {
        Path xlsx = temp.resolve("complaints.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("complaint_id");
            head.createCell(1).setCellValue("received_date");
            head.createCell(2).setCellValue("stage");
            for (int r = 1; r <= 6; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("K" + r);
                row.createCell(1).setCellValue(r == 6 ? "2016-08-32" : "2016-08-0" + r);
                row.createCell(2).setCellValue("REVIEW");
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        ImportResult result = fixture.importFile(xlsx, ExtractKind.COMPLAINTS);
        assertThat(result.problems().get(0).toString())
                .isEqualTo("complaints.xlsx:7: column received_date: '2016-08-32' is not a real date (expected a "
                        + "date YYYY-MM-DD)");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        Path fake = temp.resolve("fake.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(fake))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        ImportResult result = fixture.importFile(fake, ExtractKind.COMPLAINTS);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).toString()).startsWith("fake.xlsx: ");
    }

    @Test
    void kindIsDetectedFromTheHeaderOrTheName() {
        Path file = fixture.write("export.csv", "mr_id,case_id,received_date,cleared_date,outcome");
        assertThat(KindDetector.detect(file)).contains(ExtractKind.RECONSIDERATIONS);
        Path named = fixture.write("case_months_2016-08.csv", "nothing,useful");
        assertThat(KindDetector.detect(named)).contains(ExtractKind.CASE_MONTHS);
        assertThat(KindDetector.detect(fixture.write("x.csv", "a,b"))).isEmpty();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Asks to cancel as soon as the import first reports progress. */
    private static final class CancelAfterProgress implements TaskContext {
        int progressCalls;

        @Override
        public void progress(long done, long total) {
            progressCalls++;
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return progressCalls > 0;
        }
    }
}
