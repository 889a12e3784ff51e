package cmsstats.workbench.publish.release;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the release as XLSX with Apache POI, as "Releasing statistics in spreadsheets" asks: each table an Excel
 * table object with a unique name, no table style fills or filter buttons; Arial 12 (titles bold 16, headers bold),
 * automatic colour; numbers as numbers with separators and fixed decimals, symbols as text aligned right like the
 * numbers; working links on Contents; document properties with the organisation as creator and en-GB; the
 * workbook opening on the Cover with A1 active everywhere. Text is always written as text, never as a formula.
 */
public final class XlsxReleaseWriter {
    private XlsxReleaseWriter() {
    }

    public static void write(ReleaseWorkbook release, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            for (Sheet sheet : release.sheets()) {
                writeSheet(book, styles, sheet);
            }
            book.setActiveSheet(0);
            book.setFirstVisibleTab(0);
            properties(book, release);
            book.write(out);
        }
    }

    private static void writeSheet(XSSFWorkbook book, Styles styles, Sheet sheet) {
        XSSFSheet xs = book.createSheet(sheet.name());
        Row titleRow = xs.createRow(0);
        Cell title = titleRow.createCell(0);
        title.setCellValue(sheet.title());
        title.setCellStyle(styles.title);
        for (int i = 0; i < sheet.lines().size(); i++) {
            Cell line = xs.createRow(1 + i).createCell(0);
            line.setCellValue(sheet.lines().get(i));
            line.setCellStyle(styles.text);
        }
        if (sheet.table() != null) {
            writeTable(book, styles, xs, sheet);
        }
        xs.setActiveCell(new CellAddress("A1"));
        xs.setColumnWidth(0, sheet.table() == null ? 110 * 256 : widthOfFirstColumn(sheet));
    }

    private static int widthOfFirstColumn(Sheet sheet) {
        int widest = sheet.table().columns().get(0).header().length();
        for (List<cmsstats.workbench.publish.release.Cell> row : sheet.table().rows()) {
            String text = row.get(0).text();
            widest = Math.max(widest, text == null ? 0 : text.length());
        }
        return Math.min(80, widest + 4) * 256;
    }

    private static void writeTable(XSSFWorkbook book, Styles styles, XSSFSheet xs, Sheet sheet) {
        Sheet.Table table = sheet.table();
        int headerRow = sheet.headerRow();
        Row header = xs.createRow(headerRow);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(table.columns().get(c).kind() == Column.Kind.TEXT ? styles.header : styles.headerRight);
            if (c > 0) {
                xs.setColumnWidth(c, Math.min(60, Math.max(14, table.columns().get(c).header().length() / 2 + 6))
                        * 256);
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = xs.createRow(headerRow + 1 + r);
            List<cmsstats.workbench.publish.release.Cell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                cmsstats.workbench.publish.release.Cell value = cells.get(c);
                if (value.kind() == cmsstats.workbench.publish.release.Cell.Kind.EMPTY) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (value.kind()) {
                    case NUMBER -> {
                        cell.setCellValue(value.number().doubleValue());
                        cell.setCellStyle(styles.number(value.decimals()));
                    }
                    case SYMBOL -> {
                        cell.setCellValue(value.text());
                        cell.setCellStyle(styles.textRight);
                    }
                    case LINK -> {
                        cell.setCellValue(value.text());
                        Hyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                        link.setAddress("'" + value.linkSheet() + "'!A1");
                        cell.setHyperlink(link);
                        cell.setCellStyle(styles.link);
                    }
                    default -> {
                        cell.setCellValue(value.text());
                        cell.setCellStyle(styles.text);
                    }
                }
            }
        }
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(headerRow + table.rows().size(), table.columns().size() - 1),
                book.getSpreadsheetVersion());
        XSSFTable object = xs.createTable(area);
        object.setName(table.name());
        object.setDisplayName(table.name());
        object.updateHeaders();
        if (object.getCTTable().isSetAutoFilter()) {
            object.getCTTable().unsetAutoFilter(); // no filter buttons
        }
        if (object.getCTTable().isSetTableStyleInfo()) {
            object.getCTTable().unsetTableStyleInfo(); // no banded fills
        }
    }

    private static void properties(XSSFWorkbook book, ReleaseWorkbook release) {
        var core = book.getProperties().getCoreProperties();
        core.setTitle(release.title());
        core.setSubjectProperty(release.subject());
        core.setKeywords(release.keywords());
        core.setCreator(release.creator());
        Date date = Date.from(release.created().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.getUnderlyingProperties().setLanguageProperty(ReleaseWorkbook.LANGUAGE);
        core.getUnderlyingProperties().setLastModifiedByProperty(release.creator());
        book.getProperties().getExtendedProperties().setCompany(release.creator());
    }

    /** The few cell styles the release uses, all Arial with automatic colour. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle text;
        final CellStyle textRight;
        final CellStyle header;
        final CellStyle headerRight;
        final CellStyle link;
        private final XSSFWorkbook book;
        private final Font plain;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            plain = book.getFontAt(0);
            plain.setFontName(ReleaseWorkbook.FONT);
            plain.setFontHeightInPoints((short) 12);
            Font bold = font(true, 12);
            Font big = font(true, 16);
            title = style(big, HorizontalAlignment.LEFT);
            text = style(plain, HorizontalAlignment.LEFT);
            textRight = style(plain, HorizontalAlignment.RIGHT);
            header = style(bold, HorizontalAlignment.LEFT);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            headerRight = style(bold, HorizontalAlignment.RIGHT);
            headerRight.setWrapText(true);
            headerRight.setBorderBottom(BorderStyle.THIN);
            link = style(plain, HorizontalAlignment.LEFT);
        }

        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle style = style(plain, HorizontalAlignment.RIGHT);
                style.setDataFormat(book.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return style;
            });
        }

        private Font font(boolean bold, int points) {
            Font font = book.createFont();
            font.setFontName(ReleaseWorkbook.FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private CellStyle style(Font font, HorizontalAlignment alignment) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            return style;
        }
    }
}
