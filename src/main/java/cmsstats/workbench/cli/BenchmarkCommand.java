package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.CsvReadBaseline;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;
import org.apache.commons.io.file.PathUtils;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code benchmark import}: writes a synthetic {@code case_months} CSV (and the cases it refers to), imports it
 * into a fresh store with full validation, and loads the same file with H2's bare CSVREAD in the same run.
 * Prints rows per second, seconds, peak heap and the ratio of the two times (goal: below 1.0), over several
 * rounds that alternate which load runs first, so JIT warm-up and disk caches favour neither.
 */
@Command(name = "import", description = "Measure the import against H2's bare CSVREAD on a generated "
        + "case_months file, in a fresh temporary store (the --db store is not touched).")
final class BenchmarkCommand implements Callable<Integer> {
    private static final int MONTHS_PER_CASE = 10;

    @ParentCommand
    private BenchmarksCommand benchmarks;
    private WorkbenchCommand parent;

    @Option(names = "--rows", defaultValue = "1000000", description = "case_months rows (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds, alternating which load goes first; "
            + "medians are reported (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--dir", paramLabel = "DIR", description = "Work directory (default: a new temporary one, "
            + "deleted afterwards).")
    private Path directory;

    @Override
    public Integer call() throws IOException {
        parent = benchmarks.parent();
        boolean temporary = directory == null;
        Path work = temporary ? Files.createTempDirectory("cms-benchmark") : Files.createDirectories(directory);
        PrintWriter out = parent.out();
        try {
            Path cases = work.resolve("cases.csv");
            Path caseMonths = work.resolve("case_months.csv");
            int caseCount = Math.max(1, rows / MONTHS_PER_CASE);
            writeCases(cases, caseCount);
            writeCaseMonths(caseMonths, caseCount, rows);
            out.printf("file: %s (%,d rows, %.1f MB)%n", caseMonths, rows, Files.size(caseMonths) / 1e6);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            out.printf("max heap: %.0f MB (JVM default unless -Xmx was given)%n",
                    memory.getHeapMemoryUsage().getMax() / 1e6);
            double[] imports = new double[rounds];
            double[] baselines = new double[rounds];
            long peakHeap = 0;
            for (int round = 0; round < rounds; round++) {
                Path roundDir = Files.createDirectories(work.resolve("round-" + round));
                boolean baselineFirst = round % 2 == 1;
                if (baselineFirst) {
                    baselines[round] = timeBaseline(roundDir, caseMonths);
                }
                try (HeapSampler heap = new HeapSampler()) {
                    imports[round] = timeImport(roundDir, cases, caseMonths);
                    peakHeap = Math.max(peakHeap, heap.peak());
                }
                if (!baselineFirst) {
                    baselines[round] = timeBaseline(roundDir, caseMonths);
                }
                out.printf("round %d: validated import %.2f s (%,.0f rows/s), H2 CSVREAD %.2f s, ratio %.2f%n",
                        round + 1, imports[round], rows / imports[round], baselines[round],
                        imports[round] / baselines[round]);
            }
            double importMedian = median(imports);
            double baselineMedian = median(baselines);
            out.printf("validated import (median): %.2f s, %,.0f rows/s, peak heap %.0f MB%n", importMedian,
                    rows / importMedian, peakHeap / 1e6);
            out.printf("H2 CSVREAD, CREATE TABLE AS, no validation (median): %.2f s%n", baselineMedian);
            out.printf("ratio import / CSVREAD (medians): %.2f (goal below 1.0)%n", importMedian / baselineMedian);
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
        out.flush();
        return 0;
    }

    /** Imports the cases (untimed), then times the validated case_months import into a fresh store. */
    private static double timeImport(Path directory, Path cases, Path caseMonths) throws IOException {
        try (Store store = Store.open(directory.resolve("store"))) {
            ExtractImporter importer = new ExtractImporter(store);
            require(importer.importFile(cases, ExtractKind.CASES, TaskContext.silent()));
            System.gc();
            long start = System.nanoTime();
            ImportResult result = importer.importFile(caseMonths, ExtractKind.CASE_MONTHS, TaskContext.silent());
            double seconds = (System.nanoTime() - start) / 1e9;
            require(result);
            return seconds;
        }
    }

    private static double timeBaseline(Path directory, Path caseMonths) {
        System.gc();
        long start = System.nanoTime();
        CsvReadBaseline.load(directory.resolve("baseline"), caseMonths);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void require(ImportResult result) {
        if (!result.accepted()) {
            throw new IllegalStateException("benchmark data refused: " + String.join("; ", result.problemReport()));
        }
    }

    private static void writeCases(Path file, int count) throws IOException {
        Random random = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("case_id,case_group_id,application_type,application_date,closed_date,qualifying_children,"
                    + "fee_status,country,prior_csa\n");
            for (int c = 0; c < count; c++) {
                w.write("C" + c + ",G" + (c / 2) + ",NEW,2015-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + ",," + (1 + random.nextInt(3)) + ",PAID,ENGLAND," + (random.nextBoolean() ? "Y" : "N")
                        + "\n");
            }
        }
    }

    private static void writeCaseMonths(Path file, int caseCount, int rows) throws IOException {
        Random random = new Random(2);
        YearMonth first = YearMonth.of(2015, 10);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("case_id,month,service_type,liability_gbp,paid_gbp,arrears_gbp\n");
            for (int r = 0; r < rows; r++) {
                int c = r % caseCount;
                YearMonth month = first.plusMonths(r / caseCount);
                boolean direct = random.nextInt(10) < 7;
                String liability = (20 + random.nextInt(400)) + "." + random.nextInt(10) + "0";
                String paid = direct ? "" : random.nextInt(400) + "." + (10 + random.nextInt(90));
                w.write("C" + c + "," + month + "," + (direct ? "DP" : "CP") + "," + liability + "," + paid + ","
                        + (direct ? "0" : random.nextInt(2000) + ".00") + "\n");
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        PathUtils.deleteDirectory(root);
    }

    /** Samples the used heap every few milliseconds to find its peak during a run. */
}
