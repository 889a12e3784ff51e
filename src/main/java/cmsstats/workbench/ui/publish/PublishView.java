package cmsstats.workbench.ui.publish;

import cmsstats.workbench.publish.release.Cell;
import cmsstats.workbench.publish.release.Column;
import cmsstats.workbench.publish.release.ReleaseWriter;
import cmsstats.workbench.publish.release.Sheet;
import cmsstats.workbench.publish.release.TableDef;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/**
 * The Publish view: the release month and span, the tables and formats to include, each table previewed as it
 * will be published (rounded, suppressed, with its title and notes), chart thumbnails, and the export with
 * progress, cancel and "open folder"; and a check of any workbook against the publication rules.
 */
public final class PublishView extends BorderPane {
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
        model.preview.addListener((obs, old, sheet) -> showPreview(sheet));
        model.previewNotes.addListener((javafx.collections.ListChangeListener<String>) c -> {
            previewNotes.getChildren().clear();
            model.previewNotes.forEach(note -> {
                Label label = new Label(note);
                label.setWrapText(true);
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                label.getStyleClass().add("muted");
                previewNotes.getChildren().add(label);
            });
        });
        model.thumbnails.addListener((javafx.collections.ListChangeListener<PublishViewModel.Thumbnail>) c ->
                showThumbnails());
    }

    private ScrollPane controls() {
        GridPane months = new GridPane();
        months.setHgap(8);
        months.setVgap(6);
        months.addRow(0, new Label("Release month"), monthField("releaseMonth", model.period));
        months.addRow(1, new Label("First month"), monthField("firstMonth", model.from));
        CheckListView<TableDef> tables = new CheckListView<>(model.tables);
        tables.setId("tableChecklist");
        tables.setPrefHeight(330);
        tables.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<TableDef>(
                tables::getItemBooleanProperty, new StringConverter<TableDef>() {
            @Override
            public String toString(TableDef def) {
                return def == null ? "" : def.sheet().replace('_', ' ');
            }

            @Override
            public TableDef fromString(String text) {
                return null;
            }
        }));
        model.chosen.forEach(def -> tables.getCheckModel().check(def));
        tables.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<TableDef>) c ->
                model.chosen.setAll(model.tables.filtered(tables.getCheckModel()::isChecked)));
        tables.getSelectionModel().selectedItemProperty().addListener((obs, old, def) -> {
            if (def != null) {
                model.previewed.set(def);
            }
        });
        FlowPane formats = new FlowPane(10, 6);
        for (String format : ReleaseWriter.FORMATS) {
            CheckBox box = new CheckBox(format.toUpperCase(java.util.Locale.ROOT));
            box.setSelected(true);
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.formats.add(format);
                } else {
                    model.formats.remove(format);
                }
            });
            formats.getChildren().add(box);
        }
        Button export = new Button("Export release\u2026");
        export.setId("exportRelease");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.exporting);
        export.setOnAction(e -> model.export());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(model.exporting);
        cancel.setOnAction(e -> model.cancel());
        Button check = new Button("Check a workbook\u2026");
        check.setId("checkWorkbook");
        check.setOnAction(e -> model.checkWorkbook());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.exporting);
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("publishStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        Button open = new Button("Open folder");
        open.setId("openFolder");
        open.visibleProperty().bind(model.written.isNotNull());
        open.setOnAction(e -> openFolder());
        Label tablesTitle = new Label("Tables (select one to preview it)");
        tablesTitle.getStyleClass().add("section-title");
        Label formatsTitle = new Label("Formats");
        formatsTitle.getStyleClass().add("section-title");
        VBox box = new VBox(10, months, tablesTitle, tables, formatsTitle, formats, new HBox(8, export, cancel),
                check, progress, status, open);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.setPrefWidth(300);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(320);
        return scroll;
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
        previewTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        previewTable.setId("previewTable");
        previewTable.setPlaceholder(new Label("Select a table to preview it."));
        ScrollPane thumbs = new ScrollPane(thumbnails);
        thumbs.setFitToWidth(true);
        thumbs.setPrefHeight(170);
        Label chartsTitle = new Label("Charts in the release");
        chartsTitle.getStyleClass().add("section-title");
        Label previewLabel = new Label("Preview, as published");
        previewLabel.getStyleClass().add("section-title");
        VBox.setVgrow(previewTable, Priority.ALWAYS);
        previewNotes.setId("previewNotes");
        ScrollPane notes = new ScrollPane(previewNotes);
        notes.setFitToWidth(true);
        notes.setPrefHeight(90);
        return new VBox(8, previewLabel, previewTitle, previewLines, previewTable, notes, chartsTitle, thumbs);
    }

    private void showPreview(Sheet sheet) {
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        previewLines.getChildren().clear();
        previewTitle.setText(sheet == null ? "" : sheet.title());
        if (sheet == null || sheet.table() == null) {
            return;
        }
        sheet.lines().forEach(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().add("muted");
            previewLines.getChildren().add(label);
        });
        List<Column> columns = sheet.table().columns();
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(columns.get(c).header());
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
            column.setSortable(false);
            column.setPrefWidth(c == 0 ? 150 : 130);
            if (columns.get(c).kind() != Column.Kind.TEXT) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            previewTable.getColumns().add(column);
        }
        for (List<Cell> row : sheet.table().rows()) {
            previewTable.getItems().add(row.stream().map(PublishView::shown).toList());
        }
    }

    private static String shown(Cell cell) {
        if (cell.kind() != Cell.Kind.NUMBER) {
            return cell.kind() == Cell.Kind.EMPTY ? "" : cell.text();
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat(cell.decimals() == 0 ? "#,##0"
                : "#,##0." + "0".repeat(cell.decimals()), java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        return format.format(cell.number());
    }

    private void showThumbnails() {
        thumbnails.getChildren().clear();
        for (PublishViewModel.Thumbnail thumbnail : model.thumbnails) {
            ImageView image = new ImageView(new Image(new ByteArrayInputStream(thumbnail.png())));
            image.setPreserveRatio(true);
            image.setFitWidth(220);
            Label name = new Label(thumbnail.spec().name());
            VBox card = new VBox(4, image, name);
            card.setAlignment(Pos.TOP_CENTER);
            javafx.scene.control.Tooltip.install(card, new javafx.scene.control.Tooltip(thumbnail.spec().headline()));
            thumbnails.getChildren().add(card);
        }
    }

    private void openFolder() {
        java.nio.file.Path folder = model.written.get();
        Thread opener = new Thread(() -> {
            try {
                java.awt.Desktop.getDesktop().open(folder.toFile());
            } catch (Exception | Error unavailable) {
                javafx.application.Platform.runLater(() -> model.status.set("The release is in " + folder
                        + " (this desktop cannot open folders from Java)"));
            }
        }, "open-folder");
        opener.setDaemon(true);
        opener.start();
    }
}
