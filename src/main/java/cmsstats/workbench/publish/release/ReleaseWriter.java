package cmsstats.workbench.publish.release;

import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.publish.AtomicFiles;
import cmsstats.workbench.publish.CsvText;
import cmsstats.workbench.publish.chart.ChartCatalog;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.chart.ChartLoader;
import cmsstats.workbench.publish.chart.ChartPainter;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Writes the release to a directory: the workbook as XLSX and ODS, a CSV per table, every chart as SVG and PNG (1x
 * and 2x, alt text beside) with its figures as CSV, and {@code manifest.json} (workbench version, extract versions,
 * options, the SHA-256 of every file). Everything is written to a staging directory first and each workbook is
 * run through {@link ReleaseChecker}: a breach refuses the release and leaves the target directory untouched.
 * The same extracts and options give byte-identical files (fixed document dates and zip entry times, sorted
 * listings).
 */
public final class ReleaseWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReleaseWriter.class);
    /** The formats a release can include, comma-separated (the command line's default: all). */
    public static final String ALL_FORMATS = "xlsx,ods,csv,svg,png";
    /** The formats a release can include. */
    public static final List<String> FORMATS = List.of(ALL_FORMATS.split(","));
    /** How many names {@link #sample} shows before "and N more". */
    private static final int NAMES_SHOWN = 5;

    private final Store store;

    public ReleaseWriter(Store store) {
        this.store = store;
    }

    /** The written release: where, its warnings, and its files (relative paths, sorted). */
    public record Written(Path directory, List<String> warnings, List<String> files) {
    }

    /** A release refused by the publication check; nothing was written to the target. */
    public static final class RefusedException extends RuntimeException {
        private final List<WorkbookView.Breach> breaches;

        public RefusedException(List<WorkbookView.Breach> breaches) {
            super("the release breaks " + breaches.size() + " publication rule(s); nothing written");
            this.breaches = List.copyOf(breaches);
        }

        public List<WorkbookView.Breach> breaches() {
            return breaches;
        }
    }

    public Written write(ReleaseOptions options, Set<String> formats, Path directory, TaskContext context)
            throws IOException {
        for (String format : formats) {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown format '" + format + "' (expected some of "
                        + String.join(",", FORMATS) + ")");
            }
        }
        context.message("Computing the tables\u2026");
        ReleaseBuilder.Built built = new ReleaseBuilder(store).build(options);
        Path parent = directory.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".release-");
        try {
            String stem = "cms-statistics-" + options.period();
            List<WorkbookView.Breach> breaches = new ArrayList<>();
            if (formats.contains("xlsx")) {
                context.message("Writing and checking the XLSX workbook\u2026");
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                XlsxReleaseWriter.write(built.workbook(), xlsx);
                Path file = staging.resolve(stem + ".xlsx");
                Files.write(file, FixedZip.normalise(xlsx.toByteArray()));
                breaches.addAll(ReleaseChecker.check(file));
            }
            if (formats.contains("ods")) {
                context.message("Writing and checking the ODS workbook\u2026");
                Path file = staging.resolve(stem + ".ods");
                Files.write(file, OdsReleaseWriter.write(built.workbook()));
                breaches.addAll(ReleaseChecker.check(file));
            }
            if (!breaches.isEmpty()) {
                throw new RefusedException(breaches);
            }
            if (formats.contains("csv")) {
                writeCsv(built.workbook(), staging.resolve("csv"));
            }
            if (formats.contains("svg") || formats.contains("png")) {
                writeCharts(options, formats, staging.resolve("charts"), context);
            }
            cancelled(context);
            List<String> files = listing(staging);
            writeManifest(options, formats, built.extracts(), staging, files);
            files = listing(staging);
            publish(staging, directory);
            audit(options, directory, built.extracts(), files.size());
            LOG.info("release {} written: {} files, {} tables without figures", options.period(), files.size(),
                    built.warnings().size());
            return new Written(directory, built.warnings(), files);
        } finally {
            deleteTree(staging);
        }
    }

    private static void writeCsv(ReleaseWorkbook workbook, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Sheet sheet : workbook.sheets()) {
            if (sheet.table() == null || sheet.name().equals("Contents") || sheet.name().equals("Notes")) {
                continue;
            }
            StringBuilder csv = new StringBuilder();
            csv.append(String.join(",", sheet.table().columns().stream().map(c -> CsvText.safe(c.header())).toList()))
                    .append("\r\n");
            for (List<Cell> row : sheet.table().rows()) {
                csv.append(String.join(",", row.stream().map(c -> CsvText.safe(c.plain())).toList())).append("\r\n");
            }
            Files.writeString(dir.resolve(sheet.name().toLowerCase(Locale.ROOT) + ".csv"), csv, StandardCharsets.UTF_8);
        }
    }

    private void writeCharts(ReleaseOptions options, Set<String> formats, Path dir, TaskContext context)
            throws IOException {
        Files.createDirectories(dir);
        ChartLoader loader = new ChartLoader(store);
        List<ChartSpec> specs = ChartCatalog.all();
        for (int i = 0; i < specs.size(); i++) {
            cancelled(context);
            ChartSpec spec = specs.get(i);
            context.message("Drawing chart " + (i + 1) + " of " + specs.size() + ": " + spec.name());
            context.progress(i, specs.size());
            ChartData data;
            try {
                data = loader.load(new ChartLoader.Request(spec, Optional.of(options.from()),
                        Optional.of(options.period()), Optional.empty(), false));
            } catch (cmsstats.workbench.measures.MeasureException noData) {
                continue; // no extract for this chart: its table says why
            }
            ChartPainter.Options drawing = ChartPainter.Options.ALL;
            int w = ChartExport.DEFAULT_WIDTH;
            int h = ChartExport.DEFAULT_HEIGHT;
            if (formats.contains("svg")) {
                ChartExport.svg(data, drawing, dir.resolve(spec.id() + ".svg"), w, h);
            }
            if (formats.contains("png")) {
                ChartExport.png(data, drawing, dir.resolve(spec.id() + ".png"), w, h, 1);
                ChartExport.png(data, drawing, dir.resolve(spec.id() + "@2x.png"), w, h, 2, false);
            }
            ChartExport.csv(data, dir.resolve(spec.id() + ".csv"));
        }
    }

    private static void cancelled(TaskContext context) {
        if (context.isCancelled()) {
            throw new CancellationException("the release was cancelled; nothing written");
        }
    }

    /** Records the release in the audit trail: its folder, its manifest's SHA-256 and the extract versions used. */
    private void audit(ReleaseOptions options, Path directory, List<ExtractVersion> extracts, int files)
            throws IOException {
        Path manifest = directory.resolve("manifest.json");
        String used = extracts.isEmpty() ? "no extract versions" : (extracts.size() == 1 ? "extract version "
                : "extract versions ") + String.join(", ", extracts.stream().map(v -> Long.toString(v.id())).toList());
        store.audit().record(AuditAction.RELEASE_WRITTEN, AuditSubject.NONE
                .withFile(manifest.getFileName().toString(), sha256(manifest))
                .withReleaseFolder(directory.toAbsolutePath().normalize().toString())
                .withDetail("release " + options.period() + " (" + options.status() + "), " + files + " files, "
                        + used));
    }

    private void writeManifest(ReleaseOptions options, Set<String> formats, List<ExtractVersion> extracts,
                               Path staging, List<String> files) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("workbench_version", WorkbenchVersion.get());
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("period", options.period().toString());
        release.put("from", options.from().toString());
        release.put("release_date", options.releaseDate().toString());
        release.put("next_release", options.nextRelease().toString());
        release.put("status", options.status());
        manifest.put("release", release);
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("formats", FORMATS.stream().filter(formats::contains).toList());
        chosen.put("tables", options.tables().isEmpty() ? ReleaseTables.all().stream().map(TableDef::id).toList()
                : options.tables());
        chosen.put("unrounded", options.unrounded().stream().sorted().toList());
        chosen.put("suppression_threshold", options.threshold());
        manifest.put("options", chosen);
        manifest.put("extracts", extracts.stream().map(v -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", v.id());
            e.put("kind", v.kind().id());
            e.put("file", v.sourceFile());
            e.put("sha256", v.sha256());
            e.put("rows", v.rowCount());
            // the audit event of the version's import (null for a version imported before the audit trail)
            e.put("import_audit_id", store.audit().importOf(v.id()).orElse(null));
            return e;
        }).toList());
        List<Map<String, Object>> listed = new ArrayList<>();
        for (String file : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file);
            entry.put("sha256", sha256(staging.resolve(file)));
            entry.put("bytes", Files.size(staging.resolve(file)));
            listed.add(entry);
        }
        manifest.put("files", listed);
        Files.writeString(staging.resolve("manifest.json"), new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * The files already in a folder (relative paths, sorted), so that a release is never mixed with them silently;
     * empty when the folder does not exist.
     */
    public static List<String> othersIn(Path directory) throws IOException {
        return Files.isDirectory(directory) ? listing(directory) : List.of();
    }

    /** A few of the names, for a message: "a, b, c, d, e and 7 more". */
    public static String sample(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN ? shown : shown + " and " + (names.size() - NAMES_SHOWN) + " more";
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Moves the staged files into the target directory, replacing files of the same name. */
    private static void publish(Path staging, Path directory) throws IOException {
        for (String file : listing(staging)) {
            Path target = directory.resolve(file);
            Files.createDirectories(target.getParent());
            Path source = staging.resolve(file);
            AtomicFiles.write(target, temporary -> Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING));
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // a staging directory left behind is harmless; the release itself is complete or absent
        }
    }
}
