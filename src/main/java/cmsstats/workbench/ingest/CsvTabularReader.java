package cmsstats.workbench.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * CSV as docs/EXTRACTS.md defines it: UTF-8 (a BOM allowed), comma separated, RFC 4180 quoting, a header row,
 * optionally gzip-compressed. Parsed by FastCSV, which reports each record's starting physical line.
 * Text that is not UTF-8, or quoting that breaks RFC 4180, makes the file unreadable rather than guessed at.
 */
final class CsvTabularReader implements TabularReader {
    private static final int GZIP_MAGIC = 0x8b1f;

    @Override
    public void read(Path file, TabularHandler handler) throws IOException, UnreadableFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             Reader reader = open(channel);
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .ignoreDifferentFieldCount(true)
                     .skipEmptyLines(false)
                     .acceptCharsAfterQuotes(false)
                     .ofCsvRecord(reader)) {
            long total = channel.size();
            boolean headerSeen = false;
            long lastLine = 1;
            long rows = 0;
            try {
                for (CsvRecord record : csv) {
                    lastLine = record.getStartingLineNumber();
                    if (isBlank(record)) {
                        handler.blankLine(lastLine);
                    } else if (!headerSeen) {
                        if (lastLine != 1) {
                            throw new UnreadableFileException(1, "the first line is empty (expected the header row)",
                                    null);
                        }
                        handler.header(List.copyOf(record.getFields()));
                        headerSeen = true;
                    } else {
                        handler.row(lastLine, record.getFields().toArray(String[]::new));
                    }
                    if ((++rows & 0x3FF) == 0) {
                        handler.progress(channel.position(), total);
                    }
                }
            } catch (CsvParseException e) {
                throw new UnreadableFileException(lastLine + 1,
                        "broken CSV quoting: " + e.getMessage() + " (expected RFC 4180: a quoted field ends with "
                                + "a quote followed by a comma or the end of the line)", e);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new UnreadableFileException(lastLine + 1, "the text is not valid UTF-8 (expected a UTF-8 "
                            + "encoded file; re-save it as \"CSV UTF-8\")", e);
                }
                if (e.getCause() instanceof java.util.zip.ZipException
                        || e.getCause() instanceof java.io.EOFException) {
                    throw new UnreadableFileException(lastLine + 1, "the gzip compression is damaged ("
                            + e.getCause().getMessage() + "; expected a complete .csv.gz file: compress the CSV "
                            + "again)", e);
                }
                throw e.getCause();
            }
            if (!headerSeen) {
                throw new UnreadableFileException(1, "the file is empty (expected a header row)", null);
            }
            handler.progress(total, total);
        }
    }

    private static Reader open(FileChannel channel) throws IOException {
        InputStream in = new BufferedInputStream(java.nio.channels.Channels.newInputStream(channel), 1 << 16);
        in.mark(2);
        int magic = in.read() | (in.read() << 8);
        in.reset();
        if (magic == GZIP_MAGIC) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        skipByteOrderMark(in);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
    }

    private static boolean isBlank(CsvRecord record) {
        return record.getFieldCount() == 1 && record.getField(0).isBlank();
    }
}
