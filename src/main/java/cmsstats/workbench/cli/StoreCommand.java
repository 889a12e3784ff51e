package cmsstats.workbench.cli;

import picocli.CommandLine.Command;

/** {@code store ...}: the store itself. */
@Command(name = "store", description = "The store itself: its password.", subcommands = StorePasswordCommand.class)
final class StoreCommand extends CommandGroup {
}
