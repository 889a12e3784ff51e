package cmsstats.workbench.cli;

import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.ChildrenSampler;
import cmsstats.workbench.sampling.Interval;
import cmsstats.workbench.sampling.MeanEstimate;
import cmsstats.workbench.sampling.SampleDraw;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sample children}: draws the children-benefiting sample from the cases with a positive liability in a
 * month, stores it with its design, and estimates children per case with its interval and, multiplied by the
 * paying cases of the quarter ending that month, the children benefiting (ref. 002, "Children benefiting").
 */
@Command(name = "children", description = "Draw and store the children-benefiting sample for a month; print the "
        + "mean children per case, its interval, and the children benefiting in the quarter ending that month.")
final class SampleChildrenCommand implements Callable<Integer> {
    @ParentCommand
    private SampleCommand sample;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM", description = "The frame month.")
    private String asOf;

    @Option(names = "--n", required = true, paramLabel = "N", description = "Sample size (the release: about 1,100).")
    private int n;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed: the same seed and extracts "
            + "give the same sample.")
    private long seed;

    @Option(names = "--stratify", paramLabel = "service_type|country", description = "Stratify by service type "
            + "(of the month) or country.")
    private String stratify;

    @Option(names = "--allocation", defaultValue = "proportional", paramLabel = "proportional|neyman",
            description = "Allocation to strata (default: ${DEFAULT-VALUE}).")
    private String allocation;

    @Option(names = "--level", defaultValue = "0.95", paramLabel = "L", description = "Confidence level "
            + "(default: ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the sample: case_id,qualifying_children "
            + "(and stratum), as CSV or, for a name ending .xlsx, a workbook.")
    private Path out;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        YearMonth month = Months.parse(spec, "--as-of", asOf);
        Breakdown strata = stratify == null ? null : switch (stratify.toLowerCase(Locale.ROOT)) {
            case "service_type" -> Breakdown.SERVICE_TYPE;
            case "country" -> Breakdown.COUNTRY;
            default -> throw usage("unknown --stratify '" + stratify + "' (expected service_type or country)");
        };
        SampleDraw.Allocation share = switch (allocation.toLowerCase(Locale.ROOT)) {
            case "proportional" -> SampleDraw.Allocation.PROPORTIONAL;
            case "neyman" -> SampleDraw.Allocation.NEYMAN;
            default -> throw usage("unknown --allocation '" + allocation + "' (expected proportional or neyman)");
        };
        if (!(level > 0 && level < 1)) {
            throw usage("--level must be between 0 and 1 (e.g. 0.95)");
        }
        try (Store store = sample.parent().openStore()) {
            ChildrenSampler.Drawn drawn;
            try {
                drawn = new ChildrenSampler(store).draw(new ChildrenSampler.Design(month, n, seed, strata, share));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            double paying = new MeasureEngine(store).compute(new MeasureEngine.Request(List.of("paying_cases"),
                    Optional.of(month), Optional.of(month), Optional.empty())).get(0).value().doubleValue();
            print(drawn.id(), drawn.frameSize(), drawn.sample(), month, paying);
            if (out != null) {
                PlainTableWriter.write(SampleTables.children(drawn.id(), drawn.sample().members(), strata != null),
                        out);
            }
        }
        return 0;
    }

    private void print(long id, int frameSize, SampleDraw.Drawn drawn, YearMonth month, double paying)
            throws IOException {
        MeanEstimate estimate = drawn.estimate();
        Interval mean = estimate.interval(level);
        Interval children = mean.scaled(paying);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sample_id", id);
        result.put("frame_size", frameSize);
        result.put("n", estimate.n());
        result.put("seed", seed);
        result.put("mean", estimate.mean());
        result.put("sd", estimate.sd());
        result.put("se", estimate.se());
        result.put("df", estimate.df());
        result.put("level", level);
        result.put("ci_low", mean.lower());
        result.put("ci_high", mean.upper());
        result.put("quarter", month.toString());
        result.put("paying_cases", (long) paying);
        result.put("children_estimate", estimate.mean() * paying);
        result.put("children_low", children.lower());
        result.put("children_high", children.upper());
        PrintWriter o = sample.parent().out();
        if (json) {
            o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            o.printf(Locale.UK, "sample %d: %d of %,d cases with a liability in %s (seed %d)%s%n", id, estimate.n(),
                    frameSize, month, seed, drawn.allocation().isEmpty() ? "" : ", strata " + drawn.allocation());
            o.printf(Locale.UK, "children per case: mean %.4f, sd %.4f, se %.4f (with the finite population "
                    + "correction), df %s%n", estimate.mean(), estimate.sd(), estimate.se(),
                    cmsstats.workbench.sampling.EstimateText.degreesOfFreedom(estimate.df()));
            o.printf(Locale.UK, "%.0f%% interval: %.4f to %.4f%n", level * 100, mean.lower(), mean.upper());
            o.printf(Locale.UK,
                    "children benefiting, quarter to %s: %,.0f (%,.0f to %,.0f) = mean x %,d paying cases%n",
                    month, estimate.mean() * paying, children.lower(), children.upper(), (long) paying);
        }
        o.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
