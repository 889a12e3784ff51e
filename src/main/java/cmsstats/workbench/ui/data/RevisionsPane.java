package cmsstats.workbench.ui.data;

import atlantafx.base.theme.Styles;
import cmsstats.workbench.model.Revision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Published figures beside the values computed now; moves of 5% or more are marked revised (in words too). */
final class RevisionsPane extends VBox {
    RevisionsPane(DataViewModel model) {
        super(8);
        setPadding(new Insets(8, 16, 8, 16));
        Button check = new Button("Check against the newest published edition");
        check.setId("checkRevisions");
        check.setOnAction(e -> model.checkRevisions());
        check.disableProperty().bind(model.checkingRevisionsProperty());
        Label summary = new Label();
        summary.setId("revisionSummary");
        summary.textProperty().bind(model.revisionSummaryProperty());
        HBox bar = new HBox(12, check, summary);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Revision> table = new TableView<>(model.revisions());
        table.setId("revisionTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No check run yet."));
        table.getColumns().setAll(java.util.List.of(
                column("Measure", r -> r.figure().measure(), 220, false),
                column("Period", r -> r.figure().period().toString(), 80, false),
                column("Breakdown", r -> r.figure().breakdown() == null ? "" : r.figure().breakdown(), 90, false),
                column("Published", r -> r.figure().value().toPlainString(), 120, true),
                column("Computed now", r -> r.computed() == null ? "" : scaled(r.computed(), 2), 140, true),
                column("Change (%)", r -> r.changePct() == null ? "" : scaled(r.changePct(), 1), 90, true),
                column("Status", r -> r.flagged() ? "Revised (5% or more)" : r.note().isEmpty() ? "Within 5%"
                        : r.note(), 260, false)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Revision item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("revised");
                if (!empty && item != null && item.flagged()) {
                    getStyleClass().add("revised");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private static String scaled(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static TableColumn<Revision, String> column(String title, Function<Revision, String> value, double width,
                                                        boolean numeric) {
        TableColumn<Revision, String> column = new TableColumn<>(title);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        column.setPrefWidth(width);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }
}
