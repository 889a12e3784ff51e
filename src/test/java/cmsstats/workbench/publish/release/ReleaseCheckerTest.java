package cmsstats.workbench.publish.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication check finds what a statistician or an accessibility checker would, with sheet and cell. */
class ReleaseCheckerTest {
    @TempDir
    Path temp;

    @Test
    void aCarelessWorkbookGetsEveryBreachLocated() throws Exception {
        Path file = temp.resolve("careless.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet data = book.createSheet("2016 data");
            data.createRow(0).createCell(0).setCellValue("Caseload by month");
            data.getRow(0).createCell(3).setCellValue("see note");
            Row header = data.createRow(2);
            header.createCell(0).setCellValue("Month");
            header.createCell(1).setCellValue("Caseload");
            String[][] rows = {{"June 2016", "n/a"}, {"July 2016", "338,900"}, {"August 2016", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = data.createRow(3 + r);
                row.createCell(0).setCellValue(rows[r][0]);
                if (rows[r][1] != null) {
                    row.createCell(1).setCellValue(rows[r][1]);
                }
            }
            data.getRow(5).createCell(1).setCellFormula("B4+B5");
            data.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            data.createTable(new AreaReference(new CellReference(2, 0), new CellReference(5, 1),
                    book.getSpreadsheetVersion())).setName("Table1");
            book.write(out);
        }
        List<String> breaches = ReleaseChecker.check(file).stream().map(Object::toString).toList();
        assertThat(breaches).contains(
                "2016 data: sheet 1 is '2016 data' (expected Cover: the order is Cover, Contents, Notes, then the "
                        + "tables)",
                "2016 data!A1:B1: merged cells (expected none)",
                "2016 data: sheet name '2016 data' (expected 1 to 31 characters, not starting with a digit)",
                "2016 data!D1: text outside column A above the table (expected notes and units in column A only)",
                "2016 data: table name 'Table1' (expected a meaningful name of letters, digits and underscores)",
                "2016 data!B4: 'n/a' (expected the guidance's shorthand: [x], [z], [c], [u], [e], [p], [r] or [b])",
                "2016 data!B5: the number 338,900 stored as text (expected a number)",
                "2016 data!B6: a formula (expected values only)",
                "workbook: document language null (expected en-GB)");
        assertThat(breaches).anySatisfy(b -> assertThat(b).contains("font Calibri"));
    }

    @Test
    void symbolsMustBeExplainedAndNotesNumberedInOrder() {
        WorkbookView.CellView text = new WorkbookView.CellView(WorkbookView.CellView.Kind.TEXT, "x", null);
        List<List<WorkbookView.CellView>> tableSheet = List.of(
                List.of(cell("Title")), List.of(cell("Notes: [note 2], [note 1].")),
                List.of(cell("Month"), cell("Count (number)")),
                List.of(cell("June 2016"), number("12")), List.of(cell("July 2016"), cell("[c]")));
        List<List<WorkbookView.CellView>> notes = List.of(List.of(cell("Notes")), List.of(cell("Note number"),
                cell("Note text")), List.of(cell("[note 1]"), cell("a")), List.of(cell("[note 2]"), cell("b")),
                List.of(cell("[note 3]"), cell("c")));
        WorkbookView book = new WorkbookView(List.of(
                new WorkbookView.SheetView("Cover", false, List.of(List.of(cell("Cover title"))), List.of()),
                new WorkbookView.SheetView("Contents", false, List.of(List.of(cell("Contents")), List.of(
                        cell("Worksheet")), List.of(new WorkbookView.CellView(WorkbookView.CellView.Kind.TEXT,
                        "Counts table", "Counts"))), List.of(new WorkbookView.TableRange("table_contents", 1, 2, 0,
                                0))),
                new WorkbookView.SheetView("Notes", false, notes, List.of(new WorkbookView.TableRange("table_notes", 1,
                        4, 0, 1))),
                new WorkbookView.SheetView("Counts", false, tableSheet, List.of(new WorkbookView.TableRange(
                        "table_counts", 2, 4, 0, 1)))), "t", "s", "k", "o", "en-GB", 0, List.of());
        assertThat(text.kind()).isEqualTo(WorkbookView.CellView.Kind.TEXT);
        assertThat(ReleaseChecker.check(book).stream().map(Object::toString).toList()).containsExactlyInAnyOrder(
                "Counts!B5: [c] is not explained above the table (expected a line saying what [c] means)",
                "Counts!A2: [note 2] is the 1st note referred to (expected notes numbered in the order they are first "
                        + "referred to)",
                "Counts!A2: [note 1] is the 2nd note referred to (expected notes numbered in the order they are first "
                        + "referred to)",
                "Notes: notes [3] are on the Notes sheet but never referred to");
    }

    private static WorkbookView.CellView cell(String text) {
        return new WorkbookView.CellView(WorkbookView.CellView.Kind.TEXT, text, null);
    }

    private static WorkbookView.CellView number(String text) {
        return new WorkbookView.CellView(WorkbookView.CellView.Kind.NUMBER, text, null);
    }
}
