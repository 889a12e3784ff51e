package cmsstats.workbench.ui.data;

import atlantafx.base.theme.Styles;
import cmsstats.workbench.model.Revision;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.Periods;
import cmsstats.workbench.publish.chart.ValueFormat;
import cmsstats.workbench.ui.Tables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Published figures beside the values computed now; moves of 5% or more are marked revised (in words too). */
final class RevisionsPane extends VBox {
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.UK);
    RevisionsPane(DataViewModel model) {
        super(8);
        setPadding(new Insets(8, 16, 8, 16));
        javafx.scene.control.ChoiceBox<java.time.LocalDate> edition = new javafx.scene.control.ChoiceBox<>(
                model.editions());
        edition.setId("revisionEdition");
        edition.setPrefWidth(230);
        edition.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        edition.valueProperty().bindBidirectional(model.editionProperty());
        edition.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "newest published edition" : "edition of " + DATE.format(date);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return null;
            }
        });
        javafx.scene.control.TextField threshold = new javafx.scene.control.TextField(
                model.thresholdProperty().get().toPlainString());
        threshold.setId("revisionThreshold");
        threshold.setPrefColumnCount(4);
        threshold.textProperty().addListener((obs, old, text) -> {
            BigDecimal value = positive(text);
            model.thresholdProperty().set(value);
            threshold.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), value == null);
        });
        Label thresholdLabel = new Label("revised from a move of");
        thresholdLabel.setLabelFor(threshold);
        Button check = new Button("Check");
        check.setId("checkRevisions");
        check.setOnAction(e -> model.checkRevisions());
        check.disableProperty().bind(model.checkingRevisionsProperty().or(model.thresholdProperty().isNull()));
        Label summary = new Label();
        summary.setId("revisionSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.revisionSummaryProperty());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, new Label("Compare with the"),
                edition, thresholdLabel, threshold, new Label("% or more"), check);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Revision> table = new TableView<>(model.revisions());
        table.setId("revisionTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label("No check run yet."));
        table.getColumns().setAll(java.util.List.of(
                Tables.textColumn("Measure", r -> r.figure().measure()),
                Tables.textColumn("Period", r -> Periods.month(r.figure().period())),
                Tables.textColumn("Breakdown", r -> r.figure().breakdown() == null ? "" : r.figure().breakdown()),
                Tables.textColumn("Unit", r -> unitOf(r).map(cmsstats.workbench.publish.chart.ChartSpec::unitLabel)
                        .orElse("")),
                Tables.numberColumn("Published", r -> shown(r, r.figure().value())),
                Tables.numberColumn("Computed now", r -> r.computed() == null ? "" : shown(r, r.computed())),
                Tables.numberColumn("Change (%)", r -> r.changePct() == null ? "" : signed(r.changePct())),
                Tables.textColumn("Status", r -> r.flagged() ? "Revised" : r.note().isEmpty() ? "Within the threshold"
                        : r.note())));
        Tables.fitColumnsToContent(table);
        Tables.enableCopy(table);
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
        getChildren().addAll(bar, summary, table);
    }

    /** A figure as the release shows its measure: separators, money in GBP million (ValueFormat's rule). */
    private static String shown(Revision revision, BigDecimal value) {
        return unitOf(revision).map(unit -> ValueFormat.cell(value, unit)).orElse(value.toPlainString());
    }

    private static java.util.Optional<MeasureUnit> unitOf(Revision revision) {
        return MeasureCatalog.find(revision.figure().measure()).map(d -> d.unit());
    }

    private static String signed(BigDecimal change) {
        BigDecimal rounded = change.setScale(1, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    /** A threshold as typed: a percentage above 0, or null when it is not one. */
    private static BigDecimal positive(String text) {
        String typed = text == null ? "" : text.strip();
        if (!typed.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(typed);
        return value.signum() > 0 ? value : null;
    }

}
