package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.RecheckText;
import cmsstats.workbench.ui.Tables;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The second checks of the selected sample: a subsample size and seed, Draw and Import, the sample's second
 * checks with their agreement, and the disagreements of the latest one imported.
 */
final class RecheckCard extends VBox {
    private final ObservableList<AccuracyViewModel.RecheckSummary> rechecks = FXCollections.observableArrayList();
    private final ObservableList<AccuracyRechecks.Pair> disagreements = FXCollections.observableArrayList();
    private final Label agreement = Forms.wrapping(new Label());

    RecheckCard(RecheckViewModel model, AccuracyViewModel accuracy) {
        super(10);
        Button draw = new Button("Draw second check and save worksheet\u2026");
        draw.setId("drawRecheck");
        draw.disableProperty().bind(Bindings.not(model.canDrawProperty()));
        draw.setOnAction(e -> model.draw());
        Button importButton = new Button("Import second check\u2026");
        importButton.setId("importRecheck");
        importButton.disableProperty().bind(model.busyProperty().or(accuracy.previewProperty().isNotNull()));
        importButton.setOnAction(e -> model.importWorksheet());
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        Label status = Forms.wrapping(new Label());
        status.setId("recheckStatus");
        status.textProperty().bind(model.statusProperty());
        HBox buttons = new HBox(10, draw, importButton, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        TableView<AccuracyViewModel.RecheckSummary> table = new TableView<>(rechecks);
        table.setId("recheckHistory");
        table.getColumns().add(Tables.numberColumn("Second check", r -> String.valueOf(r.recheck().id())));
        table.getColumns().add(Tables.numberColumn("Of check version", r -> String.valueOf(
                r.recheck().checkVersion())));
        table.getColumns().add(Tables.numberColumn("Assessments", r -> String.valueOf(r.recheck().n())));
        table.getColumns().add(Tables.numberColumn("Seed", r -> String.valueOf(r.recheck().seed())));
        table.getColumns().add(Tables.numberColumn("Agree", r -> r.compared() == null ? "" : String.format(
                Locale.UK, "%d of %d", r.compared().agreement().agreed(), r.compared().agreement().n())));
        table.getColumns().add(Tables.numberColumn("Kappa", r -> r.compared() == null
                || r.compared().agreement().kappa() == null ? "" : String.format(Locale.UK, "%.2f",
                r.compared().agreement().kappa())));
        table.getColumns().add(Tables.textColumn("State", r -> r.recheck().imported() ? "imported from "
                + r.recheck().sourceFile() : "with the second checker"));
        table.setPlaceholder(new Label("No second check of this sample yet."));
        TableView<AccuracyRechecks.Pair> wrong = new TableView<>(disagreements);
        wrong.setId("recheckDisagreements");
        wrong.getColumns().add(Tables.textColumn("Assessment", AccuracyRechecks.Pair::assessmentId));
        wrong.getColumns().add(Tables.numberColumn("Calculated \u00a3", p -> Figures.pounds(p.calculated())));
        wrong.getColumns().add(Tables.numberColumn("First \u00a3", p -> Figures.pounds(p.firstCorrect())));
        wrong.getColumns().add(Tables.textColumn("First", p -> verdict(p.firstAccurate(), p.firstCause())));
        wrong.getColumns().add(Tables.numberColumn("Second \u00a3", p -> Figures.pounds(p.secondCorrect())));
        wrong.getColumns().add(Tables.textColumn("Second", p -> verdict(p.secondAccurate(), p.secondCause())));
        wrong.setPlaceholder(new Label("No disagreement."));
        for (TableView<?> t : List.of(table, wrong)) {
            Tables.fitColumnsToContent(t);
            Tables.enableCopy(t);
            t.setMinHeight(Panes.MIN_TABLE_HEIGHT);
            t.setPrefHeight(160);
        }
        agreement.setId("recheckAgreement");
        Label wrongTitle = new Label("Disagreements of the latest second check imported");
        wrongTitle.getStyleClass().add("section-title");
        wrongTitle.setLabelFor(wrong);
        javafx.scene.layout.GridPane form = Forms.grid(
                "Assessments", Forms.numberField("recheckN", model.size(), "Assessments of the latest finalised "
                        + "check to check again"),
                "Seed", Forms.numberField("recheckSeed", model.seed(), "The same seed and check give the same "
                        + "subsample"));
        form.setMaxWidth(Panes.FORM_WIDTH);
        Label about = Forms.wrapping(new Label("A second checker checks a seeded subsample of the selected sample's "
                + "latest finalised check afresh; the worksheet leaves out the first checker's answers."));
        about.getStyleClass().add("muted");
        getChildren().add(Forms.card("Second checks of the selected sample", about, form, buttons, status, table,
                agreement, wrongTitle, wrong));
        accuracy.scoredProperty().addListener((obs, old, scored) -> show(scored));
        show(accuracy.scoredProperty().get());
    }

    private static String verdict(boolean accurate, cmsstats.workbench.model.ErrorCause cause) {
        return accurate ? "accurate" : "inaccurate" + (cause == null ? "" : ", " + cause.code());
    }

    private void show(AccuracyViewModel.Scored scored) {
        rechecks.setAll(scored == null ? List.of() : scored.rechecks());
        AccuracyRechecks.Compared latest = rechecks.stream().map(AccuracyViewModel.RecheckSummary::compared)
                .filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(null);
        disagreements.setAll(latest == null ? List.of() : latest.disagreements());
        agreement.setText(latest == null ? "" : "Second check " + latest.recheck().id() + ": "
                + RecheckText.summary(latest.agreement()));
    }
}
