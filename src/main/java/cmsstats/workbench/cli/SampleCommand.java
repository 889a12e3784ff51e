package cmsstats.workbench.cli;

import picocli.CommandLine.Command;

/** {@code sample ...}: sampling tools. */
@Command(name = "sample", description = "Sampling tools.",
        subcommands = {SampleChildrenCommand.class, SampleSizeCommand.class})
final class SampleCommand extends CommandGroup {
}
