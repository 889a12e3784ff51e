package cmsstats.workbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX as docs/EXTRACTS.md defines it: the header in the first row of the sheet named as the kind, or else of the
 * first sheet. The sheet is streamed with POI's SAX event API (never loaded as a DOM); cells are read through
 * {@link ContractCellFormatter} so that dates and numbers come out as the contract writes them.
 * Line numbers are the sheet's row numbers (row 1 = header).
 */
final class XlsxTabularReader implements TabularReader {
    private final String preferredSheet;

    XlsxTabularReader(String preferredSheet) {
        this.preferredSheet = preferredSheet;
    }

    @Override
    public boolean rowsHaveHeaderWidth() {
        return false;
    }

    @Override
    public void read(java.nio.file.Path file, TabularHandler handler) throws IOException, UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            int sheetIndex = chooseSheet(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; i < sheetIndex; i++) {
                sheets.next().close();
            }
            try (InputStream raw = sheets.next()) {
                long total = Math.max(0, sheets.getSheetPart().getSize());
                BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get();
                RowCollector rows = new RowCollector(handler, counted, total);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg, false), rows, new ContractCellFormatter(), false));
                parser.parse(new InputSource(counted));
                rows.finish();
                handler.progress(total, total);
            }
        } catch (HeaderMissing e) {
            throw new UnreadableFileException(1, e.getMessage(), e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableFileException(0, "not an XLSX workbook (expected an Excel .xlsx file or a CSV file)",
                    e);
        } catch (OpenXML4JException | SAXException e) {
            throw new UnreadableFileException(0, "the workbook is damaged: " + e.getMessage()
                    + " (expected a workbook that Excel opens)", e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser available", e);
        }
    }

    private int chooseSheet(XSSFReader reader) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        int index = 0;
        while (sheets.hasNext()) {
            sheets.next().close();
            if (sheets.getSheetName().trim().equalsIgnoreCase(preferredSheet)) {
                return index;
            }
            index++;
        }
        return 0;
    }

    /** Gathers each row's cells by column, passes the first row on as the header and the rest as rows. */
    private static final class RowCollector implements SheetContentsHandler {
        private final TabularHandler handler;
        private final BoundedInputStream counted;
        private final long total;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        private int lastRow = -1;
        private boolean headerSeen;

        RowCollector(TabularHandler handler, BoundedInputStream counted, long total) {
            this.handler = handler;
            this.counted = counted;
            this.total = total;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
            for (int skipped = lastRow + 1; skipped < rowNum && headerSeen; skipped++) {
                handler.blankLine(skipped + 1L);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            lastRow = rowNum;
            long line = rowNum + 1L;
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (!headerSeen) {
                if (rowNum != 0 || blank) {
                    throw new HeaderMissing();
                }
                handler.header(cells.stream().map(c -> c == null ? "" : c).toList());
                headerSeen = true;
            } else if (blank) {
                handler.blankLine(line);
            } else {
                handler.row(line, cells.toArray(String[]::new));
            }
            if ((rowNum & 0x3FF) == 0) {
                handler.progress(counted.getCount(), total);
            }
        }

        void finish() {
            if (!headerSeen) {
                throw new HeaderMissing();
            }
        }
    }

    /** Row 1 of the sheet holds no header. */
    static final class HeaderMissing extends RuntimeException {
        HeaderMissing() {
            super("row 1 of the sheet is empty (expected the header row in row 1)", null, false, false);
        }
    }
}
