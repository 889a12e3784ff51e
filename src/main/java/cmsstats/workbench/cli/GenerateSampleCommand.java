package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.ingest.synthetic.SampleGenerator;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
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
 * {@code generate-sample}: synthetic extracts of every kind, August 2013 - August 2016; with {@code --check}, also
 * imports them into a temporary store and prints the workbench's measures beside the published figures.
 */
@Command(name = "generate-sample", description = "Write synthetic extracts of every kind (August 2013 - August "
        + "2016) that behave like the CMS 2012 scheme; deterministic for a seed. With --check, import them into a "
        + "temporary store and print generated against published figures.")
final class GenerateSampleCommand implements Callable<Integer> {
    /** The published figures and the band the generator is calibrated to hit (percent, or points for %). */
    private static final List<Object[]> BANDS = List.of(
            new Object[] {"caseload_total", "2016-08", 1.0}, new Object[] {"intake_total", "2016-08", 3.0},
            new Object[] {"fee_exemptions", "2016-08", 5.0}, new Object[] {"compliance_pct", "2016-08", 1.0},
            new Object[] {"cash_compliance_pct", "2016-08", 1.0}, new Object[] {"direct_pay_pct", "2016-08", 1.0},
            new Object[] {"arrears_gbp", "2016-08", 3.0}, new Object[] {"case_groups_with_arrears", "2016-08", 3.0},
            new Object[] {"liability_cumulative_gbp", "2016-08", 3.0}, new Object[] {"coc_received", "2016-07", 3.0},
            new Object[] {"coc_cleared_28d_pct", "2016-07", 2.0}, new Object[] {"mr_received", "2016-08", 5.0},
            new Object[] {"mr_cleared_20d_pct", "2016-08", 2.0}, new Object[] {"appeals_received", "2016-08", 10.0},
            new Object[] {"complaints_received", "2016-08", 10.0}, new Object[] {"calls_answered_pct", "2016-08", 1.0},
            new Object[] {"paying_cases", "2016-08", 3.0},
            new Object[] {"calls_answered_30s_pct", "2016-08", 1.0});
    private static final Map<String, Double> PUBLISHED = Map.ofEntries(
            Map.entry("caseload_total", 338_900.0), Map.entry("intake_total", 21_400.0),
            Map.entry("fee_exemptions", 3_540.0), Map.entry("compliance_pct", 88.0),
            Map.entry("cash_compliance_pct", 89.0), Map.entry("direct_pay_pct", 70.0),
            Map.entry("arrears_gbp", 77_500_000.0), Map.entry("case_groups_with_arrears", 93_500.0),
            Map.entry("liability_cumulative_gbp", 594_900_000.0), Map.entry("coc_received", 166_200.0),
            Map.entry("coc_cleared_28d_pct", 81.0), Map.entry("mr_received", 1_520.0),
            Map.entry("mr_cleared_20d_pct", 83.0), Map.entry("appeals_received", 140.0),
            Map.entry("complaints_received", 255.0), Map.entry("calls_answered_pct", 98.0),
            // children benefiting 281,100 / mean children per case 1.51 (ref. 002): the paying cases implied
            Map.entry("paying_cases", 186_159.0),
            Map.entry("calls_answered_30s_pct", 86.0));

    @ParentCommand
    private WorkbenchCommand parent;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
    private Path out;

    @Option(names = "--seed", defaultValue = "20161026", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--scale", defaultValue = "1", description = "Volume against the 2016 scheme, above 0 and at most "
            + "10 (default: ${DEFAULT-VALUE}, about 340,000 cases at the end; beyond 1, more cases of the same shape).")
    private double scale;

    @Option(names = "--gzip", description = "Compress the large files (case_months, service_requests, assessments).")
    private boolean gzip;

    @Option(names = "--check", description = "Also import into a temporary store and print generated against "
            + "published figures (counts and money divided by the scale).")
    private boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = parent.out();
        long start = System.nanoTime();
        SampleGenerator.Written written = SampleGenerator.write(out, new SampleGenerator.Options(seed, scale, gzip));
        StringBuilder manifest = new StringBuilder("# kind file: the extracts written by generate-sample --seed "
                + seed + " --scale " + scale + ", in import order\n");
        written.files().forEach((kind, file) -> manifest.append(kind.id()).append(' ')
                .append(file.getFileName()).append('\n'));
        Files.writeString(out.resolve("datasets.txt"), manifest);
        written.rows().forEach((kind, rows) -> o.printf("%-18s %,12d rows  %s%n", kind.id(), rows,
                written.files().get(kind)));
        o.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        o.flush();
        if (check) {
            check(written, o);
        }
        return 0;
    }

    private void check(SampleGenerator.Written written, PrintWriter o) throws IOException {
        Path storeDir = Files.createTempDirectory("cms-sample-check");
        try (Store store = Store.open(storeDir)) {
            ExtractImporter importer = new ExtractImporter(store);
            for (Map.Entry<ExtractKind, Path> file : written.files().entrySet()) {
                long t = System.nanoTime();
                ImportResult result = importer.importFile(file.getValue(), file.getKey(), TaskContext.silent());
                if (!result.accepted()) {
                    throw new IllegalStateException(String.join("\n", result.problemReport()));
                }
                o.printf("imported %-18s in %.1f s%n", file.getKey().id(), (System.nanoTime() - t) / 1e9);
                o.flush();
            }
            MeasureEngine engine = new MeasureEngine(store);
            o.printf("%n%-26s %-8s %15s %15s %9s %7s  %s%n", "measure", "period", "published", "generated", "diff",
                    "band", "");
            int inside = 0;
            for (Object[] band : BANDS) {
                String id = (String) band[0];
                YearMonth period = YearMonth.parse((String) band[1]);
                MeasureDefinition definition = MeasureCatalog.find(id).orElseThrow();
                List<MeasureValue> values = engine.compute(new MeasureEngine.Request(List.of(id),
                        Optional.of(period), Optional.of(period), Optional.empty()));
                BigDecimal value = values.get(0).value();
                boolean percent = definition.unit() == MeasureUnit.PERCENT;
                double generated = value == null ? Double.NaN
                        : percent ? value.doubleValue() : value.doubleValue() / scale;
                double published = PUBLISHED.get(id);
                double diff = percent ? generated - published : 100 * (generated - published) / published;
                boolean ok = Math.abs(diff) <= (double) band[2];
                inside += ok ? 1 : 0;
                o.printf("%-26s %-8s %,15.1f %,15.1f %+8.1f%s %6.1f%s  %s%n", id, period, published, generated, diff,
                        percent ? "pt" : "%", (double) band[2], percent ? "pt" : "%", ok ? "ok" : "OUTSIDE");
            }
            o.printf("%d of %d within their bands%n", inside, BANDS.size());
            o.flush();
        } finally {
            BenchmarkCommand.deleteTree(storeDir);
        }
    }
}
