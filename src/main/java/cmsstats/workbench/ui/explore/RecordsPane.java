package cmsstats.workbench.ui.explore;

import cmsstats.workbench.measures.RecordsFinder;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.ui.Tables;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The records behind a figure: what they add up to, a page of the extract's rows, paging, export and close. */
final class RecordsPane extends VBox {
    private final RecordsViewModel model;
    private final TableView<List<String>> rows = new TableView<>();
    private final Label position = new Label();
    private final Button previous = new Button("\u25C0 Previous");
    private final Button next = new Button("Next \u25B6");

    RecordsPane(RecordsViewModel model) {
        super(6);
        this.model = model;
        setId("recordsPane");
        setPadding(new Insets(6, 0, 0, 0));
        Label heading = new Label();
        heading.setId("recordsHeading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(model.heading());
        Label message = new Label();
        message.setId("recordsMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.message());
        Button export = new Button("Export records\u2026");
        export.setId("exportRecords");
        export.setOnAction(e -> model.export());
        export.disableProperty().bind(model.records().isNull());
        Button close = new Button("Close");
        close.setId("closeRecords");
        close.setOnAction(e -> model.close());
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(18, 18);
        working.visibleProperty().bind(model.busy());
        previous.setId("previousRecords");
        previous.setOnAction(e -> model.showPage(model.page().get() - 1));
        next.setId("nextRecords");
        next.setOnAction(e -> model.showPage(model.page().get() + 1));
        position.setId("recordsPosition");
        for (Button b : List.of(export, close, previous, next)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        position.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, previous, position, next, export, close, working);
        bar.setAlignment(Pos.CENTER_LEFT);
        rows.setId("recordsTable");
        rows.setPlaceholder(new Label("No records to show"));
        Tables.enableCopy(rows);
        Tables.fitColumnsToContent(rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().addAll(heading, bar, rows, message);
        show(null);
        model.records().addListener((obs, old, records) -> show(records));
    }

    private void show(RecordsFinder.Records records) {
        int shownPage = model.page().get();
        previous.setDisable(records == null || shownPage == 0);
        next.setDisable(records == null || shownPage + 1 >= model.pageCount());
        if (records == null) {
            position.setText("");
            rows.getColumns().clear();
            rows.getItems().clear();
            return;
        }
        long first = (long) shownPage * RecordsViewModel.PAGE_SIZE;
        position.setText(records.rows() == 0 ? "No rows" : String.format(java.util.Locale.UK, "Rows %,d to %,d of %,d",
                first + 1, first + records.page().rows().size(), records.rows()));
        RowPage page = records.page();
        if (!rows.getColumns().stream().map(TableColumn::getText).toList().equals(page.columns())) {
            rows.getColumns().clear();
            for (int i = 0; i < page.columns().size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(page.columns().get(i));
                column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(index)));
                column.setSortable(false);
                if (page.numeric().get(i)) {
                    column.getStyleClass().add(Tables.NUMERIC);
                }
                rows.getColumns().add(column);
            }
        }
        rows.getItems().setAll(page.rows());
        rows.scrollTo(0);
    }

    /** The page's rows, for tests. */
    TableView<List<String>> rowsTable() {
        return rows;
    }
}
