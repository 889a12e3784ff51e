package cmsstats.workbench.ui;

import cmsstats.workbench.model.ExtractKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The desktop's dialogs, owned by the main window; file and folder choosers start in the last folder used. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final RecentFolder recent;

    public FxDialogService(Window owner) {
        this(owner, RecentFolder.forUser());
    }

    public FxDialogService(Window owner, RecentFolder recent) {
        this.owner = owner;
        this.recent = recent;
    }

    /** Remembers where a chooser's answer is, so that the next chooser starts there. */
    private Optional<Path> remembered(java.io.File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(java.io.File::toPath);
        path.ifPresent(recent::used);
        return path;
    }

    @Override
    public boolean warn(String title, String message, String action) {
        return ask(Alert.AlertType.WARNING, title, message, action);
    }

    /** An alert with the action's button and Cancel: true only when the user picks the action. */
    private boolean ask(Alert.AlertType type, String title, String message, String action) {
        ButtonType goAhead = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(type, message, goAhead, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        return DialogPlacement.showAndWait(alert).filter(goAhead::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        DialogPlacement.showAndWait(alert);
    }

    @Override
    public void showProblems(String title, String summary, List<String> problems) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(summary);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.getStyleClass().add("problem-list");
        list.setPrefSize(860, 360);
        VBox.setVgrow(list, Priority.ALWAYS);
        // what to do next is the caller's to say, in the summary: an import, a release and a workbook check differ
        dialog.getDialogPane().setContent(new VBox(8, list));
        ButtonType save = new ButtonType("Save as text\u2026", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CLOSE);
        // Enter and the first focus close the list; saving it is the deliberate choice
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setDefaultButton(true);
        dialog.setOnShown(e -> close.requestFocus());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            chooseTextFileToSave("Save the problem list", "import-problems.txt").ifPresent(file -> {
                try {
                    Files.writeString(file, summary + System.lineSeparator()
                            + String.join(System.lineSeparator(), problems) + System.lineSeparator(),
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    showError("Cannot save the problem list", file + ": " + e.getMessage());
                }
            });
        });
        dialog.getDialogPane().setPrefWidth(920);
        dialog.setResizable(true);
        DialogPlacement.showAndWait(dialog);
    }

    @Override
    public List<Path> chooseExtractFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import extracts");
        recent.folder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Extracts (CSV, CSV.GZ, XLSX)", "*.csv", "*.csv.gz", "*.gz",
                        "*.xlsx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            recent.used(files.get(0).toPath());
        }
        return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Map<Path, ExtractKind>> confirmKinds(Map<Path, Optional<ExtractKind>> guesses) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import extracts");
        dialog.setHeaderText("Check the kind of each file. Each file becomes a new version, or is refused whole.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Map<Path, ComboBox<ExtractKind>> choices = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<Path, Optional<ExtractKind>> guess : guesses.entrySet()) {
            ComboBox<ExtractKind> kind = new ComboBox<>(FXCollections.observableArrayList(ExtractKind.values()));
            kind.setConverter(new StringConverter<>() {
                @Override
                public String toString(ExtractKind k) {
                    return k == null ? "" : k.id() + "  (" + k.title() + ")";
                }

                @Override
                public ExtractKind fromString(String text) {
                    return ExtractKind.fromId(text).orElse(null);
                }
            });
            kind.setPromptText("Choose the kind");
            guess.getValue().ifPresent(kind::setValue);
            Label name = new Label(guess.getKey().getFileName().toString());
            name.setLabelFor(kind);
            grid.addRow(row++, name, kind);
            choices.put(guess.getKey(), kind);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> choices.values().stream().anyMatch(c -> c.getValue() == null),
                        choices.values().stream().map(ComboBox::valueProperty)
                                .toArray(javafx.beans.Observable[]::new)));
        if (DialogPlacement.showAndWait(dialog).filter(importButton::equals).isEmpty()) {
            return Optional.empty();
        }
        Map<Path, ExtractKind> confirmed = new LinkedHashMap<>();
        choices.forEach((file, kind) -> confirmed.put(file, kind.getValue()));
        return Optional.of(confirmed);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Optional.ofNullable(initial).filter(Files::isDirectory).or(recent::folder)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return remembered(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> chooseTextFileToSave(String title, String suggestedName) {
        return save(title, suggestedName, new FileChooser.ExtensionFilter("Text files", "*.txt"));
    }

    /** A save dialog for one of the given kinds of file; empty when cancelled. */
    private Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(filters);
        recent.folder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return remembered(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseTableFileToSave(String title, String suggestedName) {
        return save(title, suggestedName, new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (comma separated)", "*.csv"));
    }

    @Override
    public Optional<Path> chooseTableFileToOpen(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workbook or CSV", "*.xlsx", "*.ods",
                "*.csv"));
        recent.folder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return remembered(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<String> askText(String title, String question) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return DialogPlacement.showAndWait(dialog).map(String::strip);
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogPlacement.showAndWait(alert);
    }

    @Override
    public Optional<Path> chooseChartFileToSave(String title, String suggestedName, String extension) {
        return save(title, suggestedName, new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " image", "*." + extension));
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        return ask(Alert.AlertType.CONFIRMATION, title, message, action);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description,
                                           List<String> extensions) {
        return save(title, suggestedName, filter(description, extensions));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filter(description, extensions),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        recent.folder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return remembered(chooser.showOpenDialog(owner));
    }

    private static FileChooser.ExtensionFilter filter(String description, List<String> extensions) {
        return new FileChooser.ExtensionFilter(description, extensions.stream().map(e -> "*." + e).toList());
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        PasswordField password = new PasswordField();
        password.setId("storePassword");
        password.setPromptText("Password");
        VBox content = new VBox(8);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.setId("passwordProblem");
            wrong.getStyleClass().add("danger");
            wrong.setWrapText(true);
            content.getChildren().add(wrong);
        }
        content.getChildren().add(password);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setOnShown(e -> password.requestFocus());
        dialog.setResultConverter(button -> button == open ? password.getText().toCharArray() : null);
        return DialogPlacement.showAndWait(dialog);
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Optional<char[]> askNewPassword(String title, String message) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        PasswordField password = new PasswordField();
        password.setId("newStorePassword");
        password.setPromptText("Password");
        PasswordField again = new PasswordField();
        again.setId("newStorePasswordAgain");
        again.setPromptText("The same password again");
        Label hint = new Label();
        hint.setId("newPasswordHint");
        hint.setWrapText(true);
        javafx.beans.binding.StringBinding problem = javafx.beans.binding.Bindings.createStringBinding(() ->
                cmsstats.workbench.store.StoreProtection.weakness(password.getText().toCharArray())
                        .map(weak -> Character.toUpperCase(weak.charAt(0)) + weak.substring(1) + ".")
                        .orElse(password.getText().equals(again.getText()) ? ""
                                : "The two passwords differ."), password.textProperty(), again.textProperty());
        hint.textProperty().bind(problem);
        // labels beside the fields: a prompt text vanishes while its field has the focus, which the first one has
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, labelFor("Password", password), password);
        fields.addRow(1, labelFor("Again", again), again);
        GridPane.setHgrow(password, Priority.ALWAYS);
        GridPane.setHgrow(again, Priority.ALWAYS);
        VBox content = new VBox(8, fields, hint,
                new Label("Without the password nobody can open the store, you included: keep it safe."));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType protect = new ButtonType("Protect with this password", ButtonBar.ButtonData.OK_DONE);
        ButtonType none = new ButtonType("No password", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(protect, none);
        dialog.getDialogPane().lookupButton(protect).disableProperty().bind(problem.isNotEmpty());
        dialog.setOnShown(e -> password.requestFocus());
        dialog.setResultConverter(button -> button == protect ? password.getText().toCharArray() : null);
        return DialogPlacement.showAndWait(dialog);
    }
}
