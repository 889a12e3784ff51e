package cmsstats.workbench.ui.sampling;

import atlantafx.base.theme.Styles;
import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.sampling.AccuracyReport;
import cmsstats.workbench.sampling.AccuracyReportText;
import cmsstats.workbench.sampling.AccuracyScore;
import cmsstats.workbench.ui.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The accuracy-checks tab: design, calculator and draw on the left; samples and score (or the preview of an
 * imported worksheet, with Finalise and Discard) on the right; breakdowns and inaccurate assessments beneath both.
 * The tab scrolls as a
 * whole once the window is smaller than its content, so no button is cut off.
 */
final class AccuracyView extends ScrollPane {
    private final AccuracyViewModel model;
    private final Label rateText = new Label();
    private final Label intervalsText = new Label();
    private final Label moneyText = new Label();
    private final Label estimatesText = new Label();
    private final Label checksText = new Label();
    private final IntervalBar exactBar = new IntervalBar();
    private final IntervalBar wilsonBar = new IntervalBar();
    private final Label exactTitle = new Label("Clopper-Pearson (exact) interval, %");
    private final Label wilsonTitle = new Label("Wilson score interval, %");
    private final Label which = new Label();
    private final Label previewNote = new Label();
    private final HBox previewActions = new HBox(10);
    private final ObservableList<String[]> groups = FXCollections.observableArrayList();
    private final ObservableList<AccuracyScore.Inaccurate> inaccurate = FXCollections.observableArrayList();
    private final ObservableList<String[]> causes = FXCollections.observableArrayList();
    private final Label causesNote = new Label();

    AccuracyView(AccuracyViewModel model) {
        this.model = model;
        VBox left = Panes.formColumn(designCard(), actions(), calculatorCard());
        VBox right = new VBox(12, historyCard(), scoreCard());
        right.setMinWidth(Panes.MIN_RESULTS_WIDTH);
        HBox.setHgrow(right, Priority.ALWAYS);
        // the breakdown and the inaccurate list span the tab's width: seven columns of figures need it
        VBox content = new VBox(16, new HBox(16, left, right), detailCard(), new RecheckCard(model.rechecks(),
                model));
        content.setPadding(new Insets(16));
        Panes.scrollAsWhole(this, content);
        model.scoredProperty().addListener((obs, old, scored) -> render());
        model.previewProperty().addListener((obs, old, preview) -> render());
        render();
    }

    private VBox designCard() {
        DatePicker from = isoDatePicker();
        from.setId("accuracyFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = isoDatePicker();
        to.setId("accuracyTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        ChoiceBox<AccuracyViewModel.Types> types = new ChoiceBox<>();
        types.getItems().setAll(AccuracyViewModel.Types.values());
        types.valueProperty().bindBidirectional(model.typesProperty());
        ChoiceBox<AccuracyViewModel.Designs> design = new ChoiceBox<>();
        design.setId("accuracyDesign");
        design.getItems().setAll(AccuracyViewModel.Designs.values());
        design.valueProperty().bindBidirectional(model.designProperty());
        design.setTooltip(new javafx.scene.control.Tooltip("Simple random; stratified by assessment type (NEW and "
                + "CHANGE, proportional allocation); or monetary-unit: systematic selection over the cumulative "
                + "weekly amount, so large awards are checked more often (the sample size is then the number of "
                + "monetary units)"));
        ChoiceBox<Double> level = new ChoiceBox<>();
        level.getItems().setAll(List.of(0.90, 0.95, 0.99));
        level.valueProperty().bindBidirectional(model.levelProperty());
        Label frame = new Label();
        frame.setId("accuracyFrame");
        frame.textProperty().bind(model.frameTextProperty());
        Forms.wrapping(frame);
        return Forms.card("Design", Forms.grid("Assessed from", from, "Assessed to", to, "Assessments", types,
                "Frame", frame, "Sample size", Forms.numberField("accuracyN", model.sampleSize(),
                        "Assessments to check"),
                "Seed", Forms.numberField("accuracySeed", model.seed(),
                        "The same seed and extract give the same sample"),
                "Design", design, "Confidence level", level));
    }

    /** Dates as the extracts write them (YYYY-MM-DD), whatever the machine's locale. */
    private static DatePicker isoDatePicker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("YYYY-MM-DD");
        return picker;
    }

    private VBox calculatorCard() {
        Label proposal = new Label();
        proposal.textProperty().bind(model.proposalProperty());
        Forms.wrapping(proposal);
        Button use = new Button("Use this size");
        use.setId("useAccuracyProposal");
        use.disableProperty().bind(Bindings.createBooleanBinding(() -> !(model.expectedAccuracy().valid()
                        && model.intervalWidth().valid()), model.expectedAccuracy().valueProperty(),
                model.intervalWidth().valueProperty()));
        use.setOnAction(e -> model.useProposal());
        return Forms.card("Sample size calculator", Forms.grid(
                "Expected accuracy", Forms.numberField("expectedAccuracy", model.expectedAccuracy(), "As a proportion, "
                        + "e.g. 0.95"),
                "Interval width", Forms.numberField("intervalWidth", model.intervalWidth(),
                        "Full width of the interval "
                        + "as a proportion, e.g. 0.10 for \u00b15 points")), proposal, use);
    }

    private VBox actions() {
        Button draw = new Button("Draw sample and save worksheet\u2026");
        draw.setId("drawAccuracy");
        Panes.action(draw, model.canDrawProperty(), model::draw);
        Button importButton = new Button("Import completed worksheet\u2026");
        importButton.setId("importWorksheet");
        Panes.action(importButton, model.idleProperty(), model::importWorksheet);
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("accuracyStatus");
        status.textProperty().bind(model.statusProperty());
        Forms.wrapping(status);
        HBox buttons = new HBox(10, draw, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, buttons, Panes.invalidFormHint(model.formValidProperty()), importButton, status);
    }

    private VBox scoreCard() {
        rateText.setId("accuracyRate");
        rateText.getStyleClass().add("headline-figure");
        Forms.wrapping(intervalsText);
        intervalsText.setId("accuracyIntervals");
        Forms.wrapping(moneyText);
        moneyText.setId("accuracyMoney");
        Forms.wrapping(estimatesText);
        estimatesText.setId("accuracyEstimates");
        Forms.wrapping(checksText);
        checksText.getStyleClass().add("muted");
        which.setText("Quote the Clopper-Pearson (exact) interval near 100%: it never covers less than "
                + "its level, where the Wilson interval can fall short when almost every case is accurate.");
        Forms.wrapping(which);
        which.getStyleClass().add("muted");
        previewNote.setId("accuracyPreview");
        previewNote.getStyleClass().add(Styles.WARNING);
        Forms.wrapping(previewNote);
        Button finalise = new Button("Finalise check");
        finalise.setId("finaliseCheck");
        finalise.getStyleClass().add(Styles.ACCENT);
        finalise.disableProperty().bind(model.busyProperty());
        finalise.setOnAction(e -> model.finalisePreview());
        Button discard = new Button("Discard");
        discard.setId("discardCheck");
        discard.disableProperty().bind(model.busyProperty());
        discard.setOnAction(e -> model.discardPreview());
        previewActions.getChildren().addAll(finalise, discard);
        return Forms.card("Accuracy", previewNote, previewActions, checksText, rateText, exactTitle, exactBar,
                wilsonTitle, wilsonBar, intervalsText, which, moneyText, estimatesText);
    }

    private VBox detailCard() {
        TableView<String[]> byGroup = new TableView<>(groups);
        byGroup.setId("accuracyGroups");
        byGroup.getColumns().add(Tables.textColumn("Group", (String[] r) -> r[0]));
        byGroup.getColumns().add(Tables.numberColumn("Checked", (String[] r) -> r[1]));
        byGroup.getColumns().add(Tables.numberColumn("Accurate", (String[] r) -> r[2]));
        byGroup.getColumns().add(Tables.numberColumn("Rate", (String[] r) -> r[3]));
        byGroup.setPlaceholder(new Label("No check yet."));
        TableView<AccuracyScore.Inaccurate> wrong = new TableView<>(inaccurate);
        wrong.setId("inaccurateList");
        wrong.getColumns().add(Tables.textColumn("Assessment", AccuracyScore.Inaccurate::assessmentId));
        wrong.getColumns().add(Tables.textColumn("Type", AccuracyScore.Inaccurate::type));
        wrong.getColumns().add(Tables.textColumn("Checker", AccuracyScore.Inaccurate::checker));
        wrong.getColumns().add(Tables.numberColumn("Calculated \u00a3", i -> Figures.pounds(i.calculated())));
        wrong.getColumns().add(Tables.numberColumn("Correct \u00a3", i -> Figures.pounds(i.correct())));
        wrong.getColumns().add(Tables.numberColumn("Difference \u00a3", i -> Figures.pounds(i.difference())));
        wrong.getColumns().add(Tables.numberColumn("Tolerance \u00a3", i -> Figures.pounds(i.tolerance())));
        wrong.getColumns().add(Tables.textColumn("Cause", i -> i.cause() == null ? "" : i.cause().code()));
        TableView<String[]> byCause = new TableView<>(causes);
        byCause.setId("accuracyCauses");
        byCause.getColumns().add(Tables.textColumn("Cause", (String[] r) -> r[0]));
        byCause.getColumns().add(Tables.numberColumn("Errors", (String[] r) -> r[1]));
        byCause.getColumns().add(Tables.numberColumn("Error \u00a3 a week", (String[] r) -> r[2]));
        byCause.getColumns().add(Tables.numberColumn("Share of monetary error", (String[] r) -> r[3]));
        byCause.setPlaceholder(new Label("No inaccurate assessment with a cause."));
        // "none inaccurate" only once a check is scored: before that, there is nothing to say yet
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.scoredProperty().get() == null && model.previewProperty().get() == null
                        ? "No check scored yet." : "No inaccurate assessment.",
                model.scoredProperty(), model.previewProperty()));
        wrong.setPlaceholder(none);
        for (TableView<?> table : List.of(byGroup, wrong, byCause)) {
            Tables.fitColumnsToContent(table);
            Tables.enableCopy(table);
            table.setMinHeight(Panes.MIN_TABLE_HEIGHT);
            table.setPrefHeight(190);
        }
        Label groupsTitle = new Label("By assessment type and by checker");
        groupsTitle.getStyleClass().add("section-title");
        groupsTitle.setLabelFor(byGroup);
        Label wrongTitle = new Label("Inaccurate assessments");
        wrongTitle.getStyleClass().add("section-title");
        wrongTitle.setLabelFor(wrong);
        Label causesTitle = new Label("Inaccurate assessments by cause");
        causesTitle.getStyleClass().add("section-title");
        causesTitle.setLabelFor(byCause);
        Forms.wrapping(causesNote);
        causesNote.getStyleClass().add("muted");
        return Forms.card("By type and checker; inaccurate assessments; causes", groupsTitle, byGroup, wrongTitle,
                wrong, causesTitle, byCause, causesNote);
    }

    private static String corrections(int count) {
        return count + (count == 1 ? " correction" : " corrections");
    }

    private VBox historyCard() {
        TableView<AccuracySample> table = new TableView<>(model.history());
        table.setId("accuracyHistory");
        table.getColumns().add(Tables.numberColumn("Sample", s -> String.valueOf(s.id())));
        table.getColumns().add(Tables.textColumn("Assessed", s -> s.from() + " to " + s.to()));
        table.getColumns().add(Tables.textColumn("Types", s -> s.type() == null ? "both" : s.type()));
        table.getColumns().add(Tables.numberColumn("n of frame", s -> String.format(Locale.UK, "%,d of %,d",
                s.n(), s.frameSize())));
        table.getColumns().add(Tables.textColumn("Design", s -> s.mus() ? "monetary-unit" : s.stratify() == null
                ? "simple random" : "by assessment type"));
        table.getColumns().add(Tables.numberColumn("Seed", s -> String.valueOf(s.seed())));
        table.getColumns().add(Tables.textColumn("Checks", s -> s.checkVersions() == 0 ? "not yet"
                : s.checkVersions() == 1 ? "finalised" : "finalised + " + corrections(s.checkVersions() - 1)));
        Tables.fitColumnsToContent(table);
        Tables.enableCopy(table);
        table.setMinHeight(Panes.MIN_TABLE_HEIGHT);
        table.setPrefHeight(180);
        table.setPlaceholder(new Label("No accuracy sample drawn yet."));
        table.disableProperty().bind(model.previewProperty().isNotNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.selectedProperty().set(s);
            }
        });
        model.selectedProperty().addListener((obs, old, s) -> {
            if (table.getSelectionModel().getSelectedItem() != s) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(s);
            }
        });
        Button export = new Button("Export worksheet\u2026");
        export.setId("exportWorksheet");
        export.disableProperty().bind(model.selectedProperty().isNull().or(Bindings.not(model.idleProperty())));
        export.setOnAction(e -> model.exportWorksheet());
        return Forms.card("Accuracy samples", table, export);
    }

    /** Shows the preview of an imported worksheet if one waits for a decision, else the selected sample's score. */
    private void render() {
        AccuracyViewModel.Preview preview = model.previewProperty().get();
        boolean previewing = preview != null;
        keepPlace();
        for (javafx.scene.Node node : List.of(previewNote, previewActions)) {
            node.setVisible(previewing);
            node.setManaged(previewing);
        }
        if (previewing) {
            previewNote.setText("Preview, not stored: " + preview.file().getFileName() + " checks sample "
                    + preview.sample().id() + ". Finalise the check to store it as "
                    + (preview.version() == 1 ? "its finalised check" : "a correction (version " + preview.version()
                    + "), which asks for the reason") + "; Discard to store nothing.");
            showScore(preview.report());
            checksText.setText("Sample " + preview.sample().id() + ", worksheet " + preview.file().getFileName()
                    + " (not stored)");
            return;
        }
        show(model.scoredProperty().get());
    }

    /**
     * Keeps the page where the user is while its cards change: a hidden button that had the focus would pass it
     * to the next control down the page, and the scroll pane would follow it there (after Finalise, past the
     * headline rate the user is reading).
     */
    private void keepPlace() {
        javafx.scene.Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (focused != null && (focused == previewActions || previewActions.getChildrenUnmodifiable()
                .contains(focused))) {
            requestFocus();
        }
        double place = getVvalue();
        javafx.application.Platform.runLater(() -> setVvalue(place));
    }

    private void show(AccuracyViewModel.Scored scored) {
        showScore(scored == null ? null : scored.report());
        if (scored == null) {
            checksText.setText("Draw a sample, or pick one above.");
            return;
        }
        AccuracySample sample = scored.sample();
        if (scored.score() == null) {
            checksText.setText("Sample " + sample.id() + " has no finalised check yet: export its worksheet, have "
                    + "it checked, and import it.");
            return;
        }
        AccuracyCheck latest = scored.checks().get(scored.checks().size() - 1);
        checksText.setText("Sample " + sample.id() + ", check version " + latest.version() + " from "
                + latest.sourceFile() + (latest.reason() == null ? "" : " (correction: " + latest.reason() + ")"));
    }

    /** The report's figures, bars and tables; all cleared for no report. */
    private void showScore(AccuracyReport report) {
        AccuracyScore score = report == null ? null : report.score();
        groups.clear();
        inaccurate.clear();
        causes.clear();
        causesNote.setText("");
        estimatesText.setText("");
        exactBar.clear();
        wilsonBar.clear();
        boolean hasScore = score != null;
        for (javafx.scene.Node node : List.of(exactBar, wilsonBar, exactTitle, wilsonTitle, which)) {
            node.setVisible(hasScore);
            node.setManaged(hasScore);
        }
        intervalsText.setText("");
        moneyText.setText("");
        rateText.setText("");
        if (score == null) {
            return;
        }
        rateText.setText(String.format(Locale.UK, "%.1f%% accurate (%d of %d)", score.rate(), score.accurate(),
                score.n()));
        int percent = (int) Math.round(score.level() * 100);
        intervalsText.setText(String.format(Locale.UK, "%d%% Clopper-Pearson %.2f%% to %.2f%%; Wilson %.2f%% to "
                        + "%.2f%%", percent, score.clopperPearson().lower(), score.clopperPearson().upper(),
                score.wilson().lower(), score.wilson().upper()));
        double floor = Math.max(0, Math.floor(Math.min(score.clopperPearson().lower(), score.wilson().lower()) / 10)
                * 10 - 10);
        exactBar.show(floor, 100, score.clopperPearson().lower(), score.rate(), score.clopperPearson().upper(),
                v -> String.format(Locale.UK, "%.1f", v));
        wilsonBar.show(floor, 100, score.wilson().lower(), score.rate(), score.wilson().upper(),
                v -> String.format(Locale.UK, "%.1f", v));
        moneyText.setText("Monetary error: gross " + rate(score.grossErrorRate()) + ", net "
                + rate(score.netErrorRate()) + " (over-payment " + rate(score.overpaymentRate()) + ", under-payment "
                + rate(score.underpaymentRate()) + " of the correct amounts)");
        List<String[]> rows = new ArrayList<>();
        addGroups(rows, "Type ", score.byType());
        addGroups(rows, "Checker ", score.byChecker());
        groups.setAll(rows);
        inaccurate.setAll(score.inaccurate());
        // a paragraph a sentence: the MUS evaluation is four statements, unreadable as one block
        estimatesText.setText(String.join("\n\n", AccuracyReportText.estimateLines(report,
                AccuracyReportText.Currency.SIGN)));
        report.causes().byCause().forEach((cause, row) -> causes.add(new String[] {AccuracyReportText.label(cause),
            String.valueOf(row.errors()), Figures.pounds(row.gbp()), row.share() == null ? ""
                : String.format(Locale.UK, "%.1f%%", row.share())}));
        causesNote.setText(report.causes().unrecorded() > 0 ? report.causes().unrecorded() + " inaccurate "
                + "assessment(s) without a cause: the worksheet had no error_cause column." : "Share: of the "
                + "monetary error of the inaccurate assessments (\u00a3" + Figures.pounds(report.causes().totalGbp())
                + " a week).");
    }

    private static void addGroups(List<String[]> rows, String prefix, Map<String, AccuracyScore.Tally> tallies) {
        tallies.forEach((name, t) -> rows.add(new String[] {prefix + name, String.valueOf(t.checked()),
            String.valueOf(t.accurate()), String.format(Locale.UK, "%.1f%%", t.rate())}));
    }

    private static String rate(BigDecimal value) {
        return value == null ? "none" : String.format(Locale.UK, "%.2f%%", value);
    }
}
