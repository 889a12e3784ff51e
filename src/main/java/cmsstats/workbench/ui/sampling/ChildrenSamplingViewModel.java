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
import cmsstats.workbench.store.SampleRepository.StoredSample;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
    final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    final StringProperty frameText = new SimpleStringProperty("");
    final ObjectProperty<Integer> frameSize = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> n = new SimpleObjectProperty<>(1100);
    final ObjectProperty<Long> seed = new SimpleObjectProperty<>(20161026L);
    final ObjectProperty<Design> design = new SimpleObjectProperty<>(Design.SIMPLE);
    final ObjectProperty<SampleDraw.Allocation> allocation = new SimpleObjectProperty<>(SampleDraw.Allocation.PROPORTIONAL);
    final ObjectProperty<Double> level = new SimpleObjectProperty<>(0.95);
    final ObjectProperty<Double> margin = new SimpleObjectProperty<>(0.05);
    final ObjectProperty<Double> assumedSd = new SimpleObjectProperty<>(0.77);
    final StringProperty proposal = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("");
    final ObservableList<StoredSample> history = FXCollections.observableArrayList();
    final ObjectProperty<StoredSample> selected = new SimpleObjectProperty<>();
    final ObjectProperty<Estimate> estimate = new SimpleObjectProperty<>();
    private long estimateRequest;
    private int proposedN;

    public ChildrenSamplingViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        month.addListener((obs, old, value) -> readFrameSize());
        selected.addListener((obs, old, sample) -> showEstimate(sample));
        margin.addListener((obs, old, value) -> propose());
        assumedSd.addListener((obs, old, value) -> propose());
        level.addListener((obs, old, value) -> {
            propose();
            showEstimate(selected.get());
        });
        frameSize.addListener((obs, old, value) -> propose());
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
                        frameText.set(String.format("%,d cases with a liability in %s", size, frameMonth));
                    }
                }).onFailure(this::failed));
    }

    /** The calculator: n for the target margin of error at the assumed standard deviation, with the FPC. */
    private void propose() {
        if (margin.get() == null || assumedSd.get() == null || level.get() == null || margin.get() <= 0
                || assumedSd.get() <= 0) {
            proposal.set("Enter a margin and a standard deviation above 0.");
            return;
        }
        long needed = SampleSize.forMean(assumedSd.get(), margin.get(), level.get(),
                frameSize.get() == null ? null : frameSize.get().longValue());
        proposal.set(String.format("n = %,d gives a margin of \u00b1%s children per case", needed,
                BigDecimal.valueOf(margin.get()).stripTrailingZeros().toPlainString()));
        proposedN = (int) Math.min(Integer.MAX_VALUE, needed);
    }

    /** Puts the calculator's proposal in the sample size. */
    public void useProposal() {
        if (proposedN > 0) {
            n.set(proposedN);
        }
    }

    /** Draws and stores a sample with the form's design, in the background. */
    public void draw() {
        if (busy.get() || month.get() == null || n.get() == null || seed.get() == null) {
            return;
        }
        ChildrenSampler.Design chosen = new ChildrenSampler.Design(month.get(), n.get(), seed.get(),
                design.get().strata, allocation.get());
        busy.set(true);
        status.set("Drawing " + String.format("%,d", n.get()) + " cases\u2026");
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
