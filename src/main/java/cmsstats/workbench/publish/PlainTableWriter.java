package cmsstats.workbench.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link PlainTable} as CSV (UTF-8, RFC 4180, text guarded by {@link CsvText} against formula injection)
 * or as an XLSX workbook (chosen by the file name), so a checker can open it in any spreadsheet. Workbook cells
 * are typed: text cells hold text and are never formulas, whatever the text; amounts are numbers formatted to the
 * penny; dates are dates formatted yyyy-mm-dd (so they read back as ISO dates). The file is written to a
 * temporary sibling and moved into place, so a failed write never leaves half a file.
 */
public final class PlainTableWriter {
    private PlainTableWriter() {
    }

    /** Whether the file name asks for a workbook (.xlsx) rather than CSV (.csv). */
    public static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public static void write(PlainTable table, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new IOException(file.getFileName() + ": unknown file type (expected a name ending .xlsx or .csv)");
        }
        AtomicFiles.write(file, temporary -> {
            if (isWorkbook(file)) {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    workbook(table, out);
                }
            } else {
                Files.writeString(temporary, csv(table), StandardCharsets.UTF_8);
            }
        });
    }

    static String csv(PlainTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns().stream().map(c -> (Object) c).toList());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object cell = cells.get(i);
            csv.append(cell instanceof String text ? CsvText.safe(text) : cell instanceof BigDecimal amount
                    ? amount.toPlainString() : cell == null ? "" : cell.toString());
        }
        csv.append("\r\n");
    }

    private static void workbook(PlainTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet(table.sheetName());
            Row top = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(header);
                String note = table.columnNotes().get(table.columns().get(c));
                if (note != null) {
                    Drawing<?> drawing = sheet.createDrawingPatriarch();
                    ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
                    anchor.setCol1(c);
                    anchor.setCol2(c + 6);
                    anchor.setRow1(0);
                    anchor.setRow2(10);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(book.getCreationHelper().createRichTextString(note));
                    comment.setAuthor("CMS Statistics Workbench");
                    cell.setCellComment(comment);
                }
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Long || value instanceof Integer) {
                        cell.setCellValue(((Number) value).doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c, Math.max(12, table.columns().get(c).length() + 4) * 256);
            }
            if (!table.about().isEmpty()) {
                Sheet about = book.createSheet("about");
                for (int r = 0; r < table.about().size(); r++) {
                    about.createRow(r).createCell(0).setCellValue(table.about().get(r));
                }
                about.setColumnWidth(0, 100 * 256);
            }
            book.getProperties().getCoreProperties().setCreator("CMS Statistics Workbench");
            book.write(out);
        }
    }
}
