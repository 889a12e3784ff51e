package cmsstats.workbench.ui;

import atlantafx.base.theme.PrimerLight;
import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.ingest.SampleDatasets;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.store.WrongPasswordException;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.ui.data.DataViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desktop application: opens the store off the FX thread (loading the bundled sample data into a fresh one),
 * then shows the sections. The store directory is {@code --db} when given, else the one chosen in the File menu,
 * else the per-user data directory.
 */
public final class WorkbenchApplication extends Application implements MainWindow.Actions {
    private static final int CATALOG_CHECK_SECONDS = 3;
    private static Optional<Path> commandLineStore = Optional.empty();

    private final StoreSettings settings = StoreSettings.forUser();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Stage stage;
    private MainWindow window;
    private DialogService dialogs;
    private StoreOpening opening;
    private Timeline catalogCheck;
    private Store store;
    private DataViewModel data;

    /** Opens the window (blocking until it closes), on the store named on the command line if any. */
    public static void launchOn(Optional<Path> storeDirectory) {
        commandLineStore = storeDirectory;
        Application.launch(WorkbenchApplication.class);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        window = new MainWindow(this);
        dialogs = new FxDialogService(primaryStage);
        opening = new StoreOpening(dialogs);
        // a command run beside the desktop may import: look every few seconds (one small query) for new versions
        catalogCheck = new Timeline(new KeyFrame(Duration.seconds(CATALOG_CHECK_SECONDS), e -> {
            if (data != null) {
                data.checkForNewVersions();
            }
        }));
        catalogCheck.setCycleCount(Animation.INDEFINITE);
        catalogCheck.play();
        // the default size, or the screen's usable area where that is smaller (a 1366x768 laptop, a scaled display)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        style(scene);
        stage.setTitle("CMS Statistics Workbench");
        stage.getIcons().add(new javafx.scene.image.Image(Objects.requireNonNull(
                getClass().getResource("/cmsstats/workbench/ui/icon.png")).toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - scene.getWidth()) / 2));
        stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - scene.getHeight()) / 2));
        stage.show();
        openStore(settings.storeDirectory(commandLineStore));
    }

    /** The workbench's look: AtlantaFX Primer Light and the workbench's own style sheet. */
    public static void style(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkbenchApplication.class.getResource("/cmsstats/workbench/ui/workbench.css")).toExternalForm());
    }

    private void openStore(Path directory) {
        openStore(directory, null);
    }

    private void openStore(Path directory, String problem) {
        window.setStoreLocation("Store: " + directory);
        Optional<StoreOpening.Access> access = opening.ask(directory, problem);
        if (access.isEmpty()) {
            window.showLoading("No store is open: the store in " + directory + " needs its password.");
            window.statusTextProperty().set("No store is open");
            return;
        }
        window.showLoading("Opening the store in " + directory + "\u2026");
        executor.execute(BackgroundTask.of("Opening the store", context -> access.get().open())
                .onSuccess(this::storeOpened)
                .onFailure(error -> {
                    if (error instanceof WrongPasswordException) {
                        openStore(directory, error.getMessage());
                        return;
                    }
                    window.showLoading("No store is open.");
                    window.statusTextProperty().set("No store is open");
                    dialogs.showError("Cannot open the store", error.getMessage()
                            + "\n\nChoose another location with File \u25B8 Change store location\u2026");
                }));
    }

    private void storeOpened(Store opened) {
        store = opened;
        window.setStoreLocation(StoreOpening.describe(opened));
        StoreSession session = new StoreSession(opened, executor, dialogs, this::importExtracts);
        data = session.data();
        // the status bar tells what the Data view last did (an import, a refusal), not only how the session began
        data.statusProperty().addListener((obs, old, text) -> {
            if (text != null && !text.isEmpty()) {
                window.statusTextProperty().set(text);
            }
        });
        session.install(window);
        if (opened.createdNow() && !SampleDatasets.entries().isEmpty()) {
            loadSampleData(opened);
        } else {
            // through the Data view's status, which the preparation of the measures goes back to when it is done
            data.statusProperty().set("Ready");
            data.refresh();
            data.prepareMeasures();
        }
    }

    private void loadSampleData(Store opened) {
        window.statusTextProperty().set("First run: loading the bundled sample data\u2026");
        data.importingElsewhere();
        executor.execute(BackgroundTask.of("Loading sample data",
                                context -> SampleDatasets.importAll(new ExtractImporter(opened),
                                        opened.directory(), context))
                        .onSuccess(results -> {
                            List<ImportResult> refused = results.stream().filter(r -> !r.accepted()).toList();
                            data.statusProperty().set(refused.isEmpty()
                                    ? "Loaded " + results.size() + " sample extracts (synthetic data)"
                                    : "Sample data incomplete");
                            refused.forEach(r -> dialogs.showProblems("Sample data refused", r.summary(),
                                    r.problemReport()));
                        })
                        .onFailure(error -> dialogs.showError("Cannot load the sample data", error.getMessage()))
                        .onFinished(() -> {
                            window.statusProgressProperty().set(0);
                            data.importedElsewhere();
                            data.prepareMeasures();
                        }),
                (fraction, message) -> {
                    window.statusProgressProperty().set(fraction);
                    window.statusTextProperty().set(message);
                });
    }

    @Override
    public void importExtracts() {
        if (data != null) {
            data.importFiles(dialogs.chooseExtractFiles());
        }
    }

    @Override
    public void changeStore() {
        Path current = store == null ? null : store.directory();
        dialogs.chooseDirectory("Choose the store directory", current).ifPresent(directory -> {
            settings.choose(directory);
            Store old = store;
            store = null;
            data = null;
            window.showStoreChanging("Closing the store\u2026");
            executor.execute(BackgroundTask.of("Closing the store", context -> {
                        if (old != null) {
                            old.close();
                        }
                        return directory;
                    })
                    .onSuccess(this::openStore)
                    .onFailure(error -> dialogs.showError("Cannot close the store", error.getMessage())));
        });
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void about() {
        dialogs.showInformation("About CMS Statistics Workbench", AboutText.of(store == null ? null
                : store.directory()));
    }

    @Override
    public void stop() {
        if (catalogCheck != null) {
            catalogCheck.stop();
        }
        if (store != null) {
            store.close();
        }
        executor.close();
    }
}
