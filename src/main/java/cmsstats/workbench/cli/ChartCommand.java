package cmsstats.workbench.cli;

import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.publish.chart.ChartCatalog;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.chart.ChartLoader;
import cmsstats.workbench.publish.chart.ChartPainter;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chart}: renders a release chart (a measure family) or a chart of chosen measures to SVG or PNG, headless,
 * exactly as the desktop exports it.
 */
@Command(name = "chart", description = "Render a chart of measures (or a release chart with --family) as SVG or "
        + "PNG, with no display needed.")
final class ChartCommand implements Callable<Integer> {
    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--measure", paramLabel = "ID", description = "A measure to draw (repeatable; one unit).")
    private List<String> measures;

    @Option(names = "--family", paramLabel = "NAME", description = "A release chart: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Families.class)
    private String family;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the data's first).")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the data's last).")
    private String to;

    @Option(names = "--breakdown", paramLabel = "NAME", description = "Split each series by a breakdown.")
    private String breakdown;

    @Option(names = "--out", required = true, paramLabel = "FILE.svg|FILE.png", description = "The chart file; a "
            + "PNG gets its alt text in a .txt beside it.")
    private Path out;

    @Option(names = "--width", defaultValue = "960", paramLabel = "PX",
            description = "Width (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "640", paramLabel = "PX", description = "Height (default: "
            + "${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "X", description = "PNG pixels per point, e.g. 2 "
            + "for high-density screens (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--published", description = "Also draw the newest published edition's figures.")
    private boolean published;

    @Option(names = "--compare-version", paramLabel = "ID", description = "Also draw the figures computed from "
            + "this earlier version of the chart's extract (see 'extracts').")
    private Long compareVersion;

    @Option(names = "--no-events", description = "Leave out the scheme's events.")
    private boolean noEvents;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "Also write the figures behind the chart.")
    private Path dataFile;

    static final class Families implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ChartCatalog.all().stream().map(ChartSpec::id).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        if ((measures == null) == (family == null)) {
            throw usage("give --family or one or more --measure");
        }
        if (width < 200 || height < 150 || width > 10000 || height > 10000) {
            throw usage("--width and --height must be from 200x150 to 10000x10000 pixels");
        }
        if (!(scale > 0 && scale <= 4)) {
            throw usage("--scale must be above 0 and at most 4");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw usage("--out must end .svg or .png");
        }
        ChartSpec chart;
        try {
            chart = family != null ? ChartCatalog.find(family).orElseThrow(() -> usage("unknown --family '" + family
                    + "' (expected one of " + ChartCatalog.all().stream().map(ChartSpec::id)
                    .collect(Collectors.joining(", ")) + ")")) : ChartCatalog.forMeasures(measures);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Optional<Breakdown> split = Optional.ofNullable(breakdown).map(b -> Breakdown.fromId(b).filter(
                chart.breakdowns()::contains).orElseThrow(() -> usage("this chart has no breakdown '" + b
                + "' (expected " + (chart.breakdowns().isEmpty() ? "none" : chart.breakdowns().stream()
                .map(Breakdown::id).collect(Collectors.joining(", "))) + ")")));
        Optional<YearMonth> start = Optional.ofNullable(from).map(m -> Months.parse(spec, "--from", m));
        Optional<YearMonth> end = Optional.ofNullable(to).map(m -> Months.parse(spec, "--to", m));
        try (Store store = parent.openStore()) {
            Optional<cmsstats.workbench.model.ExtractVersion> earlier = Optional.empty();
            if (compareVersion != null) {
                earlier = Optional.of(store.extracts().find(compareVersion).filter(v -> ChartLoader.sourceOf(chart)
                        .map(kind -> kind == v.kind()).orElse(false)).orElseThrow(() -> usage("--compare-version "
                        + compareVersion + " is not a stored version of this chart's extract ("
                        + ChartLoader.sourceOf(chart).map(k -> k.id()).orElse("none") + ")")));
            }
            ChartData data;
            try {
                data = new ChartLoader(store).load(new ChartLoader.Request(chart, start, end, split, published,
                        earlier));
            } catch (MeasureException e) {
                throw usage(e.getMessage());
            }
            ChartExport.write(data, new ChartPainter.Options(!noEvents, true), out, width, height, scale);
            if (dataFile != null) {
                ChartExport.csv(data, dataFile);
            }
            parent.out().printf(Locale.UK, "%s: %s, %d series, %s%n", out, chart.headline(), data.series().size(),
                    data.subtitle());
            parent.out().flush();
        }
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
