package cmsstats.workbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Streams a tabular file (CSV, gzip-compressed CSV, or XLSX) to a handler without holding it in memory. */
interface TabularReader {

    void read(Path file, TabularHandler handler) throws IOException, UnreadableFileException;

    /** Whether every row carries as many cells as the header (CSV); workbooks leave trailing empty cells out. */
    default boolean rowsHaveHeaderWidth() {
        return true;
    }

    /** The reader for a file, chosen by its content (a zip is a workbook), not only by its name. */
    static TabularReader forFile(Path file, String sheetName) throws IOException {
        return isZip(file) ? new XlsxTabularReader(sheetName) : new CsvTabularReader();
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return Arrays.equals(magic, new byte[] {'P', 'K', 3, 4});
        }
    }
}
