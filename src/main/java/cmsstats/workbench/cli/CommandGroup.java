package cmsstats.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: run alone, it is a usage error that lists them. */
abstract class CommandGroup implements Runnable {
    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    WorkbenchCommand parent() {
        return parent;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which one: "
                + String.join(" or ", spec.subcommands().keySet()));
    }
}
