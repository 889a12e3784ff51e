package cmsstats.workbench.cli;

import picocli.CommandLine.Command;

/** {@code benchmark import}, {@code measures}, {@code charts} and {@code table}: commands that print speed figures. */
@Command(name = "benchmark", description = "Print speed figures, in a fresh temporary store (the --db store is "
        + "not touched).", subcommands = {BenchmarkCommand.class, MeasuresBenchmarkCommand.class,
                ChartsBenchmarkCommand.class, TableBenchmarkCommand.class})
final class BenchmarksCommand extends CommandGroup {
}
