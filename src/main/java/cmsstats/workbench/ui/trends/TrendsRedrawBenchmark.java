package cmsstats.workbench.ui.trends;

import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.FxDialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark trends}: times what a statistician waits for in the Trends view, on a real JavaFX scene: for
 * every chart, a change of range, a series switched off and on, and a change of breakdown, each to the end of
 * the scene's CSS and layout pass (what the next frame draws). Medians in milliseconds. Needs a display (on a
 * server, run it under xvfb-run); works on any store with data, such as the bundled sample's.
 */
@Command(name = "trends", description = "Time the Trends view's redraws on a real JavaFX scene (needs a display; "
        + "use xvfb-run on a server).")
public final class TrendsRedrawBenchmark implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "A store with data (such as the "
            + "one the desktop opened with the sample data).")
    private Path store;

    @Option(names = "--runs", defaultValue = "15", paramLabel = "N", description = "Repeats per figure "
            + "(default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws Exception {
        try (Store opened = Store.open(store)) {
            CountDownLatch started = new CountDownLatch(1);
            try {
                Platform.startup(started::countDown);
            } catch (UnsupportedOperationException noDisplay) {
                System.err.println("cms-workbench: no display for JavaFX (run under xvfb-run on a server)");
                return 1;
            }
            started.await();
            FutureTask<List<String>> timing = new FutureTask<>(() -> measure(opened));
            Platform.runLater(timing);
            List<String> lines = timing.get();
            Platform.exit();
            lines.forEach(System.out::println);
        }
        return 0;
    }

    private static final int MANY_MOVES = 1_000;

    private List<String> measure(Store opened) {
        Stage stage = new Stage();
        TrendsViewModel model = new TrendsViewModel(opened, new CurrentThreadTaskExecutor(),
                new FxDialogService(stage));
        Scene scene = new Scene(new TrendsView(model), 1280, 800);
        cmsstats.workbench.ui.WorkbenchApplication.style(scene);
        stage.setScene(scene);
        stage.show();
        model.refresh();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.UK, "%-22s %7s %8s %13s %10s %10s %10s", "chart (ms)", "months", "chosen",
                "split, first", "range", "series", "breakdown"));
        for (ChartSpec spec : model.charts()) {
            double chosen = timed(() -> {
                model.chart().set(spec);
                pass(scene);
            });
            double slowestFirstSplit = 0;
            for (TrendsViewModel.BreakdownChoice split : model.breakdowns().subList(1, model.breakdowns().size())) {
                slowestFirstSplit = Math.max(slowestFirstSplit, timed(() -> {
                    model.breakdown().set(split);
                    pass(scene);
                }));
            }
            if (model.breakdowns().size() > 1) {
                model.breakdown().set(model.breakdowns().get(0));
                pass(scene);
            }
            int months = model.loaded().get() == null ? 0 : model.loaded().get().months().size();
            if (months < 3) {
                lines.add(String.format(Locale.UK, "%-22s %7d  (too few months)", spec.id(), months));
                continue;
            }
            double range = median(i -> {
                model.rangeLow().set(i % 2);
                pass(scene);
            });
            String first = model.seriesNames().get(0);
            double series = median(i -> {
                model.visible(first).set(i % 2 == 1);
                pass(scene);
            });
            model.visible(first).set(true);
            String breakdown = "-";
            if (model.breakdowns().size() > 1) {
                breakdown = String.format(Locale.UK, "%.1f", median(i -> {
                    model.breakdown().set(model.breakdowns().get(i % 2 == 0 ? 1 : 0));
                    pass(scene);
                }));
                model.breakdown().set(model.breakdowns().get(0));
            }
            model.resetRange();
            lines.add(String.format(Locale.UK, "%-22s %7d %8.0f %13s %10.1f %10.1f %10s", spec.id(), months, chosen,
                    model.breakdowns().size() > 1 ? String.format(Locale.UK, "%.0f", slowestFirstSplit) : "-", range,
                    series, breakdown));
        }
        lines.add(flatAfterManyMoves(model, scene));
        stage.close();
        lines.add("Each figure runs the view model's change and the scene's CSS and layout pass on the FX thread. "
                + "chosen: the chart picked the first time; split, first: the slowest of its breakdowns picked the "
                + "first time; range, series, breakdown: medians of repeated changes. Choosing a chart or a "
                + "breakdown includes computing its family on the analytic engine.");
        return lines;
    }

    /**
     * The range slider's redraw before and after 1,000 moves on the first chart: a listener added on every redraw
     * and never removed would make each later move slower.
     */
    private String flatAfterManyMoves(TrendsViewModel model, Scene scene) {
        model.chart().set(model.charts().get(0));
        pass(scene);
        Change move = i -> {
            model.rangeLow().set(i % 2);
            pass(scene);
        };
        double before = median(move);
        for (int i = 0; i < MANY_MOVES; i++) {
            move.apply(i);
        }
        double after = median(move);
        model.resetRange();
        return String.format(Locale.UK, "%s range change: median %.1f ms at first, %.1f ms after %,d moves",
                model.charts().get(0).id(), before, after, MANY_MOVES);
    }

    /** The milliseconds one change takes, run once. */
    private static double timed(Runnable change) {
        long start = System.nanoTime();
        change.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void pass(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** One timed change; {@code run} alternates the change back and forth. */
    @FunctionalInterface
    private interface Change {
        void apply(int run);
    }

    private double median(Change change) {
        change.apply(0); // warm up
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            change.apply(i + 1);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
