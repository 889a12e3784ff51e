package cmsstats.workbench.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

public final class WorkbenchApplication extends Application {
    private static Path storeDirectory;

    public static void launchOn(Path directory) {
        storeDirectory = directory;
        Application.launch(WorkbenchApplication.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
