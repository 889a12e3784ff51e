package cmsstats.workbench.publish.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip packages (XLSX, ODS) whose bytes depend only on their content: every entry gets the same fixed time, so the
 * same release written twice has the same SHA-256.
 */
final class FixedZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    /** Adds an entry, deflated, or stored as is (the ODS mimetype must be stored, first). */
    void put(String name, byte[] content, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    byte[] finish() throws IOException {
        zip.finish();
        zip.close();
        return bytes.toByteArray();
    }

    /** The same package with every entry's time fixed, entries in their order. */
    static byte[] normalise(byte[] packaged) throws IOException {
        FixedZip out = new FixedZip();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(packaged))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.put(entry.getName(), in.readAllBytes(), false);
            }
        }
        return out.finish();
    }
}
