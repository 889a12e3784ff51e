package cmsstats.workbench.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's frame: menu, section navigation on the left, the current section in the middle, and a status bar
 * that shows the store's location and any background work.
 */
public final class MainWindow extends BorderPane {
    private final ListView<Section> navigation = new ListView<>();
    private final StackPane content = new StackPane();
    private final Map<Section, Node> views = new EnumMap<>(Section.class);
    private final Map<Section, Runnable> onShow = new EnumMap<>(Section.class);
    private final Label statusText = new Label();
    private final ProgressBar statusProgress = new ProgressBar(0);
    private final Label storeLabel = new Label();

    /** Menu actions the application provides. */
    public interface Actions {
        void importExtracts();

        void changeStore();

        void quit();

        /** Shows the version, the store, where messages go and the libraries' licences. */
        void about();
    }

    public MainWindow(Actions actions) {
        getStyleClass().add("main-window");
        setTop(menu(actions));
        setLeft(navigation());
        content.getStyleClass().add("content");
        content.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setCenter(content);
        setBottom(statusBar());
        showLoading("Opening the store\u2026");
        navigation.getSelectionModel().select(Section.DATA);
    }

    private HBox statusBar() {
        statusText.setId("statusText");
        storeLabel.setId("storeLocation");
        storeLabel.getStyleClass().add("store-location");
        statusProgress.setPrefWidth(160);
        // shown only while background work reports progress
        statusProgress.visibleProperty().bind(statusProgress.progressProperty().isNotEqualTo(0, 1e-9));
        statusProgress.managedProperty().bind(statusProgress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, statusText, statusProgress, spacer, storeLabel);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private MenuBar menu(Actions actions) {
        MenuItem importItem = new MenuItem("Import extracts\u2026");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importItem.setOnAction(e -> actions.importExtracts());
        MenuItem storeItem = new MenuItem("Change store location\u2026");
        storeItem.setOnAction(e -> actions.changeStore());
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> actions.quit());
        Menu file = new Menu("_File", null, importItem, storeItem, quitItem);
        MenuItem copyItem = new MenuItem("Copy");
        copyItem.setId("copyItem");
        copyItem.setAccelerator(KeyCombination.keyCombination("Shortcut+C"));
        copyItem.setOnAction(e -> copyFocused());
        Menu edit = new Menu("_Edit", null, copyItem);
        MenuItem aboutItem = new MenuItem("About CMS Statistics Workbench");
        aboutItem.setId("aboutItem");
        aboutItem.setOnAction(e -> actions.about());
        Menu help = new Menu("_Help", null, aboutItem);
        return new MenuBar(file, edit, help);
    }

    /** Copies what has the keyboard: a table's selected rows as shown, or the selected text of a field. */
    private void copyFocused() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (focused instanceof javafx.scene.control.TableView<?> table) {
            Tables.copySelection(table);
        } else if (focused instanceof javafx.scene.control.TextInputControl text) {
            text.copy();
        }
    }

    private VBox navigation() {
        navigation.setId("navigation");
        navigation.getItems().setAll(Section.values());
        navigation.getStyleClass().add("navigation");
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(section.title);
                title.getStyleClass().add("nav-title");
                Label caption = new Label(section.caption);
                caption.getStyleClass().add("nav-caption");
                setGraphic(new VBox(2, title, caption));
                setAccessibleText(section.title + ": " + section.caption);
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                show(section);
            }
        });
        Label product = new Label("CMS Statistics\nWorkbench");
        product.getStyleClass().add("product-name");
        VBox side = new VBox(12, product, navigation);
        side.getStyleClass().add("sidebar");
        side.setPadding(new Insets(16, 8, 16, 8));
        side.setPrefWidth(210);
        VBox.setVgrow(navigation, Priority.ALWAYS);
        return side;
    }

    private void show(Section section) {
        onShow.getOrDefault(section, () -> { }).run();
        Node view = views.get(section);
        content.getChildren().setAll(view == null ? new Label() : view);
    }

    /** Puts a view in the Data section (once the store is open). */
    public void setDataView(Node view) {
        views.put(Section.DATA, view);
        navigation.getSelectionModel().select(Section.DATA);
        show(Section.DATA);
    }

    /** Puts a section's view in place (once the store is open); {@code refresh} runs each time it is shown. */
    void setView(Section section, Node view, Runnable refresh) {
        views.put(section, view);
        onShow.put(section, refresh);
        if (navigation.getSelectionModel().getSelectedItem() == section) {
            show(section);
        }
    }

    /**
     * Takes every section's view away while the store changes: views and view models of the old store must not
     * be used once it is closed; the new store's are put in place when it opens.
     */
    public void showStoreChanging(String message) {
        for (Section section : Section.values()) {
            onShow.remove(section);
            views.put(section, new Label(message));
        }
        showLoading(message);
    }

    /** Shows a spinner with a message in the Data section while the store opens. */
    public void showLoading(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox box = new VBox(12, spinner, new Label(message));
        box.setAlignment(javafx.geometry.Pos.CENTER);
        views.put(Section.DATA, box);
        if (navigation.getSelectionModel().getSelectedItem() == Section.DATA) {
            show(Section.DATA);
        }
    }

    public void setStoreLocation(String text) {
        storeLabel.setText(text);
    }

    public StringProperty statusTextProperty() {
        return statusText.textProperty();
    }

    public DoubleProperty statusProgressProperty() {
        return statusProgress.progressProperty();
    }
}
