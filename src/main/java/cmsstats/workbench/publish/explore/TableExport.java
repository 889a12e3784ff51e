package cmsstats.workbench.publish.explore;

import cmsstats.workbench.publish.AtomicFiles;
import cmsstats.workbench.publish.CsvText;
import cmsstats.workbench.publish.release.Cell;
import cmsstats.workbench.publish.release.Column;
import cmsstats.workbench.publish.release.OdsReleaseWriter;
import cmsstats.workbench.publish.release.ReleaseWorkbook;
import cmsstats.workbench.publish.release.Sheet;
import cmsstats.workbench.publish.release.XlsxReleaseWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an explored table: XLSX and ODS through the release's writers (so the file passes the publication
 * check), CSV of the same table object (header and rows, text guarded against formulas), or JSON with the
 * query and exact figures. The file is written to a temporary sibling and moved into place.
 */
public final class TableExport {
    /** The formats, as the command line and the save dialog name them. */
    public enum Format {
        CSV, JSON, XLSX, ODS;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Format> fromId(String text) {
            return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(text.trim())).findFirst();
        }

        /** The format a file name asks for by its extension. */
        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : fromId(name.substring(dot + 1));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TableExport() {
    }

    public static void write(ShownTable shown, Format format, Path file, LocalDate created) throws IOException {
        AtomicFiles.write(file, temporary -> {
            switch (format) {
                case CSV -> Files.writeString(temporary, csv(shown), StandardCharsets.UTF_8);
                case JSON -> Files.writeString(temporary, json(shown), StandardCharsets.UTF_8);
                case XLSX -> {
                    try (OutputStream out = Files.newOutputStream(temporary)) {
                        XlsxReleaseWriter.write(workbook(shown, created), out);
                    }
                }
                case ODS -> Files.write(temporary, OdsReleaseWriter.write(workbook(shown, created)));
            }
        });
    }

    private static ReleaseWorkbook workbook(ShownTable shown, LocalDate created) {
        return ExploreWorkbook.of(shown, created);
    }

    /** The table object of the workbook as CSV: its header row, then its rows ([x] where there is no figure). */
    public static String csv(ShownTable shown) {
        Sheet.Table table = ExploreWorkbook.of(shown, LocalDate.EPOCH).sheets().get(3).table();
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", table.columns().stream().map(Column::header).map(CsvText::safe).toList()))
                .append('\n');
        for (List<Cell> row : table.rows()) {
            csv.append(String.join(",", row.stream().map(Cell::plain).map(CsvText::safe).toList())).append('\n');
        }
        return csv.toString();
    }

    /** The query and the shown figures, exact, with each column's measure and breakdown values. */
    public static String json(ShownTable shown) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", shown.title());
        root.put("query", QueryFile.asMap(shown.table().query()));
        List<Object> columns = new ArrayList<>();
        for (int c = 0; c < shown.columns(); c++) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("header", shown.header(c));
            column.put("measure", shown.table().columns().get(c).measure().id());
            column.put("breakdown_values", shown.table().columns().get(c).codes());
            columns.add(column);
        }
        root.put("columns", columns);
        List<Object> rows = new ArrayList<>();
        for (int r = 0; r < shown.rows(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", shown.table().periods().get(r).toString());
            row.put("label", shown.rowLabel(r));
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < shown.columns(); c++) {
                values.add(shown.shown(r, c));
            }
            row.put("values", values);
            rows.add(row);
        }
        root.put("rows", rows);
        if (shown.table().emptyReason() != null) {
            root.put("empty_reason", shown.table().emptyReason());
        }
        return JSON.writeValueAsString(root) + "\n";
    }
}
