package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.ingest.synthetic.SampleGenerator;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code benchmark measures}: generates the sample at full scale, imports it into a fresh store, and times the
 * whole catalogue over 36 months cold (computing and storing every family's aggregates) and warm, and single
 * measures warm. H2's reuse of identical query results is switched off, so warm figures are real reads.
 */
@Command(name = "measures", description = "Time every measure over 36 months on the full-scale sample: cold "
        + "(first computation) and warm (a store that has computed them once).")
final class MeasuresBenchmarkCommand implements Callable<Integer> {
    private static final YearMonth FROM = YearMonth.of(2013, 9);
    private static final YearMonth TO = YearMonth.of(2016, 8);

    @ParentCommand
    private BenchmarksCommand benchmarks;

    @Option(names = "--scale", defaultValue = "1", description = "Sample scale (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = benchmarks.parent().out();
        Path work = Files.createTempDirectory("cms-measures-benchmark");
        try {
            try (Store store = generateAndImport(work, scale, out)) {
                List<String> all = MeasureCatalog.all().stream().map(MeasureDefinition::id).toList();
                MeasureEngine engine = new MeasureEngine(store);
                out.printf("whole catalogue (%d measures), 36 months, cold: %.2f s%n", all.size(), time(engine, all));
                out.printf("whole catalogue, 36 months, warm: %.3f s%n", time(engine, all));
                double slowest = 0;
                String slowestId = "";
                for (String id : all) {
                    double t = time(engine, List.of(id));
                    if (t > slowest) {
                        slowest = t;
                        slowestId = id;
                    }
                }
                out.printf("single measure, 36 months, warm: slowest %s %.0f ms%n", slowestId, slowest * 1000);
            }
        } finally {
            BenchmarkCommand.deleteTree(work);
        }
        out.flush();
        return 0;
    }

    /** Generates the sample at a scale into {@code work} and imports it into a fresh store there. */
    static Store generateAndImport(Path work, double scale, PrintWriter out) throws IOException {
        long start = System.nanoTime();
        SampleGenerator.Written written = SampleGenerator.write(work.resolve("sample"),
                new SampleGenerator.Options(20161026, scale, false));
        out.printf("generated the sample at scale %s in %.1f s (%,d case_months rows)%n", scale, seconds(start),
                written.rows().get(ExtractKind.CASE_MONTHS));
        Store store = Store.open(work.resolve("store"));
        store.disableResultReuse();
        start = System.nanoTime();
        ExtractImporter importer = new ExtractImporter(store.extracts());
        for (Map.Entry<ExtractKind, Path> file : written.files().entrySet()) {
            ImportResult result = importer.importFile(file.getValue(), file.getKey(), TaskContext.silent());
            if (!result.accepted()) {
                store.close();
                throw new IllegalStateException(String.join("\n", result.problemReport()));
            }
        }
        out.printf("imported every extract in %.1f s%n", seconds(start));
        out.flush();
        return store;
    }

    private static double time(MeasureEngine engine, List<String> ids) {
        long start = System.nanoTime();
        engine.compute(new MeasureEngine.Request(ids, Optional.of(FROM), Optional.of(TO), Optional.empty()));
        return seconds(start);
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
