package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.ingest.synthetic.SampleGenerator;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code benchmark measures}: generates the sample at a scale, imports every kind into a fresh store (seconds and
 * rows per second per kind), then times the whole catalogue over 36 months the first time after the import, each
 * family with each of its breakdowns the first time and warm, and reports the peak heap and process memory.
 */
@Command(name = "measures", description = "Import the sample at a scale into a fresh store, then time the "
        + "whole catalogue and every family with each of its breakdowns, first time and warm.")
final class MeasuresBenchmarkCommand implements Callable<Integer> {
    private static final YearMonth FROM = YearMonth.of(2013, 9);
    private static final YearMonth TO = YearMonth.of(2016, 8);

    @ParentCommand
    private BenchmarksCommand benchmarks;

    @Option(names = "--scale", defaultValue = "1", description = "Sample scale, above 0 and at most "
            + SampleGenerator.MAX_SCALE + " (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work directory (default: a new temporary one, "
            + "deleted afterwards).")
    private Path directory;

    @Option(names = "--protected", description = "Protect the fresh store with a (random) password, to measure "
            + "what encryption costs; also times reopening it, which rebuilds its analytic copy in memory.")
    private boolean protect;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = benchmarks.parent().out();
        boolean temporary = directory == null;
        Path work = temporary ? Files.createTempDirectory("cms-measures-benchmark")
                : Files.createDirectories(directory);
        out.printf("max heap: %.0f MB; %d processors%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1e6,
                Runtime.getRuntime().availableProcessors());
        char[] password = protect ? randomPassword() : null;
        try (HeapSampler heap = new HeapSampler(); Store store = generateAndImport(work, scale, out, password)) {
            List<String> all = MeasureCatalog.all().stream().map(MeasureDefinition::id).toList();
            MeasureEngine engine = new MeasureEngine(store);
            out.printf("whole catalogue (%d measures), 36 months, first time: %.2f s%n", all.size(),
                    time(engine, all, Optional.empty()));
            out.printf("whole catalogue, 36 months, again: %.2f s%n", time(engine, all, Optional.empty()));
            out.printf("%-22s %-18s %12s %10s%n", "family", "breakdown", "first (ms)", "warm (ms)");
            double slowest = 0;
            String slowestName = "";
            for (Map.Entry<String, List<MeasureDefinition>> family : families().entrySet()) {
                List<String> ids = family.getValue().stream().map(MeasureDefinition::id).toList();
                List<Optional<Breakdown>> splits = new ArrayList<>();
                splits.add(Optional.empty());
                family.getValue().get(0).breakdowns().forEach(b -> splits.add(Optional.of(b)));
                for (Optional<Breakdown> split : splits) {
                    double first = time(engine, ids, split);
                    double warm = time(engine, ids, split);
                    String name = split.map(Breakdown::id).orElse("(none)");
                    out.printf("%-22s %-18s %12.0f %10.0f%n", family.getKey(), name, first * 1000, warm * 1000);
                    if (first > slowest) {
                        slowest = first;
                        slowestName = family.getKey() + " by " + name;
                    }
                }
                out.flush();
            }
            out.printf("slowest family and breakdown, first time: %s, %.0f ms%n", slowestName, slowest * 1000);
            store.close();
            long reopen = System.nanoTime();
            try (Store again = password == null ? Store.open(work.resolve("store"))
                    : Store.openProtected(work.resolve("store"), password)) {
                double opened = seconds(reopen);
                again.analytics().rebuildMissing(cmsstats.workbench.task.TaskContext.silent());
                out.printf("reopened the store in %.2f s; analytic copy ready %.2f s after opening (%s)%n", opened,
                        seconds(reopen) - opened, again.analytics().inMemory() ? "rebuilt in memory from H2"
                                : "the file kept from before");
            }
            out.printf("peak heap: %.0f MB; peak process memory: %s%n", heap.peak() / 1e6,
                    HeapSampler.peakProcessMemory().map(bytes -> String.format("%.0f MB", bytes / 1e6))
                            .orElse("unknown on this system"));
        } finally {
            if (temporary) {
                BenchmarkCommand.deleteTree(work);
            }
        }
        out.flush();
        return 0;
    }

    /** The catalogue's measures by family, in catalogue order, leaving out those read from stored samples. */
    private static Map<String, List<MeasureDefinition>> families() {
        Map<String, List<MeasureDefinition>> families = new LinkedHashMap<>();
        MeasureCatalog.all().stream().filter(d -> !d.familyId().equals("children") && !d.familyId().equals("accuracy"))
                .forEach(d -> families.computeIfAbsent(d.familyId(), f -> new ArrayList<>()).add(d));
        return families;
    }

    /** Generates the sample at a scale into {@code work} and imports it into a fresh store there. */
    static Store generateAndImport(Path work, double scale, PrintWriter out) throws IOException {
        return generateAndImport(work, scale, out, null);
    }

    private static char[] randomPassword() {
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random).toCharArray();
    }

    /** As {@link #generateAndImport(Path, double, PrintWriter)}, the store protected by {@code password} if any. */
    static Store generateAndImport(Path work, double scale, PrintWriter out, char[] password) throws IOException {
        long start = System.nanoTime();
        SampleGenerator.Written written = SampleGenerator.write(work.resolve("sample"),
                new SampleGenerator.Options(20161026, scale, false));
        out.printf("generated the sample at scale %s in %.1f s (%,d case_months rows)%n", scale, seconds(start),
                written.rows().get(ExtractKind.CASE_MONTHS));
        Store store = password == null ? Store.open(work.resolve("store"))
                : Store.openProtected(work.resolve("store"), password);
        long all = System.nanoTime();
        ExtractImporter importer = new ExtractImporter(store);
        for (Map.Entry<ExtractKind, Path> file : written.files().entrySet()) {
            long begin = System.nanoTime();
            ImportResult result = importer.importFile(file.getValue(), file.getKey(), TaskContext.silent());
            if (!result.accepted()) {
                store.close();
                throw new IllegalStateException(String.join("\n", result.problemReport()));
            }
            double took = seconds(begin);
            long rows = result.version().rowCount();
            out.printf("import %-17s %,11d rows %7.2f s %,11.0f rows/s%n", file.getKey().id(), rows, took,
                    rows / took);
            out.flush();
        }
        out.printf("imported every extract in %.1f s%n", seconds(all));
        out.flush();
        return store;
    }

    private static double time(MeasureEngine engine, List<String> ids, Optional<Breakdown> breakdown) {
        long start = System.nanoTime();
        engine.compute(new MeasureEngine.Request(ids, Optional.of(FROM), Optional.of(TO), breakdown));
        return seconds(start);
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
