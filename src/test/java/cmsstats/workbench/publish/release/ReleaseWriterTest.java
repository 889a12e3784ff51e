package cmsstats.workbench.publish.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.task.TaskContext;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release from a small store (cases and complaints only; every other table [x]): the workbook's structure in
 * XLSX (read back with POI) and ODS (read back with SODS, and its XML), suppression in the country table, and two
 * runs giving the same manifest.
 */
class ReleaseWriterTest {
    private static final YearMonth PERIOD = YearMonth.of(2016, 8);
    @TempDir
    Path temp;
    private ImportFixture fixture;

    @BeforeEach
    void store() {
        fixture = new ImportFixture(temp.resolve("store"));
        List<String> cases = new ArrayList<>(List.of(ImportFixture.CASES_HEADER));
        int id = 0;
        for (int month = 6; month <= 8; month++) {
            for (int i = 0; i < 30 + month; i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-0" + (1 + i % 9) + ",,2,PAID,ENGLAND,N");
            }
            int wales = month == 7 ? 3 : 12; // July's 3 in Wales is small: suppressed with complements
            for (int i = 0; i < wales; i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-11,,2,PAID,WALES,N");
            }
            for (int i = 0; i < 9; i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-12,,2,PAID,SCOTLAND,Y");
            }
        }
        assertThat(fixture.importLines(ExtractKind.CASES, "cases.csv", cases.toArray(String[]::new)).accepted())
                .isTrue();
        fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                "K1,2016-07-01,REVIEW", "K2,2016-08-02,REVIEW", "K3,2016-08-03,RESOLUTION");
        fixture.importLines(ExtractKind.PUBLISHED, "published.csv", "measure,period,breakdown,value,edition",
                "intake_total,2016-08,,70,2016-10-26");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ReleaseOptions options() {
        return new ReleaseOptions(PERIOD, YearMonth.of(2016, 6), List.of(), Set.of(), 5, LocalDate.of(2016, 10, 27),
                LocalDate.of(2017, 1, 26), "Official statistics in development", "CMS statistics team");
    }

    private ReleaseWriter.Written write(String dir) throws Exception {
        return new ReleaseWriter(fixture.store()).write(options(), Set.copyOf(ReleaseWriter.FORMATS),
                temp.resolve(dir), TaskContext.silent());
    }

    @Test
    void theXlsxFollowsTheGuidance() throws Exception {
        ReleaseWriter.Written written = write("release");
        assertThat(written.warnings()).contains("Service_type: no figures for cases_due_dp (no case_months extract is "
                + "stored (import one to compute these measures)); shown as [x]");
        try (InputStream in = Files.newInputStream(temp.resolve("release/cms-statistics-2016-08.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("Cover", "Contents", "Notes", "Intake", "Intake_by_country", "Caseload")
                    .hasSize(3 + ReleaseTables.all().size());
            assertThat(book.getActiveSheetIndex()).isZero();
            var core = book.getProperties().getCoreProperties();
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
            assertThat(core.getCreator()).isEqualTo("Department for Work and Pensions");
            assertThat(core.getTitle())
                    .isEqualTo("Child Maintenance Service 2012 scheme statistics: data to August 2016");
            List<String> tableNames = new ArrayList<>();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(sheet.getNumMergedRegions()).isZero();
                assertThat(book.isSheetHidden(s)).isFalse();
                assertThat(sheet.getActiveCell().formatAsString()).isEqualTo("A1");
                for (Row row : sheet) {
                    row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
                }
                sheet.getTables().forEach(t -> tableNames.add(t.getName()));
                assertThat(sheet.getTables()).hasSize(s == 0 ? 0 : 1);
            }
            assertThat(tableNames).doesNotHaveDuplicates().contains("table_intake", "table_contents", "table_notes");

            XSSFSheet intake = book.getSheet("Intake");
            XSSFTable table = intake.getTables().get(0);
            Row header = intake.getRow(table.getStartRowIndex());
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Total intake (number)");
            Row august = intake.getRow(table.getEndRowIndex());
            assertThat(august.getCell(0).getStringCellValue()).isEqualTo("August 2016");
            XSSFCell total = (XSSFCell) august.getCell(3);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            // 38 + 12 + 9 = 59 to the nearest 10: intake never reaches 10,000 in this release, so every intake
            // figure is rounded to the nearest 10, as the country table's Great Britain column shows it (60)
            assertThat(total.getNumericCellValue()).isEqualTo(60);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(august.getCell(4).getStringCellValue()).isEqualTo("[r]"); // 59 against 70 published: -16%
                XSSFSheet caseload = book.getSheet("Service_type");
            XSSFTable caseloadTable = caseload.getTables().get(0);
            Row firstRow = caseload.getRow(caseloadTable.getStartRowIndex() + 1);
            assertThat(firstRow.getCell(1).getStringCellValue()).isEqualTo("[x]");
            StringBuilder above = new StringBuilder();
            for (int r = 0; r < caseloadTable.getStartRowIndex(); r++) {
                above.append(caseload.getRow(r).getCell(0).getStringCellValue()).append('\n');
            }
            assertThat(above).contains("Cells showing [x] are not available.").contains("[note ");

            XSSFSheet contents = book.getSheet("Contents");
            XSSFTable contentsTable = contents.getTables().get(0);
            XSSFCell link = contents.getRow(contentsTable.getStartRowIndex() + 1).getCell(0);
            assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(link.getHyperlink().getAddress()).isEqualTo("'Intake'!A1");
            assertThat(link.getStringCellValue()).isEqualTo("Intake table");
        }
        assertThat(ReleaseChecker.check(temp.resolve("release/cms-statistics-2016-08.xlsx"))).isEmpty();
    }

    @Test
    void smallCountsAreSuppressedWithComplementsAndTotalsComeFromUnroundedFigures() throws Exception {
        write("release");
        List<String> lines = Files.readAllLines(temp.resolve("release/csv/intake_by_country.csv"));
        assertThat(lines.get(0)).isEqualTo("Month,England (number),Wales (number),Scotland (number),"
                + "Great Britain (number)");
        // June 36 / 12 / 9; July 37 / 3 / 9: Wales July [c], Scotland July (9) its row complement, and in their
        // columns June's Wales (12) and Scotland (9) too; totals rounded from unrounded counts.
        assertThat(lines).containsExactly(lines.get(0),
                "June 2016,40,[c],[c],60",
                "July 2016,40,[c],[c],50",
                "August 2016,40,10,10,60",
                "\"Total, June 2016 to August 2016\",110,30,30,170");
    }

    @Test
    void theOdsCarriesTheSameContentWithADatabaseRangePerTable() throws Exception {
        write("release");
        Path ods = temp.resolve("release/cms-statistics-2016-08.ods");
        SpreadSheet book = new SpreadSheet(ods.toFile());
        assertThat(book.getSheets().get(0).getName()).isEqualTo("Cover");
        assertThat(book.getSheet("Notes")).isNotNull();
        Range a1 = book.getSheet("Intake").getRange(0, 0);
        assertThat(a1.getValue()).isEqualTo("Applications received (intake), Great Britain, June 2016 to August 2016");
        com.github.miachm.sods.Sheet intake = book.getSheet("Intake");
        Object total = null;
        for (int r = 0; r < intake.getMaxRows(); r++) {
            if ("August 2016".equals(intake.getRange(r, 0).getValue())) {
                total = intake.getRange(r, 3).getValue();
            }
        }
        assertThat(total).isInstanceOf(Double.class).isEqualTo(60.0);
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(content.split("<table:database-range ", -1)).hasSize(ReleaseTables.all().size() + 2 + 1);
            assertThat(content).contains("table:name=\"table_intake\"").doesNotContain("table:formula")
                    .doesNotContain("number-columns-spanned");
            String meta = new String(zip.getInputStream(zip.getEntry("meta.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(meta).contains("<dc:language>en-GB</dc:language>");
        }
        assertThat(ReleaseChecker.check(ods)).isEmpty();
    }

    @Test
    void theSameExtractsAndOptionsGiveTheSameManifest() throws Exception {
        write("first");
        write("second");
        String first = Files.readString(temp.resolve("first/manifest.json"));
        assertThat(first).isEqualTo(Files.readString(temp.resolve("second/manifest.json")));
        assertThat(first).contains("\"path\" : \"cms-statistics-2016-08.xlsx\"", "\"path\" : \"charts/intake.svg\"",
                "\"kind\" : \"cases\"");
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Sheet sheet = new Sheet("Data", "A title", List.of("=1+1 is a line"), new Sheet.Table("table_data",
                List.of(Column.text("Name"), Column.number("Value (number)")),
                List.of(List.of(Cell.text("=HYPERLINK(\"http://x\")"), Cell.number(BigDecimal.ONE, 0)),
                        List.of(Cell.text("+44 20"), Cell.number(BigDecimal.TEN, 0)),
                        List.of(Cell.text("@SUM(A1)"), Cell.number(BigDecimal.valueOf(2), 0)))), "");
        ReleaseWorkbook workbook = new ReleaseWorkbook("t", "s", "k", "o", LocalDate.of(2016, 10, 1),
                List.of(sheet));
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        XlsxReleaseWriter.write(workbook, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            XSSFSheet data = book.getSheet("Data");
            for (Row row : data) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            assertThat(data.getRow(3).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
        String content;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                OdsReleaseWriter.write(workbook)))) {
            java.util.zip.ZipEntry entry;
            String found = "";
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("content.xml")) {
                    found = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            content = found;
        }
        assertThat(content).doesNotContain("table:formula").contains("<text:p>=HYPERLINK(\"http://x\")</text:p>");
        assertThat(cmsstats.workbench.publish.CsvText.safe("=HYPERLINK(\"http://x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(cmsstats.workbench.publish.CsvText.safe("+44 20")).isEqualTo("'+44 20");
        assertThat(cmsstats.workbench.publish.CsvText.safe("\tx")).isEqualTo("'\tx");
        assertThat(cmsstats.workbench.publish.CsvText.safe("-5")).isEqualTo("'-5");
    }

    @Test
    void anUnknownTableIsRefusedBeforeAnythingIsWritten() {
        ReleaseOptions wrong = new ReleaseOptions(PERIOD, YearMonth.of(2016, 6), List.of("nonsense"), Set.of(), 5,
                LocalDate.of(2016, 10, 27), LocalDate.of(2017, 1, 26), "Official statistics", "c");
        assertThatThrownBy(() -> new ReleaseWriter(fixture.store()).write(wrong, Set.of("xlsx"),
                temp.resolve("none"), TaskContext.silent())).hasMessageContaining("unknown table 'nonsense'");
        assertThat(temp.resolve("none")).doesNotExist();
    }
}
