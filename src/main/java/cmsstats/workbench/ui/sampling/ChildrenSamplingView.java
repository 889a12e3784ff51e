package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.sampling.SampleDraw;
import cmsstats.workbench.model.StoredSample;
import java.time.YearMonth;
import java.util.List;
import cmsstats.workbench.ui.Tables;
import cmsstats.workbench.sampling.EstimateText;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The children-benefiting tab: design and calculator on the left, the estimate and the history on the right. The
 * tab scrolls as a whole (both ways) once the window is smaller than its content, so no control is cut off.
 */
final class ChildrenSamplingView extends ScrollPane {
    private final ChildrenSamplingViewModel model;
    private final IntervalBar meanBar = new IntervalBar();
    private final IntervalBar childrenBar = new IntervalBar();
    private final Label meanText = new Label();
    private final Label childrenText = new Label();
    private final Label designText = new Label();
    private final Label childrenDetail = new Label();

    ChildrenSamplingView(ChildrenSamplingViewModel model) {
        this.model = model;
        VBox left = Panes.formColumn(designCard(), drawRow(), calculatorCard());
        VBox right = new VBox(12, resultsCard(), historyCard());
        right.setMinWidth(Panes.MIN_RESULTS_WIDTH);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox content = new HBox(16, left, right);
        content.setPadding(new Insets(16));
        Panes.scrollAsWhole(this, content);
        model.estimateProperty().addListener((obs, old, estimate) -> show(estimate));
        show(null);
    }

    private VBox designCard() {
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("frameMonth");
        month.valueProperty().bindBidirectional(model.monthProperty());
        ChoiceBox<ChildrenSamplingViewModel.Design> design = new ChoiceBox<>();
        design.getItems().setAll(ChildrenSamplingViewModel.Design.values());
        design.valueProperty().bindBidirectional(model.designProperty());
        ChoiceBox<SampleDraw.Allocation> allocation = new ChoiceBox<>();
        allocation.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SampleDraw.Allocation value) {
                return value == null ? "" : value == SampleDraw.Allocation.NEYMAN ? "Neyman (optimal)" : "Proportional";
            }

            @Override
            public SampleDraw.Allocation fromString(String text) {
                return text.startsWith("Neyman") ? SampleDraw.Allocation.NEYMAN : SampleDraw.Allocation.PROPORTIONAL;
            }
        });
        allocation.getItems().setAll(SampleDraw.Allocation.values());
        allocation.valueProperty().bindBidirectional(model.allocationProperty());
        allocation.disableProperty().bind(model.designProperty().isEqualTo(ChildrenSamplingViewModel.Design.SIMPLE));
        ChoiceBox<Double> level = new ChoiceBox<>();
        level.getItems().setAll(List.of(0.90, 0.95, 0.99));
        level.valueProperty().bindBidirectional(model.levelProperty());
        Label frame = new Label();
        frame.setId("frameSize");
        frame.textProperty().bind(model.frameTextProperty());
        Forms.wrapping(frame);
        return Forms.card("Design",
                Forms.grid("Frame month", month, "Frame", frame,
                        "Sample size", Forms.numberField("sampleSize", model.sampleSize(),
                                "Cases to draw (the release: "
                                + "about 1,100)"),
                        "Seed", Forms.numberField("seed", model.seed(),
                                "The same seed and extracts give the same sample"),
                        "Design", design, "Allocation", allocation, "Confidence level", level));
    }

    private VBox calculatorCard() {
        Label proposal = new Label();
        proposal.setId("proposal");
        proposal.textProperty().bind(model.proposalProperty());
        Forms.wrapping(proposal);
        Button use = new Button("Use this size");
        use.setId("useProposal");
        use.disableProperty().bind(Bindings.createBooleanBinding(() -> !(model.margin().valid()
                && model.assumedSd().valid()), model.margin().valueProperty(), model.assumedSd().valueProperty()));
        use.setOnAction(e -> model.useProposal());
        return Forms.card("Sample size calculator",
                Forms.grid("Margin of error", Forms.numberField("margin", model.margin(), "Half-width of the "
                                + "interval for mean children per case, e.g. 0.05"),
                        "Assumed SD", Forms.numberField("assumedSd", model.assumedSd(), "Standard deviation of "
                                + "children per case (the Oct 2016 release implies about 0.77)")),
                proposal, use);
    }

    private VBox drawRow() {
        Button draw = new Button("Draw sample");
        draw.setId("drawChildren");
        Panes.action(draw, model.canDrawProperty(), model::draw);
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        HBox row = new HBox(10, draw, working);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("childrenStatus");
        status.textProperty().bind(model.statusProperty());
        Forms.wrapping(status);
        return new VBox(8, row, Panes.invalidFormHint(model.formValidProperty()), status);
    }

    private VBox resultsCard() {
        meanText.setId("childrenMean");
        Forms.wrapping(meanText);
        childrenText.setId("childrenEstimate");
        Forms.wrapping(childrenText);
        childrenText.getStyleClass().add("headline-figure");
        Forms.wrapping(designText);
        designText.getStyleClass().add("muted");
        Forms.wrapping(childrenDetail);
        childrenDetail.setId("childrenInterval");
        return Forms.card("Estimate", designText, new Label("Children benefiting in the quarter"), childrenText,
                childrenDetail, childrenBar, new Label("Mean qualifying children per case"), meanText, meanBar);
    }

    private VBox historyCard() {
        TableView<StoredSample> table = new TableView<>(model.history());
        table.setId("childrenHistory");
        table.getColumns().add(Tables.numberColumn("Sample", s -> String.valueOf(s.id())));
        table.getColumns().add(Tables.textColumn("Frame month", s -> s.frameMonth().toString()));
        table.getColumns().add(Tables.numberColumn("n of frame", s -> String.format(Locale.UK, "%,d of %,d", s.n(),
                s.frameSize())));
        table.getColumns().add(Tables.numberColumn("Seed", s -> String.valueOf(s.seed())));
        table.getColumns().add(Tables.textColumn("Design", cmsstats.workbench.publish.chart.Labels::sampleDesign));
        table.getColumns().add(Tables.numberColumn("Mean", s -> String.format(Locale.UK, "%.4f", s.mean())));
        table.getColumns().add(Tables.textColumn("Drawn", s -> s.drawnAt().toLocalDate().toString()));
        Tables.fitColumnsToContent(table);
        Tables.enableCopy(table);
        table.setPlaceholder(new Label("No sample drawn yet."));
        table.setMinHeight(Panes.MIN_TABLE_HEIGHT);
        table.setPrefHeight(220);
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
        Button export = new Button("Export sample list\u2026");
        export.setId("exportChildren");
        export.disableProperty().bind(model.selectedProperty().isNull());
        export.setOnAction(e -> model.exportSelected());
        VBox card = Forms.card("Samples drawn", table, export);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }



    private void show(ChildrenSamplingViewModel.Estimate estimate) {
        if (estimate == null) {
            meanText.setText("Draw a sample, or pick one below.");
            childrenText.setText("");
            childrenDetail.setText("");
            designText.setText("");
            meanBar.clear();
            childrenBar.clear();
            return;
        }
        StoredSample s = estimate.sample();
        int percent = (int) Math.round(estimate.mean().level() * 100);
        designText.setText(String.format(Locale.UK, "Sample %d: %,d of %,d cases with a liability in %s, %s, seed %d.",
                s.id(), s.n(), s.frameSize(), s.frameMonth(),
                        cmsstats.workbench.publish.chart.Labels.sampleDesign(s), s.seed()));
        meanText.setText(String.format(Locale.UK, "mean %.4f, sd %.4f, se %.4f (with the finite population "
                        + "correction), df %s; %d%% interval %.4f to %.4f", s.mean(), estimate.sd(), s.se(),
                EstimateText.degreesOfFreedom(s.df()), percent, estimate.mean().lower(), estimate.mean().upper()));
        childrenText.setText(String.format(Locale.UK, "%,.0f children", estimate.childrenEstimate()));
        childrenDetail.setText(String.format(Locale.UK, "%d%% interval %,.0f to %,.0f: mean children per case "
                        + "\u00d7 %,d paying cases in the quarter to %s", percent, estimate.children().lower(),
                estimate.children().upper(), estimate.payingCases(), s.frameMonth()));
        double spread = Math.max(estimate.mean().upper() - estimate.mean().lower(), 1e-9);
        meanBar.show(Math.max(0, estimate.mean().lower() - spread), estimate.mean().upper() + spread,
                estimate.mean().lower(), s.mean(), estimate.mean().upper(), v -> String.format(Locale.UK, "%.3f", v));
        childrenBar.show(Math.max(0, estimate.children().lower() - spread * estimate.payingCases()),
                estimate.children().upper() + spread * estimate.payingCases(), estimate.children().lower(),
                estimate.childrenEstimate(), estimate.children().upper(), v -> String.format(Locale.UK, "%,.0f", v));
    }
}
