package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.sampling.AccuracyScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The accuracy-checks tab: design, calculator and draw on the left; score, breakdowns and samples on the right. */
final class AccuracyView extends HBox {
    private final AccuracyViewModel model;
    private final Label rateText = new Label();
    private final Label intervalsText = new Label();
    private final Label moneyText = new Label();
    private final Label checksText = new Label();
    private final IntervalBar exactBar = new IntervalBar();
    private final IntervalBar wilsonBar = new IntervalBar();
    private final Label exactTitle = new Label("Clopper-Pearson (exact) interval, %");
    private final Label wilsonTitle = new Label("Wilson score interval, %");
    private final Label which = new Label();
    private final ObservableList<String[]> groups = FXCollections.observableArrayList();
    private final ObservableList<AccuracyScore.Inaccurate> inaccurate = FXCollections.observableArrayList();

    AccuracyView(AccuracyViewModel model) {
        super(16);
        this.model = model;
        setPadding(new Insets(16));
        ScrollPane left = new ScrollPane(new VBox(12, designCard(), calculatorCard(), actions()));
        left.setFitToWidth(true);
        left.setMinWidth(400);
        left.setPrefWidth(440);
        ScrollPane right = new ScrollPane(new VBox(12, historyCard(), scoreCard(), detailCard()));
        right.setFitToWidth(true);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
        model.scored.addListener((obs, old, scored) -> show(scored));
        show(null);
    }

    private VBox designCard() {
        DatePicker from = isoDatePicker();
        from.setId("accuracyFrom");
        from.valueProperty().bindBidirectional(model.from);
        DatePicker to = isoDatePicker();
        to.setId("accuracyTo");
        to.valueProperty().bindBidirectional(model.to);
        ChoiceBox<AccuracyViewModel.Types> types = new ChoiceBox<>();
        types.getItems().setAll(AccuracyViewModel.Types.values());
        types.valueProperty().bindBidirectional(model.types);
        CheckBox stratify = new CheckBox("Stratify by assessment type (proportional)");
        stratify.selectedProperty().bindBidirectional(model.stratify);
        ChoiceBox<Double> level = new ChoiceBox<>();
        level.getItems().setAll(List.of(0.90, 0.95, 0.99));
        level.valueProperty().bindBidirectional(model.level);
        Label frame = new Label();
        frame.setId("accuracyFrame");
        frame.textProperty().bind(model.frameText);
        Forms.wrapping(frame);
        return Forms.card("Design", Forms.grid("Assessed from", from, "Assessed to", to, "Assessments", types,
                "Frame", frame, "Sample size", Forms.integerField("accuracyN", model.n, "Assessments to check"),
                "Seed", Forms.longField("accuracySeed", model.seed, "The same seed and extract give the same sample"),
                "Strata", stratify, "Confidence level", level));
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
        proposal.textProperty().bind(model.proposal);
        Forms.wrapping(proposal);
        Button use = new Button("Use this size");
        use.setOnAction(e -> model.useProposal());
        return Forms.card("Sample size calculator", Forms.grid(
                "Expected accuracy", Forms.decimalField("expectedAccuracy", model.expected, "As a proportion, "
                        + "e.g. 0.95"),
                "Interval width", Forms.decimalField("intervalWidth", model.width, "Full width of the interval "
                        + "as a proportion, e.g. 0.10 for \u00b15 points")), proposal, use);
    }

    private VBox actions() {
        Button draw = new Button("Draw sample and save worksheet\u2026");
        draw.setId("drawAccuracy");
        draw.disableProperty().bind(model.busy.or(model.from.isNull()).or(model.to.isNull()));
        draw.setOnAction(e -> model.draw());
        Button importButton = new Button("Import completed worksheet\u2026");
        importButton.setId("importWorksheet");
        importButton.disableProperty().bind(model.busy);
        importButton.setOnAction(e -> model.importWorksheet());
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busy);
        Label status = new Label();
        status.setId("accuracyStatus");
        status.textProperty().bind(model.status);
        Forms.wrapping(status);
        HBox buttons = new HBox(10, draw, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, buttons, importButton, status);
    }

    private VBox scoreCard() {
        rateText.setId("accuracyRate");
        rateText.getStyleClass().add("headline-figure");
        Forms.wrapping(intervalsText);
        intervalsText.setId("accuracyIntervals");
        Forms.wrapping(moneyText);
        moneyText.setId("accuracyMoney");
        Forms.wrapping(checksText);
        checksText.getStyleClass().add("muted");
        which.setText("Quote the Clopper-Pearson (exact) interval near 100%: it never covers less than "
                + "its level, where the Wilson interval can fall short when almost every case is accurate.");
        Forms.wrapping(which);
        which.getStyleClass().add("muted");
        return Forms.card("Accuracy", checksText, rateText, exactTitle, exactBar, wilsonTitle, wilsonBar,
                intervalsText, which, moneyText);
    }

    private VBox detailCard() {
        TableView<String[]> byGroup = new TableView<>(groups);
        byGroup.setId("accuracyGroups");
        byGroup.getColumns().add(Forms.column("Group", (String[] r) -> r[0]));
        byGroup.getColumns().add(Forms.column("Checked", (String[] r) -> r[1]));
        byGroup.getColumns().add(Forms.column("Accurate", (String[] r) -> r[2]));
        byGroup.getColumns().add(Forms.column("Rate", (String[] r) -> r[3]));
        byGroup.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        byGroup.setPrefHeight(170);
        byGroup.setMinWidth(330);
        byGroup.setPrefWidth(330);
        byGroup.setPlaceholder(new Label("No check yet."));
        TableView<AccuracyScore.Inaccurate> wrong = new TableView<>(inaccurate);
        wrong.setId("inaccurateList");
        wrong.getColumns().add(Forms.column("Assessment", AccuracyScore.Inaccurate::assessmentId));
        wrong.getColumns().add(Forms.column("Type", AccuracyScore.Inaccurate::type));
        wrong.getColumns().add(Forms.column("Checker", AccuracyScore.Inaccurate::checker));
        wrong.getColumns().add(Forms.column("Calculated \u00a3", i -> money(i.calculated())));
        wrong.getColumns().add(Forms.column("Correct \u00a3", i -> money(i.correct())));
        wrong.getColumns().add(Forms.column("Difference \u00a3", i -> money(i.difference())));
        wrong.getColumns().add(Forms.column("Tolerance \u00a3", i -> i.tolerance().toPlainString()));
        wrong.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        wrong.setPrefHeight(170);
        wrong.setPlaceholder(new Label("No inaccurate assessment."));
        HBox tables = new HBox(12, byGroup, wrong);
        HBox.setHgrow(wrong, Priority.ALWAYS);
        return Forms.card("By type and checker; inaccurate assessments", tables);
    }

    private VBox historyCard() {
        TableView<AccuracySample> table = new TableView<>(model.history);
        table.setId("accuracyHistory");
        table.getColumns().add(Forms.column("Sample", s -> String.valueOf(s.id())));
        table.getColumns().add(Forms.column("Assessed", s -> s.from() + " to " + s.to()));
        table.getColumns().add(Forms.column("Types", s -> s.type() == null ? "both" : s.type()));
        table.getColumns().add(Forms.column("n of frame", s -> String.format(Locale.UK, "%,d of %,d",
                s.n(), s.frameSize())));
        table.getColumns().add(Forms.column("Design", s -> s.stratify() == null ? "simple random"
                : "by assessment type"));
        table.getColumns().add(Forms.column("Seed", s -> String.valueOf(s.seed())));
        table.getColumns().add(Forms.column("Checks", s -> s.checkVersions() == 0 ? "not yet"
                : s.checkVersions() == 1 ? "finalised" : "finalised, " + (s.checkVersions() - 1) + " correction(s)"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        table.setPlaceholder(new Label("No accuracy sample drawn yet."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.selected.set(s);
            }
        });
        model.selected.addListener((obs, old, s) -> table.getSelectionModel().select(s));
        Button export = new Button("Export worksheet\u2026");
        export.setId("exportWorksheet");
        export.disableProperty().bind(model.selected.isNull());
        export.setOnAction(e -> model.exportWorksheet());
        return Forms.card("Accuracy samples", table, export);
    }

    private void show(AccuracyViewModel.Scored scored) {
        groups.clear();
        inaccurate.clear();
        exactBar.clear();
        wilsonBar.clear();
        boolean hasScore = scored != null && scored.score() != null;
        for (javafx.scene.Node node : List.of(exactBar, wilsonBar, exactTitle, wilsonTitle, which)) {
            node.setVisible(hasScore);
            node.setManaged(hasScore);
        }
        intervalsText.setText("");
        moneyText.setText("");
        if (scored == null) {
            checksText.setText("Draw a sample, or pick one below.");
            rateText.setText("");
            return;
        }
        AccuracySample sample = scored.sample();
        if (scored.score() == null) {
            checksText.setText("Sample " + sample.id() + " has no finalised check yet: export its worksheet, have "
                    + "it checked, and import it.");
            rateText.setText("");
            return;
        }
        AccuracyCheck latest = scored.checks().get(scored.checks().size() - 1);
        AccuracyScore score = scored.score();
        checksText.setText("Sample " + sample.id() + ", check version " + latest.version() + " from "
                + latest.sourceFile() + (latest.reason() == null ? "" : " (correction: " + latest.reason() + ")"));
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
    }

    private static void addGroups(List<String[]> rows, String prefix, Map<String, AccuracyScore.Tally> tallies) {
        tallies.forEach((name, t) -> rows.add(new String[] {prefix + name, String.valueOf(t.checked()),
            String.valueOf(t.accurate()), String.format(Locale.UK, "%.1f%%", t.rate())}));
    }

    private static String rate(BigDecimal value) {
        return value == null ? "none" : String.format(Locale.UK, "%.2f%%", value);
    }

    private static String money(BigDecimal value) {
        return value.toPlainString();
    }
}
