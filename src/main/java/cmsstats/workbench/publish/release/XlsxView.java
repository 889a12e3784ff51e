package cmsstats.workbench.publish.release;

import cmsstats.workbench.publish.release.WorkbookView.CellView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an XLSX workbook into a {@link WorkbookView}, noting what only XLSX can get wrong (fonts, fills, panes). */
final class XlsxView {
    private XlsxView() {
    }

    static WorkbookView read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            WorkbookView.Breaches breaches = new WorkbookView.Breaches();
            List<WorkbookView.SheetView> sheets = new ArrayList<>();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                sheets.add(sheet(book, sheet, book.isSheetHidden(s) || book.isSheetVeryHidden(s), breaches));
            }
            var core = book.getProperties().getCoreProperties();
            return new WorkbookView(sheets, core.getTitle(), core.getUnderlyingProperties().getSubjectProperty()
                    .orElse(null), core.getKeywords(), core.getCreator(),
                    core.getUnderlyingProperties().getLanguageProperty().orElse(null), book.getActiveSheetIndex(),
                    breaches.list);
        }
    }

    private static WorkbookView.SheetView sheet(XSSFWorkbook book, XSSFSheet sheet, boolean hidden,
                                                WorkbookView.Breaches breaches) {
        String name = sheet.getSheetName();
        if (sheet.getNumMergedRegions() > 0) {
            breaches.add(name, sheet.getMergedRegion(0).formatAsString(), "merged cells (expected none)");
        }
        if (sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane()) {
            breaches.add(name, null, "freeze panes (expected none)");
        }
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            breaches.add(name, null, "an autofilter (expected no filter buttons)");
        }
        if (sheet.getCTWorksheet().isSetDrawing()) {
            breaches.add(name, null, "a drawing or image (expected data as cells, no images)");
        }
        if (!sheet.getCellComments().isEmpty()) {
            breaches.add(name, null, "comments (expected none)");
        }
        if (!sheet.getHeader().getCenter().isEmpty() || !sheet.getFooter().getCenter().isEmpty()
                || !sheet.getHeader().getLeft().isEmpty() || !sheet.getFooter().getLeft().isEmpty()) {
            breaches.add(name, null, "a header or footer (expected none)");
        }
        String active = sheet.getActiveCell() == null ? "A1" : sheet.getActiveCell().formatAsString();
        if (!active.equals("A1")) {
            breaches.add(name, active, "the active cell is " + active + " (expected A1)");
        }
        List<List<CellView>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<CellView> cells = new ArrayList<>();
            if (row != null) {
                if (row.getZeroHeight()) {
                    breaches.add(name, String.valueOf(r + 1), "a hidden row (expected nothing hidden)");
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    XSSFCell cell = row.getCell(c);
                    cells.add(cell == null ? CellView.BLANK : cell(cell, breaches));
                }
            }
            rows.add(cells);
        }
        int widest = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < widest; c++) {
            if (sheet.isColumnHidden(c)) {
                breaches.add(name, OdsReleaseWriter.columnName(c), "a hidden column (expected nothing hidden)");
            }
        }
        List<WorkbookView.TableRange> tables = new ArrayList<>();
        for (XSSFTable table : sheet.getTables()) {
            CellReference start = table.getStartCellReference();
            CellReference end = table.getEndCellReference();
            tables.add(new WorkbookView.TableRange(table.getName(), start.getRow(), end.getRow(), start.getCol(),
                    end.getCol()));
            if (table.getCTTable().isSetAutoFilter()) {
                breaches.add(name, null, "table " + table.getName() + " has filter buttons (expected none)");
            }
        }
        return new WorkbookView.SheetView(name, hidden, rows, tables);
    }

    private static CellView cell(XSSFCell cell, WorkbookView.Breaches breaches) {
        String where = cell.getSheet().getSheetName();
        String ref = cell.getAddress().formatAsString();
        XSSFCellStyle style = cell.getCellStyle();
        XSSFFont font = style.getFont();
        if (!ReleaseWorkbook.FONT.equals(font.getFontName())) {
            breaches.add(where, ref, "font " + font.getFontName() + " (expected a sans serif: " + ReleaseWorkbook.FONT
                    + ")");
        }
        if (font.getFontHeightInPoints() < 10) {
            breaches.add(where, ref, "font size " + font.getFontHeightInPoints() + " pt (expected 10 pt or larger)");
        }
        if (font.getItalic() || font.getUnderline() != 0 || font.getTypeOffset() != 0 || font.getStrikeout()) {
            breaches.add(where, ref, "italic, underlined, struck out or raised text (expected plain text)");
        }
        if (font.getXSSFColor() != null && !font.getXSSFColor().isAuto() && font.getXSSFColor().getARGBHex() != null
                && !font.getXSSFColor().getARGBHex().endsWith("000000")) {
            breaches.add(where, ref, "coloured text (expected automatic colour)");
        }
        if (style.getFillPattern() != FillPatternType.NO_FILL) {
            breaches.add(where, ref, "a fill (expected none: no colour-only meaning)");
        }
        XSSFHyperlink link = cell.getHyperlink();
        String target = link != null && link.getType() == HyperlinkType.DOCUMENT ? link.getAddress() : null;
        return switch (cell.getCellType()) {
            case NUMERIC -> new CellView(CellView.Kind.NUMBER, String.valueOf(cell.getNumericCellValue()), null);
            case STRING -> new CellView(CellView.Kind.TEXT, cell.getStringCellValue(), target);
            case FORMULA -> new CellView(CellView.Kind.FORMULA, cell.getCellFormula(), null);
            case BLANK -> CellView.BLANK;
            default -> new CellView(cell.getCellType() == CellType.BOOLEAN ? CellView.Kind.TEXT : CellView.Kind.TEXT,
                    cell.toString(), null);
        };
    }
}
