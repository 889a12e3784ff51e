package cmsstats.workbench.cli;

import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.store.StoreException;
import cmsstats.workbench.store.StoreProtection;
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
                StoreCommand.class, BenchmarksCommand.class},
        usageHelpAutoWidth = true)
public final class WorkbenchCommand implements Runnable {

    /** Exit code when a file is refused or a command fails. */
    public static final int FAILED = 1;

    @Option(names = "--db", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Store directory. Default for commands: the per-user data directory ("
                    + "${sys:user.home}/.local/share/cms-workbench on Linux); the desktop remembers the last one "
                    + "chosen in its File menu.")
    private Path storeDirectory;

    @Option(names = "--new-store-password", scope = CommandLine.ScopeType.INHERIT,
            description = "Protect the new store this command creates with a password: asked twice at the "
                    + "prompt (or read from CMS_WORKBENCH_PASSWORD). A protected store's password is asked at the "
                    + "prompt, or read from CMS_WORKBENCH_PASSWORD; never give it as an argument.")
    private boolean newStorePassword;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Consumer<Optional<Path>> desktop;
    private final Passwords passwords;

    /** @param desktop opens the desktop window (on the store named by --db, if any) and returns when it closes */
    public WorkbenchCommand(Consumer<Optional<Path>> desktop) {
        this(desktop, Passwords.system());
    }

    WorkbenchCommand(Consumer<Optional<Path>> desktop, Passwords passwords) {
        this.desktop = desktop;
        this.passwords = passwords;
    }

    @Override
    public void run() {
        desktop.accept(Optional.ofNullable(storeDirectory));
    }

    /** The store directory, absolute. */
    Path storeDirectory() {
        return (storeDirectory != null ? storeDirectory : StoreLocation.defaultDirectory()).toAbsolutePath()
                .normalize();
    }

    Passwords passwords() {
        return passwords;
    }

    /**
     * Opens the store: a protected one with its password (from the environment or the prompt), a new one protected
     * when {@code --new-store-password} asks for it.
     */
    Store openStore() {
        Path directory = storeDirectory();
        StoreProtection.State state = StoreProtection.state(directory);
        if (newStorePassword) {
            if (state != StoreProtection.State.NEW) {
                throw new StoreException("--new-store-password protects a new store, and " + directory
                        + " already holds one" + (state == StoreProtection.State.UNPROTECTED
                        ? " (give it a password with: cms-workbench --db " + directory + " store password)" : ""));
            }
            return Store.openProtected(directory, passwords.chosen(directory, Passwords.PASSWORD_VARIABLE));
        }
        if (state == StoreProtection.State.PROTECTED) {
            return Store.openProtected(directory, passwords.current(directory));
        }
        return Store.open(directory);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A command line ready to execute: usage errors exit 2, failures exit 1 with a message, no stack trace. */
    public static CommandLine commandLine(Consumer<Optional<Path>> desktop) {
        return commandLine(new WorkbenchCommand(desktop));
    }

    static CommandLine commandLine(WorkbenchCommand command) {
        CommandLine commandLine = new CommandLine(command);
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
