package cmsstats.workbench.ui.publish;

import cmsstats.workbench.publish.release.Cell;
import cmsstats.workbench.publish.release.Column;
import cmsstats.workbench.publish.release.ReleaseOptions;
import cmsstats.workbench.publish.release.ReleaseWriter;
import cmsstats.workbench.publish.release.Sheet;
import cmsstats.workbench.publish.release.TableDef;
import cmsstats.workbench.ui.Tables;
import java.io.ByteArrayInputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.CheckListView;

/**
 * The Publish view: the release month and span, release date, status, suppression threshold and unrounded tables
 * (the options of the {@code publish} command, with its defaults), the tables and formats to include, each table
 * previewed as it will be published (rounded, suppressed, with its title and notes; figures right-aligned, columns
 * fitted, Ctrl+C copies), chart thumbnails, and the export with progress, cancel and "open folder"; and a check of
 * any workbook against the publication rules.
 */
public final class PublishView extends BorderPane {
    private static final StringConverter<TableDef> TABLE_NAME = new StringConverter<>() {
        @Override
        public String toString(TableDef def) {
            return def == null ? "" : def.sheet().replace('_', ' ');
        }

        @Override
        public TableDef fromString(String text) {
            return null;
        }
    };

    private final PublishViewModel model;
    private final Label previewTitle = new Label();
    private final VBox previewLines = new VBox(2);
    private final TableView<List<String>> previewTable = new TableView<>();
    private final FlowPane thumbnails = new FlowPane(10, 10);
    private final VBox previewNotes = new VBox(2);

    public PublishView(PublishViewModel model) {
        this.model = model;
        setId("publishView");
        setPadding(new Insets(12));
        setLeft(controls());
        setCenter(preview());
        model.previewProperty().addListener((obs, old, sheet) -> showPreview(sheet));
        model.previewNotes().addListener((ListChangeListener<String>) c -> {
            previewNotes.getChildren().clear();
            model.previewNotes().forEach(note -> previewNotes.getChildren().add(muted(note)));
        });
        model.thumbnails().addListener((ListChangeListener<PublishViewModel.Thumbnail>) c -> showThumbnails());
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("muted");
        return label;
    }

    private BorderPane controls() {
        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        options.addRow(0, new Label("Release month"), monthField("releaseMonth", model.periodProperty()));
        options.addRow(1, new Label("First month"), monthField("firstMonth", model.fromProperty()));
        DatePicker date = new DatePicker();
        date.setId("releaseDate");
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("YYYY-MM-DD");
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(model.releaseDateProperty());
        date.setTooltip(new Tooltip("Publication date, after the release month; the next release is three months "
                + "on."));
        options.addRow(2, new Label("Release date"), date);
        ComboBox<String> status = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                model.statuses()));
        status.setId("releaseStatus");
        status.setMaxWidth(Double.MAX_VALUE);
        status.valueProperty().bindBidirectional(model.releaseStatusProperty());
        Label statusLabel = new Label("Status");
        statusLabel.setLabelFor(status);
        Spinner<Integer> threshold = new Spinner<>();
        threshold.setId("threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                999, ReleaseOptions.DEFAULT_THRESHOLD);
        threshold.setValueFactory(values);
        threshold.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        values.valueProperty().bindBidirectional(model.thresholdProperty());
        threshold.setTooltip(new Tooltip("Counts from 1 to the threshold minus one are shown as [c] in the "
                + "breakdown table."));
        options.addRow(3, new Label("Suppress below"), threshold);
        VBox statusBox = new VBox(4, statusLabel, status);

        CheckListView<TableDef> tables = new CheckListView<>(model.tables());
        tables.setId("tableChecklist");
        tables.setPrefHeight(250);
        tables.setCellFactory(list -> new CheckBoxListCell<>(tables::getItemBooleanProperty, TABLE_NAME));
        model.chosen().forEach(def -> tables.getCheckModel().check(def));
        tables.getCheckModel().getCheckedItems().addListener((ListChangeListener<TableDef>) c ->
                model.chosen().setAll(model.tables().filtered(tables.getCheckModel()::isChecked)));
        tables.getSelectionModel().selectedItemProperty().addListener((obs, old, def) -> {
            if (def != null) {
                model.previewedProperty().set(def);
            }
        });
        CheckComboBox<TableDef> unrounded = new CheckComboBox<>(model.tables());
        unrounded.setId("unroundedTables");
        unrounded.setConverter(TABLE_NAME);
        unrounded.setTitle("None");
        unrounded.setMaxWidth(Double.MAX_VALUE);
        unrounded.getCheckModel().getCheckedItems().addListener((ListChangeListener<TableDef>) c -> {
            model.unrounded().setAll(model.tables().filtered(unrounded.getCheckModel()::isChecked));
            unrounded.setTitle(model.unrounded().isEmpty() ? "None" : model.unrounded().stream()
                    .map(TABLE_NAME::toString).collect(java.util.stream.Collectors.joining(", ")));
        });
        Label unroundedLabel = new Label("Publish unrounded (a measure is then unrounded in every table)");
        unroundedLabel.setWrapText(true);
        unroundedLabel.setLabelFor(unrounded);
        FlowPane formats = new FlowPane(10, 6);
        for (String format : ReleaseWriter.FORMATS) {
            CheckBox box = new CheckBox(format.toUpperCase(Locale.ROOT));
            box.setSelected(model.formats().contains(format));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.formats().add(format);
                } else {
                    model.formats().remove(format);
                }
            });
            formats.getChildren().add(box);
        }
        Label problem = new Label();
        problem.setId("optionsProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label where = muted("");
        where.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Writes a new folder "
                + (model.periodProperty().get() == null ? "cms-statistics-YYYY-MM" : "cms-statistics-"
                + model.periodProperty().get()) + " inside the folder you choose, after showing you its full path.",
                model.periodProperty()));
        Button export = new Button("Export release\u2026");
        export.setId("exportRelease");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.exportingProperty().or(model.problemProperty().isNotEmpty()));
        export.setOnAction(e -> model.export());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(model.exportingProperty());
        cancel.setOnAction(e -> model.cancel());
        Button check = new Button("Check a workbook\u2026");
        check.setId("checkWorkbook");
        check.setOnAction(e -> model.checkWorkbook());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label statusText = new Label();
        statusText.setId("publishStatus");
        statusText.setWrapText(true);
        statusText.setMinHeight(Region.USE_PREF_SIZE);
        statusText.textProperty().bind(model.statusProperty());
        Button open = new Button("Open folder");
        open.setId("openFolder");
        open.visibleProperty().bind(model.writtenProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> openFolder());
        VBox box = new VBox(10, title("Release"), options, statusBox, title("Tables (select one to preview it)"),
                tables, unroundedLabel, unrounded, title("Formats"), formats);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.setPrefWidth(300);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("publishControls");
        scroll.setFitToWidth(true);
        // the choices scroll; what to do with them stays below them, in view at any window height
        VBox actions = new VBox(10, problem, where, new HBox(8, export, cancel), check, progress, statusText, open);
        actions.setId("publishActions");
        actions.setPadding(new Insets(10, 12, 0, 0));
        BorderPane column = new BorderPane(scroll);
        column.setBottom(actions);
        column.setPrefWidth(330);
        column.setMinWidth(330);
        return column;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static TextField monthField(String id, javafx.beans.property.ObjectProperty<YearMonth> property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("YYYY-MM");
        field.setPrefColumnCount(8);
        TextFormatter<YearMonth> formatter = new TextFormatter<>(new StringConverter<>() {
            @Override
            public String toString(YearMonth month) {
                return month == null ? "" : month.toString();
            }

            @Override
            public YearMonth fromString(String text) {
                try {
                    return YearMonth.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return property.get();
                }
            }
        });
        field.setTextFormatter(formatter);
        formatter.valueProperty().bindBidirectional(property);
        return field;
    }

    private VBox preview() {
        previewTitle.getStyleClass().add("chart-headline");
        previewTitle.setId("previewTitle");
        previewTitle.setWrapText(true);
        previewTitle.setMinHeight(Region.USE_PREF_SIZE);
        previewTable.setId("previewTable");
        previewTable.setPlaceholder(new Label("Select a table to preview it."));
        previewTable.setMinHeight(160);
        Tables.fitColumnsToContent(previewTable);
        Tables.enableCopy(previewTable);
        ScrollPane thumbs = new ScrollPane(thumbnails);
        thumbs.setFitToWidth(true);
        thumbs.setPrefHeight(170);
        thumbs.setMinHeight(120);
        VBox.setVgrow(previewTable, Priority.ALWAYS);
        previewNotes.setId("previewNotes");
        ScrollPane notes = new ScrollPane(previewNotes);
        notes.setFitToWidth(true);
        notes.setPrefHeight(90);
        notes.setMinHeight(60);
        ScrollPane lines = new ScrollPane(previewLines);
        lines.setFitToWidth(true);
        lines.setPrefHeight(110);
        lines.setMinHeight(60);
        VBox preview = new VBox(8, title("Preview, as published"), previewTitle, lines, previewTable, notes,
                title("Charts in the release"), thumbs);
        preview.setMinWidth(0);
        return preview;
    }

    private void showPreview(Sheet sheet) {
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        previewLines.getChildren().clear();
        previewTitle.setText(sheet == null ? "" : sheet.title());
        if (sheet == null || sheet.table() == null) {
            return;
        }
        sheet.lines().forEach(line -> previewLines.getChildren().add(muted(line)));
        List<Column> columns = sheet.table().columns();
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = columns.get(c).kind() == Column.Kind.TEXT
                    ? Tables.textColumn(columns.get(c).header(), row -> row.get(index))
                    : Tables.numberColumn(columns.get(c).header(), row -> row.get(index));
            previewTable.getColumns().add(column);
        }
        for (List<Cell> row : sheet.table().rows()) {
            previewTable.getItems().add(row.stream().map(PublishView::shown).toList());
        }
    }

    /** A cell as the workbook shows it: numbers with thousands separators to their decimals. */
    private static String shown(Cell cell) {
        if (cell.kind() != Cell.Kind.NUMBER) {
            return cell.kind() == Cell.Kind.EMPTY ? "" : cell.text();
        }
        DecimalFormat format = new DecimalFormat(cell.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(
                cell.decimals()), DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(cell.number());
    }

    private void showThumbnails() {
        thumbnails.getChildren().clear();
        for (PublishViewModel.Thumbnail thumbnail : model.thumbnails()) {
            ImageView image = new ImageView(new Image(new ByteArrayInputStream(thumbnail.png())));
            image.setPreserveRatio(true);
            image.setFitWidth(220);
            Label name = new Label(thumbnail.spec().name());
            VBox card = new VBox(4, image, name);
            card.setAlignment(Pos.TOP_CENTER);
            Tooltip.install(card, new Tooltip(thumbnail.spec().headline()));
            thumbnails.getChildren().add(card);
        }
    }

    private void openFolder() {
        java.nio.file.Path folder = model.writtenProperty().get();
        Thread opener = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(folder.toFile());
            } catch (java.io.IOException | UnsupportedOperationException | IllegalArgumentException
                     | LinkageError unavailable) { // no desktop, no file manager, or no native AWT
                javafx.application.Platform.runLater(() -> model.cannotOpen(folder));
            }
        }, "open-folder");
        opener.setDaemon(true);
        opener.start();
    }
}
