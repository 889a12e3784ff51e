package cmsstats.workbench.cli;

import cmsstats.workbench.sampling.SampleSize;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sample size}: the sample needed for a margin of error on a mean (from a standard deviation) or on a
 * proportion, with the finite population correction when the population is given (see {@link SampleSize}).
 */
@Command(name = "size", description = "The sample size for a margin of error: on a mean (--sd) or a proportion "
        + "(--p), with the finite population correction when --population is given.")
final class SampleSizeCommand implements Callable<Integer> {
    @ParentCommand
    private SampleCommand sample;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--margin", required = true, paramLabel = "M",
            description = "Margin of error: half the interval width, in the unit of the mean or as a proportion "
                    + "(0.02 for 2 points).")
    private double margin;

    @Option(names = "--level", defaultValue = "0.95", paramLabel = "L",
            description = "Confidence level (default: ${DEFAULT-VALUE}).")
    private double level;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Basis basis;

    static final class Basis {
        @Option(names = "--sd", paramLabel = "S", description = "Expected standard deviation, for a mean.")
        Double sd;

        @Option(names = "--p", paramLabel = "P", description = "Expected proportion, for a rate (e.g. 0.95).")
        Double p;
    }

    @Option(names = "--population", paramLabel = "N", description = "Population (frame) size.")
    private Long population;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        check(margin > 0, "--margin must be above 0");
        check(level > 0 && level < 1, "--level must be between 0 and 1 (e.g. 0.95)");
        check(population == null || population > 0, "--population must be above 0");
        long n;
        if (basis.sd != null) {
            check(basis.sd > 0, "--sd must be above 0");
            n = SampleSize.forMean(basis.sd, margin, level, population);
        } else {
            check(basis.p > 0 && basis.p < 1, "--p must be between 0 and 1 (e.g. 0.95)");
            check(margin < 1, "--margin for a proportion must be below 1 (0.02 for 2 points)");
            n = SampleSize.forProportion(basis.p, margin, level, population);
        }
        if (population != null) {
            n = Math.min(n, population);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("n", n);
            out.put("margin", margin);
            out.put("level", level);
            out.put(basis.sd != null ? "sd" : "p", basis.sd != null ? basis.sd : basis.p);
            out.put("population", population);
            sample.parent().out().println(new ObjectMapper().writeValueAsString(out));
        } else {
            sample.parent().out().println(n);
        }
        sample.parent().out().flush();
        return 0;
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
