package cmsstats.workbench.ui.sampling;

import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.FrameUnit;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.ChildrenSampler;
import cmsstats.workbench.sampling.Interval;
import cmsstats.workbench.sampling.MeanEstimate;
import cmsstats.workbench.sampling.SampleDraw;
import cmsstats.workbench.sampling.SampleSize;
import cmsstats.workbench.model.StoredSample;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the children-benefiting tab: the design form with its sample-size calculator, drawing a
 * sample in the background, the history of stored samples, and the selected sample's estimate. The estimate is
 * the one {@code sample children} prints (ref. 002: mean children per case times the quarter's paying cases).
 */
public final class ChildrenSamplingViewModel {
    /** The designs the form offers. */
    public enum Design {
        SIMPLE("Simple random sample", null),
        BY_SERVICE_TYPE("Stratified by service type", Breakdown.SERVICE_TYPE),
        BY_COUNTRY("Stratified by country", Breakdown.COUNTRY);

        final String label;
        final Breakdown strata;

        Design(String label, Breakdown strata) {
            this.label = label;
            this.strata = strata;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A sample's estimate as shown: children per case, and children benefiting in the quarter. */
    public record Estimate(StoredSample sample, double sd, Interval mean, long payingCases, Interval children) {
        public double childrenEstimate() {
            return sample.mean() * payingCases;
        }
    }

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty frameText = new SimpleStringProperty("");
    private final ObjectProperty<Integer> frameSize = new SimpleObjectProperty<>();
    private final NumberInput<Integer> n = NumberInput.whole(1100, 2, "cases");
    private final NumberInput<Long> seed = NumberInput.seed(20161026L);
    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(Design.SIMPLE);
    private final ObjectProperty<SampleDraw.Allocation> allocation =
            new SimpleObjectProperty<>(SampleDraw.Allocation.PROPORTIONAL);
    private final ObjectProperty<Double> level = new SimpleObjectProperty<>(0.95);
    private final NumberInput<Double> margin = NumberInput.above(0.05, 0, "a margin in children per case");
    private final NumberInput<Double> assumedSd = NumberInput.above(0.77, 0, "a standard deviation");
    private final StringProperty proposal = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<StoredSample> history = FXCollections.observableArrayList();
    private final ObjectProperty<StoredSample> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Estimate> estimate = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding formValid = Bindings.createBooleanBinding(
            () -> n.valid() && seed.valid() && margin.valid() && assumedSd.valid(), n.valueProperty(),
            seed.valueProperty(), margin.valueProperty(), assumedSd.valueProperty());
    private final BooleanBinding canDraw = busy.not().and(month.isNotNull()).and(formValid);
    private long estimateRequest;
    private int proposedN;

    public ChildrenSamplingViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        month.addListener((obs, old, value) -> readFrameSize());
        selected.addListener((obs, old, sample) -> showEstimate(sample));
        margin.valueProperty().addListener((obs, old, value) -> propose());
        assumedSd.valueProperty().addListener((obs, old, value) -> propose());
        level.addListener((obs, old, value) -> {
            propose();
            showEstimate(selected.get());
        });
        frameSize.addListener((obs, old, value) -> propose());
        propose();
    }

    ObservableList<YearMonth> months() {
        return months;
    }

    ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    ReadOnlyStringProperty frameTextProperty() {
        return frameText;
    }

    NumberInput<Integer> sampleSize() {
        return n;
    }

    NumberInput<Long> seed() {
        return seed;
    }

    ObjectProperty<Design> designProperty() {
        return design;
    }

    ObjectProperty<SampleDraw.Allocation> allocationProperty() {
        return allocation;
    }

    ObjectProperty<Double> levelProperty() {
        return level;
    }

    NumberInput<Double> margin() {
        return margin;
    }

    NumberInput<Double> assumedSd() {
        return assumedSd;
    }

    ReadOnlyStringProperty proposalProperty() {
        return proposal;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The stored samples, newest first; the view shows them and must not change them. */
    ObservableList<StoredSample> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    ObjectProperty<StoredSample> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** Every number of the form (sizes, seed, margin, standard deviation) stands for an acceptable value. */
    ObservableBooleanValue formValidProperty() {
        return formValid;
    }

    /** Drawing is possible: nothing running, a frame month chosen and every number of the form valid. */
    ObservableBooleanValue canDrawProperty() {
        return canDraw;
    }

    private record Drawn(long id, List<StoredSample> history) {
    }

    private record Stored(List<YearMonth> months, List<StoredSample> samples) {
    }

    /** Reads the frame months and the stored samples. */
    public void refresh() {
        executor.execute(BackgroundTask.of("Reading the samples", context -> {
            List<YearMonth> available = store.extracts().newest(ExtractKind.CASE_MONTHS)
                    .map(v -> store.samples().frameMonths(v)).orElse(List.of());
            return new Stored(available, store.samples().childrenSamples());
        }).onSuccess(result -> {
            List<YearMonth> available = result.months();
            List<StoredSample> samples = result.samples();
            months.setAll(available);
            if (month.get() == null || !available.contains(month.get())) {
                month.set(available.isEmpty() ? null : available.get(0));
            }
            if (available.isEmpty()) {
                frameText.set("No case_months extract is stored: import one to draw a sample.");
            }
            history.setAll(samples);
            if (selected.get() == null && !samples.isEmpty()) {
                selected.set(samples.get(0));
            }
        }).onFailure(this::failed));
    }

    private void readFrameSize() {
        YearMonth frameMonth = month.get();
        if (frameMonth == null) {
            frameSize.set(null);
            return;
        }
        frameText.set("Counting the cases with a liability in " + frameMonth + "\u2026");
        executor.execute(BackgroundTask.of("Reading the frame", context -> new ChildrenSampler(store)
                .frameSize(frameMonth)).onSuccess(size -> {
                    if (frameMonth.equals(month.get())) {
                        frameSize.set(size);
                        frameText.set(String.format(Locale.UK, "%,d cases with a liability in %s", size, frameMonth));
                    }
                }).onFailure(this::failed));
    }

    /** The calculator: n for the target margin of error at the assumed standard deviation, with the FPC. */
    private void propose() {
        if (!margin.valid() || !assumedSd.valid() || level.get() == null) {
            proposal.set("Enter a margin and a standard deviation above 0.");
            proposedN = 0;
            return;
        }
        long needed = SampleSize.forMean(assumedSd.value(), margin.value(), level.get(),
                frameSize.get() == null ? null : frameSize.get().longValue());
        proposal.set(String.format(Locale.UK, "n = %,d gives a margin of \u00b1%s children per case", needed,
                BigDecimal.valueOf(margin.value()).stripTrailingZeros().toPlainString()));
        proposedN = (int) Math.min(Integer.MAX_VALUE, needed);
    }

    /** Puts the calculator's proposal in the sample size. */
    public void useProposal() {
        if (proposedN > 0) {
            n.set(proposedN);
        }
    }

    /**
     * Draws and stores a sample with the form's design, in the background; refused while any number of the form
     * is not valid. A design and seed already drawn give the same cases again, so the user is told which sample
     * that is and asked before a copy is stored.
     */
    public void draw() {
        if (!formValid.get()) {
            status.set("Nothing drawn: correct the fields marked in red first.");
        }
        if (!canDraw.get()) {
            return;
        }
        ChildrenSampler.Design chosen = new ChildrenSampler.Design(month.get(), n.value(), seed.value(),
                design.get().strata, allocation.get());
        Optional<StoredSample> same = history.stream().filter(s -> sameDesign(s, chosen)).findFirst();
        if (same.isPresent() && !dialogs.confirm("Draw an identical sample?", String.format(Locale.UK,
                "Sample %d, drawn on %s, has this design and seed: %,d cases from %s, %s, seed %d. From the same "
                        + "extracts a new draw picks the same cases. Draw and store it again?", same.get().id(),
                same.get().drawnAt().toLocalDate(), chosen.n(), chosen.month(), design.get(), chosen.seed()),
                "Draw again")) {
            status.set("Nothing drawn: sample " + same.get().id() + " already has this design and seed");
            selected.set(same.get());
            return;
        }
        busy.set(true);
        status.set("Drawing " + String.format(Locale.UK, "%,d", chosen.n()) + " cases\u2026");
        executor.execute(BackgroundTask.of("Drawing the sample", context -> {
            long id = new ChildrenSampler(store).draw(chosen).id();
            return new Drawn(id, store.samples().childrenSamples());
        }).onSuccess(drawn -> {
                    status.set("Sample " + drawn.id() + " drawn and stored");
                    history.setAll(drawn.history());
                    history.stream().filter(s -> s.id() == drawn.id()).findFirst().ifPresent(selected::set);
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false)), (fraction, message) -> { });
    }

    /** Whether a stored sample was drawn with this frame month, size, seed, strata and allocation. */
    private static boolean sameDesign(StoredSample stored, ChildrenSampler.Design design) {
        boolean sameStrata = design.stratify() == null ? stored.stratify() == null
                : design.stratify().id().equals(stored.stratify()) && design.allocation().name()
                .toLowerCase(Locale.ROOT).equals(stored.allocation());
        return stored.frameMonth().equals(design.month()) && stored.n() == design.n()
                && stored.seed() == design.seed() && sameStrata;
    }

    private void showEstimate(StoredSample sample) {
        long request = ++estimateRequest;
        if (sample == null) {
            estimate.set(null);
            return;
        }
        double chosenLevel = level.get() == null ? 0.95 : level.get();
        executor.execute(BackgroundTask.of("Estimating", context -> {
            List<FrameUnit> members = store.samples().members(sample.id());
            double[] values = members.stream().mapToDouble(FrameUnit::value).toArray();
            double sd = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(values);
            Interval mean = new MeanEstimate(sample.n(), sample.frameSize(), sample.mean(), 0, sample.se(),
                    sample.df()).interval(chosenLevel);
            BigDecimal paying = new MeasureEngine(store).compute(new MeasureEngine.Request(List.of("paying_cases"),
                    Optional.of(sample.frameMonth()), Optional.of(sample.frameMonth()), Optional.empty()))
                    .get(0).value();
            long payingCases = paying == null ? 0 : paying.longValue();
            return new Estimate(sample, sd, mean, payingCases, mean.scaled(payingCases));
        }).onSuccess(result -> {
            if (request == estimateRequest) {
                estimate.set(result);
            }
        }).onFailure(this::failed));
    }

    /** Exports the selected sample's list (case_id, qualifying_children, stratum) as XLSX or CSV. */
    public void exportSelected() {
        StoredSample sample = selected.get();
        if (sample == null) {
            return;
        }
        dialogs.chooseTableFileToSave("Export sample " + sample.id(), "children-sample-" + sample.id() + ".xlsx")
                .ifPresent(file -> executor.execute(BackgroundTask.of("Exporting the sample", context -> {
                    PlainTableWriter.write(SampleTables.children(sample.id(), store.samples().members(sample.id()),
                            sample.stratify() != null), file);
                    return file;
                }).onSuccess(written -> status.set("Sample " + sample.id() + " exported to " + written))
                        .onFailure(this::failed)));
    }

    private void failed(Exception error) {
        status.set("Failed: " + error.getMessage());
        dialogs.showError("Sampling", error.getMessage() == null ? error.toString() : error.getMessage());
    }
}
