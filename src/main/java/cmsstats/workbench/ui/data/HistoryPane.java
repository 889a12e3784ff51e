package cmsstats.workbench.ui.data;

import atlantafx.base.theme.Styles;
import cmsstats.workbench.model.AuditEvent;
import cmsstats.workbench.ui.Tables;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The History tab: the audit trail, newest first, as time, user, action and what it touched (the SHA-256 cut
 * short in the table, whole in each row's tooltip; {@code cms-workbench audit} prints it whole).
 */
final class HistoryPane extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.systemDefault());

    HistoryPane(HistoryViewModel model) {
        super(8);
        setPadding(new Insets(8, 16, 8, 16));
        Label summary = new Label();
        summary.setId("historySummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("historyRefresh");
        refresh.setMinWidth(Button.USE_PREF_SIZE);
        refresh.setOnAction(e -> model.load());
        refresh.disableProperty().bind(model.loadingProperty());
        HBox bar = new HBox(8, refresh, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);

        TableView<AuditEvent> table = new TableView<>(model.events());
        table.setId("historyTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setPlaceholder(new Label("No events recorded yet."));
        table.getColumns().setAll(List.of(
                Tables.numberColumn("Event", e -> Long.toString(e.id())),
                Tables.textColumn("Time", e -> TIME.format(e.at())),
                Tables.textColumn("User", AuditEvent::user),
                Tables.textColumn("Action", e -> e.action().label()),
                // the long column last, so the short ones stay in view
                Tables.textColumn("Workbench", AuditEvent::workbenchVersion),
                Tables.textColumn("What", e -> e.subject().describeShort())));
        Tables.fitColumnsToContent(table);
        Tables.enableCopy(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AuditEvent item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : whole(item));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /** What the event touched in full, one part to a line, wrapped within the window. */
    private static Tooltip whole(AuditEvent event) {
        Tooltip tip = new Tooltip(String.join("\n", event.subject().describe().split("; ")));
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        return tip;
    }
}
