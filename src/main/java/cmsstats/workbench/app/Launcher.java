package cmsstats.workbench.app;

import cmsstats.workbench.cli.Logging;
import cmsstats.workbench.cli.WorkbenchCommand;
import cmsstats.workbench.ui.WorkbenchApplication;
import cmsstats.workbench.ui.trends.TrendsRedrawBenchmark;
import picocli.CommandLine;

/**
 * The one entry point, for {@code java -jar}, {@code mvn javafx:run} and the installed launcher. It does not extend
 * JavaFX's {@code Application}, so a plain class-path jar can start JavaFX. With no command it opens the window;
 * otherwise it runs the command headless and exits with its code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure();
        CommandLine commandLine = WorkbenchCommand.commandLine(WorkbenchApplication::launchOn);
        // the one benchmark that needs JavaFX lives in the ui layer; the command line knows nothing of JavaFX
        commandLine.getSubcommands().get("benchmark").addSubcommand("trends", new TrendsRedrawBenchmark());
        int exitCode = commandLine.execute(args);
        System.exit(exitCode);
    }
}
