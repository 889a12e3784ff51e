package cmsstats.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code sample ...}: sampling tools. */
@Command(name = "sample", description = "Sampling tools.",
        subcommands = {SampleChildrenCommand.class, SampleSizeCommand.class})
final class SampleCommand implements Runnable {
    @ParentCommand
    private WorkbenchCommand parent;

    WorkbenchCommand parent() {
        return parent;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say which tool: children or size");
    }
}
