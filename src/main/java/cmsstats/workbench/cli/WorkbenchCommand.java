package cmsstats.workbench.cli;

import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The workbench's command line: with no command it opens the desktop window; the commands work headless on the
 * same store. {@code --db DIR} before any command selects the store directory.
 */
@Command(name = "cms-workbench", mixinStandardHelpOptions = true, versionProvider = WorkbenchCommand.Version.class,
        description = "CMS Statistics Workbench: load Child Maintenance Service extracts, compute the published "
                + "measures, draw samples and export the release. With no command, opens the desktop window.",
        subcommands = {ImportCommand.class, ExtractsCommand.class, MeasuresCommand.class, TableCommand.class,
                RecordsCommand.class,
                RevisionsCommand.class,
                SampleCommand.class, AccuracyCommand.class, ChartCommand.class, PublishCommand.class,
                AuditCommand.class,
                        GenerateSampleCommand.class,
                BenchmarksCommand.class},
        usageHelpAutoWidth = true)
public final class WorkbenchCommand implements Runnable {

    /** Exit code when a file is refused or a command fails. */
    public static final int FAILED = 1;

    @Option(names = "--db", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Store directory. Default for commands: the per-user data directory ("
                    + "${sys:user.home}/.local/share/cms-workbench on Linux); the desktop remembers the last one "
                    + "chosen in its File menu.")
    private Path storeDirectory;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Consumer<Optional<Path>> desktop;

    /** @param desktop opens the desktop window (on the store named by --db, if any) and returns when it closes */
    public WorkbenchCommand(Consumer<Optional<Path>> desktop) {
        this.desktop = desktop;
    }

    @Override
    public void run() {
        desktop.accept(Optional.ofNullable(storeDirectory));
    }

    Store openStore() {
        return Store.open(storeDirectory != null ? storeDirectory : StoreLocation.defaultDirectory());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A command line ready to execute: usage errors exit 2, failures exit 1 with a message, no stack trace. */
    public static CommandLine commandLine(Consumer<Optional<Path>> desktop) {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand(desktop));
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            cmd.getErr().println("cms-workbench: " + (error.getMessage() == null ? error.toString()
                    : error.getMessage()));
            cmd.getErr().flush();
            return FAILED;
        });
        return commandLine;
    }

    /** The release, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"CMS Statistics Workbench " + WorkbenchVersion.get()};
        }
    }
}
