package cmsstats.workbench.ingest;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.task.TaskContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The synthetic extracts bundled with the workbench ({@code sample-datasets/} in the repository, copied into the
 * jar), imported into a fresh store on the first run so that a newcomer sees data at once. The list and the kind
 * of each file come from {@code sample-datasets/datasets.txt}: one {@code KIND FILE} pair a line.
 */
public final class SampleDatasets {
    private static final String ROOT = "/sample-datasets/";

    private SampleDatasets() {
    }

    /** A bundled file and the kind it holds. */
    public record Entry(ExtractKind kind, String file) {
    }

    /** The bundled files in import order (cases before case_months); empty if none are bundled. */
    public static List<Entry> entries() {
        try (InputStream in = SampleDatasets.class.getResourceAsStream(ROOT + "datasets.txt")) {
            if (in == null) {
                return List.of();
            }
            List<Entry> entries = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    String[] parts = text.split("\\s+");
                    ExtractKind kind = ExtractKind.fromId(parts[0]).orElseThrow(() ->
                            new IllegalStateException("datasets.txt names an unknown kind: " + parts[0]));
                    entries.add(new Entry(kind, parts[1]));
                }
            }
            entries.sort(Comparator.comparing(Entry::kind));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports every bundled file; stops at the first refusal, which would be a packaging fault. */
    public static List<ImportResult> importAll(ExtractImporter importer, TaskContext context) throws IOException {
        return importAll(importer, null, context);
    }

    /**
     * As {@link #importAll(ExtractImporter, TaskContext)}, the files copied out of the jar into a temporary
     * directory inside {@code workDirectory} (the store's own, so that no rows are written outside it), or the
     * system's when null.
     */
    public static List<ImportResult> importAll(ExtractImporter importer, Path workDirectory, TaskContext context)
            throws IOException {
        List<ImportResult> results = new ArrayList<>();
        Path temp = workDirectory == null ? Files.createTempDirectory("cms-sample")
                : Files.createTempDirectory(workDirectory, ".sample-");
        try {
            for (Entry entry : entries()) {
                Path file = temp.resolve(entry.file());
                try (InputStream in = SampleDatasets.class.getResourceAsStream(ROOT + entry.file())) {
                    if (in == null) {
                        throw new IllegalStateException("datasets.txt lists " + entry.file() + ", which is missing");
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                context.message("Loading sample data: " + entry.file());
                ImportResult result = importer.importFile(file, entry.file(), entry.kind(), context);
                results.add(result);
                if (!result.accepted()) {
                    break;
                }
            }
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(temp);
        }
        return results;
    }
}
