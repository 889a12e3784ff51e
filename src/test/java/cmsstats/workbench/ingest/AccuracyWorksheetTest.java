package cmsstats.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.SourceFile;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.sampling.AccuracyRule;
import cmsstats.workbench.store.StoreException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An accuracy sample's worksheet, out to XLSX and CSV and back in: validated, scored, stored, measured. */
class AccuracyWorksheetTest extends StoreTestBase {
    private AccuracySample sample;

    @BeforeEach
    void drawASample() {
        List<String> lines = new ArrayList<>(List.of("assessment_id,case_id,assessment_date,assessment_type,"
                + "weekly_amount_gbp"));
        for (int i = 1; i <= 60; i++) {
            lines.add(String.format("AS%03d,C%d,2016-%02d-%02d,%s,%d.%02d", i, i, 5 + i % 2, 1 + i % 28,
                    i % 3 == 0 ? "NEW" : "CHANGE", 10 + i, i % 100));
        }
        assertThat(fixture.importLines(ExtractKind.ASSESSMENTS, "assessments.csv", lines.toArray(String[]::new))
                .accepted()).isTrue();
        sample = new AccuracyChecks(fixture.store()).draw(new AccuracyChecks.Design(LocalDate.of(2016, 5, 1),
                LocalDate.of(2016, 6, 30), null, true, 12, 3));
    }

    private static long inaccurateInMay(AccuracyWorksheetReader.Result result) {
        return result.checked().stream().filter(c -> c.date().getMonthValue() == 5
                && c.correct().subtract(c.calculated()).compareTo(new BigDecimal("5.00")) == 0).count();
    }

    private AccuracyWorksheetReader reader() {
        return new AccuracyWorksheetReader(fixture.store().accuracy(), AccuracyRule::accurate);
    }

    private Path exported(String name) throws Exception {
        Path file = temp.resolve(name);
        PlainTableWriter.write(SampleTables.accuracyWorksheet(sample,
                fixture.store().accuracy().members(sample.id())), file);
        return file;
    }

    @Test
    void aFilledWorkbookIsScoredStoredAndFeedsTheAccuracyMeasure() throws Exception {
        Path workbook = exported("worksheet.xlsx");
        int inaccurate = 0;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(SampleTables.WORKSHEET_SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertThat(row.getCell(6)).isNull(); // correct amount left for the checker
                double calculated = row.getCell(5).getNumericCellValue();
                boolean wrong = row.getRowNum() % 4 == 0;
                inaccurate += wrong ? 1 : 0;
                row.createCell(6).setCellValue(wrong ? calculated + 5.00 : calculated + 1.00);
                row.createCell(7).setCellValue(row.getRowNum() == 1 ? "=HYPERLINK(\"x\")" : "QA1");
                if (wrong) {
                    row.createCell(9).setCellValue(row.getRowNum() == 4 ? "shared_care" : " Income_Change ");
                }
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        AccuracyWorksheetReader.Result result = reader().read(workbook);
        assertThat(result.problemReport()).isEmpty();
        assertThat(result.sampleId()).isEqualTo(sample.id());
        assertThat(result.checked()).hasSize(12);
        assertThat(result.checked().get(0).checker()).isEqualTo("=HYPERLINK(\"x\")");

        AccuracyChecks checks = new AccuracyChecks(fixture.store());
        AccuracyChecks.Finalised finalised = checks.finalise(sample.id(), null, result.source(), result.checked(),
                0.95);
        assertThat(finalised.check().version()).isEqualTo(1);
        assertThat(finalised.score().accurate()).isEqualTo(12 - inaccurate);
        assertThat(inaccurate).isEqualTo(3);

        List<MeasureValue> accuracy = new MeasureEngine(fixture.store()).compute(new MeasureEngine.Request(
                List.of("accuracy_pct"), Optional.empty(), Optional.empty(), Optional.empty()));
        long checkedInMay = result.checked().stream().filter(c -> c.date().getMonthValue() == 5).count();
        long accurateInMay = result.checked().stream().filter(c -> c.date().getMonthValue() == 5
                && c.correct().subtract(c.calculated()).compareTo(new BigDecimal("1.00")) == 0).count();
        assertThat(accuracy).extracting(MeasureValue::period).containsExactly(YearMonth.of(2016, 5),
                YearMonth.of(2016, 6));
        assertThat(accuracy.get(0).value().doubleValue()).isEqualTo(100.0 * accurateInMay / checkedInMay);
        // monetary error: every row is under-calculated, by GBP 5.00 when wrong and GBP 1.00 when right
        List<MeasureValue> error = new MeasureEngine(fixture.store()).compute(new MeasureEngine.Request(
                List.of("accuracy_gross_error_pct", "accuracy_net_error_pct"), Optional.of(YearMonth.of(2016, 5)),
                Optional.of(YearMonth.of(2016, 5)), Optional.empty()));
        BigDecimal inError = new BigDecimal(5 * inaccurateInMay(result) + (checkedInMay - inaccurateInMay(result)));
        BigDecimal correctInMay = result.checked().stream().filter(c -> c.date().getMonthValue() == 5)
                .map(c -> c.correct()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gross = inError.multiply(new BigDecimal(100)).divide(correctInMay, java.math.MathContext.DECIMAL128);
        assertThat(error).extracting(MeasureValue::measure).containsExactly("accuracy_gross_error_pct",
                "accuracy_net_error_pct");
        assertThat(error.get(0).value()).isEqualByComparingTo(gross);
        assertThat(error.get(1).value()).isEqualByComparingTo(gross.negate());

        assertThatThrownBy(() -> checks.finalise(sample.id(), " ", new SourceFile("again.xlsx", null), result.checked(),
                0.95))
                .isInstanceOf(StoreException.class).hasMessageContaining("a correction must give its reason");
        assertThat(fixture.store().accuracy().checks(sample.id())).hasSize(1);
        assertThat(checks.finalise(sample.id(), "row 4 re-checked", new SourceFile("again.xlsx", null),
                result.checked(), 0.95)
                .check().version()).isEqualTo(2);
        assertThat(fixture.store().accuracy().checks(sample.id())).extracting(c -> c.reason())
                .containsExactly(null, "row 4 re-checked");
    }

    @Test
    void anUntouchedWorksheetSaysSoFirst() throws Exception {
        Path untouched = exported("untouched.csv");
        AccuracyWorksheetReader.Result result = reader().read(untouched);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problemReport().get(0)).isEqualTo("untouched.csv: no sampled assessment is checked in this "
                + "worksheet (expected each row's correct_weekly_amount_gbp and checker filled in: is this the "
                + "worksheet as exported?)");
    }

    @Test
    void aWorksheetThatStraysFromItsSampleIsRefusedWithEveryProblemLocated() throws Exception {
        List<String> lines = Files.readAllLines(exported("worksheet.csv"));
        List<String> edited = new ArrayList<>();
        edited.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            edited.add(lines.get(i).replaceAll(",,,,$", ",12.00,QA1,,"));
        }
        String[] second = edited.get(2).split(",", -1);
        edited.set(2, String.join(",", second[0], second[1], second[2], second[3], second[4], "999.99", "12.00",
                "QA1", "", "")); // line 3: calculated amount edited
        edited.set(3, edited.get(1)); // line 4 repeats line 2; line 4's own assessment goes missing
        edited.set(5, edited.get(5).replaceFirst("^\\d+,AS\\d+", sample.id() + ",AS999")); // not in the sample
        edited.set(6, edited.get(6).replace(",12.00,QA1,", ",12.345,QA1,"));  // not money
        edited.set(7, edited.get(7).replace(",12.00,QA1,", ",12.00,,"));  // no checker
        Path file = Files.write(temp.resolve("edited.csv"), edited);

        AccuracyWorksheetReader.Result result = reader().read(file);
        assertThat(result.accepted()).isFalse();
        assertThat(result.checked()).isEmpty();
        assertThat(result.problemReport()).anySatisfy(p -> assertThat(p).startsWith("edited.csv:4: column "
                        + "assessment_id: '").contains("is repeated (first on line 2"))
                .anySatisfy(p -> assertThat(p).startsWith("edited.csv:7: column correct_weekly_amount_gbp:"))
                .anySatisfy(p -> assertThat(p).startsWith("edited.csv:8: column checker: is empty"));
        AccuracyWorksheetReader.Result fixedFormat = reader()
                .read(Files.write(temp.resolve("edited2.csv"), List.of(edited.get(0), edited.get(1), edited.get(2),
                        edited.get(3), edited.get(5))));
        assertThat(fixedFormat.problemReport())
                .anySatisfy(p -> assertThat(p).startsWith("edited2.csv:3: column weekly_amount_gbp: is 999.99 but "
                        + "the sample holds"))
                .anySatisfy(p -> assertThat(p).isEqualTo("edited2.csv:5: column assessment_id: 'AS999' is not in "
                        + "sample " + sample.id() + " (expected only the sampled assessments)"))
                .anySatisfy(p -> assertThat(p).startsWith("edited2.csv: 10 of the sample's 12 assessments are "
                        + "missing: "));
        assertThat(fixture.store().accuracy().checks(sample.id())).isEmpty();
    }
}
