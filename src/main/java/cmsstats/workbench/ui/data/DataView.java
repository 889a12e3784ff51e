package cmsstats.workbench.ui.data;

import atlantafx.base.theme.Styles;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.model.RowQuery;
import java.io.File;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Data view: the store's extract versions, a paged preview of the selected one, and import by button or by
 * dropping files, with progress and cancel. Code only, bound to {@link DataViewModel}.
 */
public final class DataView extends BorderPane {
    private static final DateTimeFormatter IMPORTED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());
    private static final String ANY_COLUMN = "any column";
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    private final DataViewModel model;
    private final TableView<ExtractVersion> versionTable = new TableView<>();
    private final TableView<List<String>> rowTable = new TableView<>();

    public DataView(DataViewModel model, Runnable chooseFiles) {
        this.model = model;
        getStyleClass().add("data-view");
        setTop(header(chooseFiles));
        Tab rows = new Tab("Rows", rowsPane());
        Tab revisions = new Tab("Revisions", new RevisionsPane(model));
        revisions.setId("revisionsTab");
        revisions.setOnSelectionChanged(e -> {
            if (revisions.isSelected()) {
                model.readEditions();
            }
        });
        Tab history = new Tab("History", new HistoryPane(model.history()));
        history.setId("historyTab");
        history.setOnSelectionChanged(e -> {
            if (history.isSelected()) {
                model.history().load();
            }
        });
        TabPane lower = new TabPane(rows, revisions, history);
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(versionsPane(), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        setCenter(split);
        enableDrop();
    }

    private VBox header(Runnable chooseFiles) {
        Label title = new Label("Data");
        title.getStyleClass().add("view-title");
        Label subtitle = new Label("Extracts in the store. Each import is a version; measures use the newest of "
                + "each kind.");
        subtitle.getStyleClass().add("view-subtitle");

        Button importButton = new Button("_Import extracts\u2026");
        importButton.setId("importButton");
        importButton.setMnemonicParsing(true);
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> chooseFiles.run());
        importButton.disableProperty().bind(model.importingProperty());
        Button refresh = new Button("_Refresh");
        refresh.setMnemonicParsing(true);
        refresh.setOnAction(e -> model.refresh());

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.setOnAction(e -> model.cancelImport());
        HBox running = new HBox(8, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.importRunningProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label status = new Label();
        status.setId("dataStatus");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("status-text");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, importButton, refresh, spacer, status, running);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, title, subtitle, toolbar);
        header.setPadding(new Insets(16, 16, 12, 16));
        return header;
    }

    private VBox versionsPane() {
        versionTable.setId("versionTable");
        versionTable.getStyleClass().add(Styles.DENSE);
        versionTable.setItems(model.versions());
        cmsstats.workbench.ui.Tables.enableCopy(versionTable);
        versionTable.setPlaceholder(new Label("No extracts yet. Drop CSV or XLSX files here, or choose "
                + "Import extracts\u2026"));
        versionTable.getColumns().setAll(List.of(
                column("Version", v -> Long.toString(v.id()), 70, true),
                column("Kind", v -> v.kind().id(), 140, false),
                column("Source file", ExtractVersion::sourceFile, 220, false),
                column("Rows", v -> COUNT.format(v.rowCount()), 100, true),
                column("Imported", v -> IMPORTED_AT.format(v.importedAt()), 150, false),
                shaColumn(),
                column("Workbench", ExtractVersion::workbenchVersion, 90, false)));
        cmsstats.workbench.ui.Tables.fitColumnsToContent(versionTable);
        versionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> {
            if (v != null) {
                model.selectedProperty().set(v);
            }
        });
        model.selectedProperty().addListener((obs, old, v) -> {
            if (v != null && versionTable.getSelectionModel().getSelectedItem() != v) {
                versionTable.getSelectionModel().select(v);
                versionTable.scrollTo(v);
            }
        });
        Label label = new Label("Extract versions");
        label.getStyleClass().add("section-title");
        VBox box = new VBox(6, label, versionTable);
        VBox.setVgrow(versionTable, Priority.ALWAYS);
        box.setPadding(new Insets(0, 16, 8, 16));
        return box;
    }

    private TableColumn<ExtractVersion, String> shaColumn() {
        TableColumn<ExtractVersion, String> sha = new TableColumn<>("SHA-256");
        // the first 16 hex digits tell versions apart; the whole hash is in the tooltip and copied with Ctrl+C
        sha.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().sha256().substring(0, 16) + "\u2026"));
        sha.setPrefWidth(160);
        sha.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ExtractVersion version = empty ? null : getTableRow().getItem();
                setText(empty || item == null ? null : item);
                setTooltip(version == null ? null : new Tooltip(version.sha256()));
                getStyleClass().add("monospace");
            }
        });
        return sha;
    }

    private static TableColumn<ExtractVersion, String> column(String title, Function<ExtractVersion, String> value,
                                                             double width, boolean numeric) {
        TableColumn<ExtractVersion, String> column = new TableColumn<>(title);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        column.setPrefWidth(width);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }

    private VBox rowsPane() {
        rowTable.setId("rowTable");
        rowTable.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        rowTable.setPlaceholder(new Label("Select a version to see its rows."));
        cmsstats.workbench.ui.Tables.fitColumnsToContent(rowTable);
        Label label = new Label();
        label.getStyleClass().add("section-title");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            ExtractVersion v = model.selectedProperty().get();
            return v == null ? "Rows" : "Rows of version " + v.id() + " \u2014 " + v.kind().id() + " from "
                    + v.sourceFile() + " (" + COUNT.format(v.rowCount()) + " rows; line = line in the file)";
        }, model.selectedProperty()));

        Pagination pager = new Pagination();
        pager.setId("rowPager");
        pager.setMaxPageIndicatorCount(9);
        pager.pageCountProperty().bind(model.pageCountProperty());
        pager.setPageFactory(index -> {
            if (index != model.pageIndexProperty().get()) {
                model.showPage(index);
            }
            return new Region();
        });
        model.pageIndexProperty().addListener((obs, old, index) -> pager.setCurrentPageIndex(index.intValue()));
        pager.setMinHeight(56);
        pager.setMaxHeight(56);
        model.pageProperty().addListener((obs, old, page) -> showRows(page));

        VBox box = new VBox(6, label, searchBar(), rowTable, pager);
        VBox.setVgrow(rowTable, Priority.ALWAYS);
        cmsstats.workbench.ui.Tables.enableCopy(rowTable);
        // a click on a header sorts all the version's rows in the store, not just the page shown
        rowTable.setSortPolicy(table -> {
            RowQuery now = model.rowQueryProperty().get();
            TableColumn<List<String>, ?> by = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            String column = by == null ? null : by.getText();
            boolean descending = by != null && by.getSortType() == TableColumn.SortType.DESCENDING;
            model.rowQueryProperty().set(new RowQuery(column, descending, now.filterColumn(), now.filterText()));
            return true;
        });
        box.setPadding(new Insets(8, 16, 8, 16));
        return box;
    }

    /** Search (in one column or any), and go to a row, over all the version's rows. */
    private javafx.scene.layout.FlowPane searchBar() {
        TextField search = new TextField();
        search.setId("rowSearch");
        search.setPromptText("Search the rows\u2026");
        search.setPrefColumnCount(18);
        ChoiceBox<String> in = new ChoiceBox<>();
        in.setId("rowSearchColumn");
        in.setPrefWidth(160);
        in.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        in.getItems().add(ANY_COLUMN);
        in.setValue(ANY_COLUMN);
        model.pageProperty().addListener((obs, old, page) -> {
            if (page != null && !in.getItems().subList(1, in.getItems().size())
                    .equals(page.columns().subList(1, page.columns().size() - 1))) {
                in.getItems().setAll(ANY_COLUMN);
                in.getItems().addAll(page.columns().subList(1, page.columns().size() - 1));
                in.setValue(ANY_COLUMN);
            }
        });
        Runnable apply = () -> {
            RowQuery now = model.rowQueryProperty().get();
            String column = ANY_COLUMN.equals(in.getValue()) ? null : in.getValue();
            model.rowQueryProperty().set(new RowQuery(now.sortColumn(), now.descending(), column, search.getText()));
        };
        search.setOnAction(e -> apply.run());
        in.setOnAction(e -> apply.run());
        Button find = new Button("Search");
        find.setId("rowSearchButton");
        find.setOnAction(e -> apply.run());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            search.clear();
            apply.run();
        });
        Label found = new Label();
        found.setId("rowsFound");
        found.getStyleClass().add("muted");
        found.textProperty().bind(model.rowsFoundProperty());
        TextField row = new TextField();
        row.setId("goToRow");
        row.setPromptText("Row number");
        row.setPrefColumnCount(8);
        row.setOnAction(e -> {
            String text = row.getText().strip().replace(",", "");
            if (text.matches("\\d{1,12}")) {
                row.getStyleClass().remove("error");
                model.goToRow(Long.parseLong(text));
            } else {
                row.getStyleClass().add("error");
                model.statusProperty().set("Go to row: expected a row number such as 1200, not \"" + text + "\"");
            }
        });
        row.setTooltip(new Tooltip("The n-th row in the order shown (sorted and searched as now), selected"));
        Label go = new Label("Go to row");
        go.setLabelFor(row);
        find.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        go.setMinWidth(Region.USE_PREF_SIZE);
        found.setWrapText(true);
        // wraps onto a second line in a narrow window rather than cutting its buttons short
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, search, new Label("in"), in, find,
                clear, go, row, found);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showRows(RowPage page) {
        if (page == null) {
            rowTable.getColumns().clear();
            rowTable.getItems().clear();
            return;
        }
        List<String> names = page.columns();
        boolean sameColumns = rowTable.getColumns().stream().map(TableColumn::getText).toList().equals(names);
        if (!sameColumns) {
            rowTable.getColumns().clear();
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
                column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(index)));
                // the extras are JSON kept as they came: not searched or sorted by the store
                column.setSortable(i < names.size() - 1);
                if (page.numeric().get(i)) {
                    column.getStyleClass().add("numeric");
                }
                rowTable.getColumns().add(column);
            }
        }
        rowTable.getItems().setAll(page.rows());
        int wanted = model.rowOnPageProperty().get();
        if (wanted >= 0 && wanted < page.rows().size()) {
            rowTable.getSelectionModel().clearAndSelect(wanted);
            rowTable.scrollTo(Math.max(0, wanted - 3));
            rowTable.requestFocus();
            model.rowShown();
        } else {
            rowTable.scrollTo(0);
        }
    }

    private void enableDrop() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.importingProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragEntered(event -> markDropTarget(event, true));
        setOnDragExited(event -> markDropTarget(event, false));
        setOnDragDropped(event -> {
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                model.importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private void markDropTarget(DragEvent event, boolean on) {
        if (event.getDragboard().hasFiles()) {
            if (on) {
                getStyleClass().add("drop-target");
            } else {
                getStyleClass().remove("drop-target");
            }
        }
    }
}
