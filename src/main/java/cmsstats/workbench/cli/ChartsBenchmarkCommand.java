package cmsstats.workbench.cli;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.publish.chart.ChartCatalog;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.chart.ChartLoader;
import cmsstats.workbench.publish.chart.ChartPainter;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.store.Store;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code benchmark charts}: on the generated sample, times for every release chart what a user's change costs:
 * loading the figures (warm, from the stored aggregates), a change of range or series (re-filtering the loaded
 * figures and drawing the chart at 960x640), a change of breakdown (loading again), and exporting SVG and PNG.
 * Medians of repeated runs, in milliseconds.
 */
@Command(name = "charts", description = "Time loading, re-filtering, drawing and exporting every release chart "
        + "on the generated sample.")
final class ChartsBenchmarkCommand implements Callable<Integer> {
    private static final int RUNS = 15;

    @ParentCommand
    private BenchmarksCommand benchmarks;

    @Option(names = "--scale", defaultValue = "1", description = "Sample scale (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = benchmarks.parent().out();
        Path work = Files.createTempDirectory("cms-charts-benchmark");
        try (Store store = MeasuresBenchmarkCommand.generateAndImport(work, scale, out)) {
            out.printf("%-22s %8s %10s %10s %10s %8s %8s%n", "chart (median ms)", "load", "range+draw", "series",
                    "breakdown", "svg", "png");
            ChartLoader loader = new ChartLoader(store);
            for (ChartSpec spec : ChartCatalog.all()) {
                ChartLoader.Request all = new ChartLoader.Request(spec, Optional.empty(), Optional.empty(),
                        Optional.empty(), true);
                ChartData data = loader.load(all);
                double load = median(() -> loader.load(all));
                if (data.months().size() < 3) {
                    out.printf("%-22s %8.1f  (too few months to re-range)%n", spec.id(), load);
                    continue;
                }
                List<String> names = data.series().stream().map(ChartData.Series::name).toList();
                double range = median(() -> draw(data.restrictedTo(data.months().get(1),
                        data.months().get(data.months().size() - 2), names)));
                double series = median(() -> draw(data.restrictedTo(data.months().get(0),
                        data.months().get(data.months().size() - 1), names.subList(0, 1))));
                Optional<Breakdown> split = spec.breakdowns().stream().findFirst();
                double breakdown = split.isEmpty() ? Double.NaN : median(() -> loader.load(new ChartLoader.Request(
                        spec, Optional.empty(), Optional.empty(), split, false)));
                Path svg = work.resolve(spec.id() + ".svg");
                Path png = work.resolve(spec.id() + ".png");
                double svgMs = median(() -> ChartExport.svg(data, ChartPainter.Options.ALL, svg, 960, 640));
                double pngMs = median(() -> ChartExport.png(data, ChartPainter.Options.ALL, png, 960, 640, 1));
                out.printf("%-22s %8.1f %10.1f %10.1f %10s %8.1f %8.1f%n", spec.id(), load, range, series,
                        Double.isNaN(breakdown) ? "-" : String.format("%.1f", breakdown), svgMs, pngMs);
                out.flush();
            }
        } finally {
            BenchmarkCommand.deleteTree(work);
        }
        out.println("range+draw and series: re-filter the loaded figures and draw them at 960x640 with Java2D; the "
                + "desktop re-filters the same way and rebuilds its JavaFX chart from them.");
        out.flush();
        return 0;
    }

    private static void draw(ChartData data) {
        BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartPainter.paint(g, data, ChartPainter.Options.ALL, 960, 640);
        g.dispose();
    }

    /** Work timed by the benchmark. */
    @FunctionalInterface
    private interface Timed {
        void run() throws IOException;
    }

    private static double median(Timed work) throws IOException {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
