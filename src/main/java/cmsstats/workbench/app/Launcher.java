package cmsstats.workbench.app;

import cmsstats.workbench.cli.WorkbenchCommand;
import cmsstats.workbench.ui.WorkbenchApplication;

/**
 * The one entry point, for {@code java -jar}, {@code mvn javafx:run} and the installed launcher. It does not extend
 * JavaFX's {@code Application}, so a plain class-path jar can start JavaFX. With no command it opens the window;
 * otherwise it runs the command headless and exits with its code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = WorkbenchCommand.commandLine(WorkbenchApplication::launchOn).execute(args);
        System.exit(exitCode);
    }
}
