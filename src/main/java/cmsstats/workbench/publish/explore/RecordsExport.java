package cmsstats.workbench.publish.explore;

import cmsstats.workbench.measures.RecordsFinder;
import cmsstats.workbench.model.Periods;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.publish.PersonalData;
import cmsstats.workbench.publish.PlainTable;
import cmsstats.workbench.publish.PlainTableWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the records behind a figure as CSV or XLSX ({@link PlainTableWriter}: text never runs as a formula),
 * every record, in file order, with what they are on the workbook's about sheet. Callers warn first that the
 * file holds personal data ({@link PersonalData}).
 */
public final class RecordsExport {
    /** Rows read from the store at a time while writing. */
    public static final int CHUNK = 50_000;

    /** Reads one page of the records; the finder's own paging. */
    @FunctionalInterface
    public interface Pages {
        RecordsFinder.Records page(long offset, int limit);
    }

    private RecordsExport() {
    }

    /** What the records are, in words: "caseload_total, Aug 2016, where country is WALES: 1,234 rows". */
    public static String describe(RecordsFinder.Records records, String slice) {
        return records.measure().id() + ", " + Periods.span(records.first(), records.last())
                + (slice.isEmpty() ? "" : "," + slice) + ": "
                + records.describe() + " of " + records.version().kind().id() + " version "
                + records.version().id();
    }

    public static void write(Pages pages, String slice, Path file) throws IOException {
        RecordsFinder.Records first = pages.page(0, CHUNK);
        List<List<Object>> rows = new ArrayList<>();
        first.page().rows().forEach(row -> rows.add(new ArrayList<>(row)));
        for (long offset = CHUNK; offset < first.rows(); offset += CHUNK) {
            pages.page(offset, CHUNK).page().rows().forEach(row -> rows.add(new ArrayList<>(row)));
        }
        RowPage page = first.page();
        PlainTableWriter.write(new PlainTable("records", page.columns(), rows, List.of(describe(first, slice),
                "The measure's rule: " + first.measure().rule() + ".", PersonalData.WARNING)), file);
    }
}
