package cmsstats.workbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code benchmark import} and {@code benchmark measures}: commands that print speed figures. */
@Command(name = "benchmark", description = "Print speed figures, in a fresh temporary store (the --db store is "
        + "not touched).", subcommands = {BenchmarkCommand.class, MeasuresBenchmarkCommand.class})
final class BenchmarksCommand implements Runnable {
    @ParentCommand
    private WorkbenchCommand parent;

    WorkbenchCommand parent() {
        return parent;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "say which benchmark: import or measures");
    }
}
