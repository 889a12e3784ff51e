package cmsstats.workbench.ui.trends;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.publish.chart.ChartCatalog;
import cmsstats.workbench.publish.chart.ChartData;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.chart.ChartLoader;
import cmsstats.workbench.publish.chart.ChartPainter;
import cmsstats.workbench.publish.chart.ChartSpec;
import cmsstats.workbench.publish.chart.Labels;
import cmsstats.workbench.publish.chart.ValueFormat;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.BackgroundTask;
import cmsstats.workbench.task.TaskExecutor;
import cmsstats.workbench.ui.DialogService;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Trends view: the chosen release chart, its breakdown, the published figures beside,
 * the months in range and the series shown. The figures are computed on a background task (through the measures
 * layer); a change of range or series only re-filters them, on the FX thread, with no store access.
 */
public final class TrendsViewModel {
    /** A breakdown choice, "none" included. */
    public record BreakdownChoice(Breakdown breakdown) {
        @Override
        public String toString() {
            return breakdown == null ? "No breakdown" : "By " + Labels.breakdown(breakdown);
        }
    }

    private final Store store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<ChartSpec> charts = FXCollections.observableArrayList(ChartCatalog.all());
    private final ObjectProperty<ChartSpec> chart = new SimpleObjectProperty<>();
    private final ObservableList<BreakdownChoice> breakdowns = FXCollections.observableArrayList();
    private final ObjectProperty<BreakdownChoice> breakdown = new SimpleObjectProperty<>(new BreakdownChoice(null));
    private final BooleanProperty published = new SimpleBooleanProperty();
    /** Earlier versions of the chart's extract, to compare with; the first entry (null) compares with none. */
    private final ObservableList<ExtractVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<ExtractVersion> compareWith = new SimpleObjectProperty<>();
    private final BooleanProperty events = new SimpleBooleanProperty(true);
    /** The loaded figures over the data's whole span. */
    private final ObjectProperty<ChartData> loaded = new SimpleObjectProperty<>();
    /** What is shown: the loaded figures within the range, visible series only. */
    private final ObjectProperty<ChartData> shown = new SimpleObjectProperty<>();
    private final IntegerProperty rangeLow = new SimpleIntegerProperty();
    private final IntegerProperty rangeHigh = new SimpleIntegerProperty();
    private final Map<String, BooleanProperty> visible = new LinkedHashMap<>();
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** While a chart is computed, what the chart area says instead of showing another chart's figures. */
    private final StringProperty waiting = new SimpleStringProperty("");
    /** When the loaded chart has no figures, why (what it needs), for its empty state. */
    private final StringProperty emptyReason = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private long loadRequest;
    private final Map<String, BreakdownChoice> lastBreakdown = new java.util.HashMap<>();

    public TrendsViewModel(Store store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        chart.addListener((obs, old, spec) -> {
            List<BreakdownChoice> choices = new ArrayList<>(List.of(new BreakdownChoice(null)));
            if (spec != null) {
                spec.breakdowns().forEach(b -> choices.add(new BreakdownChoice(b)));
            }
            breakdowns.setAll(choices);
            // each chart keeps the breakdown it was last shown with, as a user comes back to it
            BreakdownChoice kept = spec == null ? null : lastBreakdown.get(spec.id());
            breakdown.set(kept != null && choices.contains(kept) ? kept : choices.get(0));
            compareWith.set(null);
            load();
            readVersions(spec);
        });
        breakdown.addListener((obs, old, choice) -> {
            if (chart.get() != null && choice != null) {
                lastBreakdown.put(chart.get().id(), choice);
            }
            load();
        });
        published.addListener((obs, old, value) -> load());
        compareWith.addListener((obs, old, value) -> load());
        rangeLow.addListener((obs, old, value) -> restrict());
        rangeHigh.addListener((obs, old, value) -> restrict());
    }

    /** The release charts, one per measure family (fixed). */
    ObservableList<ChartSpec> charts() {
        return FXCollections.unmodifiableObservableList(charts);
    }

    /** The chart chosen. */
    ObjectProperty<ChartSpec> chart() {
        return chart;
    }

    /** The chart's breakdowns, "none" first. */
    ObservableList<BreakdownChoice> breakdowns() {
        return FXCollections.unmodifiableObservableList(breakdowns);
    }

    /** The breakdown chosen. */
    ObjectProperty<BreakdownChoice> breakdown() {
        return breakdown;
    }

    /** Whether the published figures are drawn beside the computed ones. */
    BooleanProperty published() {
        return published;
    }

    /** Earlier versions of the chart's extract to compare with; the first entry (null) compares with none. */
    ObservableList<ExtractVersion> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    /** The earlier version drawn beside the newest, or null. */
    ObjectProperty<ExtractVersion> compareWith() {
        return compareWith;
    }

    /** Whether the scheme's events are drawn. */
    BooleanProperty events() {
        return events;
    }

    /** The loaded figures over the data's whole span. */
    ReadOnlyObjectProperty<ChartData> loaded() {
        return loaded;
    }

    /** What is shown: the loaded figures within the range, visible series only. */
    ReadOnlyObjectProperty<ChartData> shown() {
        return shown;
    }

    /** The first month shown, as an index into the loaded months. */
    IntegerProperty rangeLow() {
        return rangeLow;
    }

    /** The last month shown, as an index into the loaded months. */
    IntegerProperty rangeHigh() {
        return rangeHigh;
    }

    /** The names of the loaded series, in order. */
    ObservableList<String> seriesNames() {
        return FXCollections.unmodifiableObservableList(seriesNames);
    }

    /** Whether figures are being computed. */
    ReadOnlyBooleanProperty loading() {
        return loading;
    }

    /** While a chart is computed, what its area says; else empty. */
    ReadOnlyStringProperty waiting() {
        return waiting;
    }

    /** The status line. */
    ReadOnlyStringProperty status() {
        return status;
    }

    /** Why the chart has no figures (what it needs, or why it failed), or empty. */
    ReadOnlyStringProperty emptyReason() {
        return emptyReason;
    }

    /** Whether the series of this name is drawn; null for a name not loaded. */
    BooleanProperty visible(String series) {
        return visible.get(series);
    }

    /** Tells the user the figures were copied. */
    void figuresCopied() {
        status.set("Figures copied as the table shows them (tab-separated, with a header row)");
    }

    /** Shows the first chart, or reloads the current one (after an import). */
    public void refresh() {
        if (chart.get() == null) {
            chart.set(charts.get(0));
        } else {
            load();
        }
    }

    /** The chart's extract's versions other than the newest, newest first. */
    private void readVersions(ChartSpec spec) {
        executor.execute(BackgroundTask.of("Reading the versions", context -> ChartLoader.sourceOf(spec)
                .map(kind -> store.extracts().list().stream().filter(v -> v.kind() == kind)
                        .sorted(java.util.Comparator.comparingLong(ExtractVersion::id).reversed()).skip(1).toList())
                .orElse(List.of())).onSuccess(older -> {
                    List<ExtractVersion> choices = new ArrayList<>();
                    choices.add(null);
                    choices.addAll(older);
                    versions.setAll(choices);
                }).onFailure(error -> status.set(error.getMessage())));
    }

    private void load() {
        ChartSpec spec = chart.get();
        if (spec == null || breakdown.get() == null) {
            return;
        }
        long request = ++loadRequest;
        loading.set(true);
        // the previous figures go at once: a title over another chart's figures would mislead
        loaded.set(null);
        shown.set(null);
        emptyReason.set("");
        String computing = "Computing " + spec.name().toLowerCase(java.util.Locale.UK)
                + breakdown.get().toString().replaceFirst("^No breakdown$", "").replaceFirst("^By", " by") + "\u2026";
        waiting.set(computing);
        status.set(computing);
        ChartLoader.Request what = new ChartLoader.Request(spec, Optional.empty(), Optional.empty(),
                Optional.ofNullable(breakdown.get().breakdown()), published.get(),
                        Optional.ofNullable(compareWith.get()));
        executor.execute(BackgroundTask.of("Computing the chart", context -> new ChartLoader(store).load(what))
                .onSuccess(data -> {
                    if (request == loadRequest) {
                        show(data);
                    }
                })
                .onFailure(error -> {
                    if (request == loadRequest) {
                        loaded.set(null);
                        shown.set(null);
                        // a measure that cannot be computed for want of an extract says what it needs
                        String why = error instanceof cmsstats.workbench.measures.MeasureException
                                ? ChartLoader.noFigures(spec) : "Cannot compute the chart: " + error.getMessage();
                        emptyReason.set(why);
                        status.set(why);
                    }
                })
                .onFinished(() -> {
                    if (request == loadRequest) {
                        loading.set(false);
                        waiting.set("");
                    }
                }));
    }

    private void show(ChartData data) {
        Map<String, Boolean> before = new LinkedHashMap<>();
        visible.forEach((name, on) -> before.put(name, on.get()));
        visible.clear();
        for (ChartData.Series s : data.series()) {
            BooleanProperty on = new SimpleBooleanProperty(before.getOrDefault(s.name(), true));
            on.addListener((obs, old, value) -> restrict());
            visible.put(s.name(), on);
        }
        loaded.set(data);
        seriesNames.setAll(visible.keySet());
        rangeLow.set(0);
        rangeHigh.set(Math.max(0, data.months().size() - 1));
        emptyReason.set(data.hasAnyFigure() ? "" : ChartLoader.noFigures(data.spec()));
        restrict();
    }

    /** What the status line says of the figures shown: months in range, series, and the published figures. */
    private String describe(ChartData all, ChartData on) {
        if (!all.hasAnyFigure()) {
            return emptyReason.get();
        }
        String months = on.months().size() == all.months().size() ? all.months().size() + " months"
                : on.months().size() + " of " + all.months().size() + " months shown";
        String text = all.spec().name() + ": " + months + ", " + on.series().size() + " of " + all.series().size()
                + " series";
        if (published.get()) {
            long figures = all.series().stream().filter(s -> s.name().endsWith(ChartLoader.AS_PUBLISHED))
                    .flatMap(s -> s.points().stream()).filter(p -> p.value() != null).count();
            text += figures == 0 ? ". " + noPublished(all) : ". As published: " + figures
                    + (figures == 1 ? " figure" : " figures") + " from the newest published edition, drawn with "
                    + "hollow markers" + scaleHint(all);
        }
        return text;
    }

    /** Why "As published" adds nothing: no published extract, or none of its figures for this chart or split. */
    private static String noPublished(ChartData all) {
        return all.breakdown() != null ? "The published figures of this chart's measures are for Great Britain as a "
                + "whole, not by " + all.breakdown() + ", so \"As published\" adds nothing here"
                : "No published figures for this chart's measures are in the store, so \"As published\" adds "
                + "nothing (import a published extract in Data)";
    }

    /**
     * A hint when the published figures are of another size than the computed ones (the bundled sample is a
     * tenth of the scheme): the median ratio at the months where both exist, said when it is beyond 2 either way.
     */
    private static String scaleHint(ChartData all) {
        List<Double> ratios = new ArrayList<>();
        for (ChartData.Series published : all.series()) {
            if (!published.name().endsWith(ChartLoader.AS_PUBLISHED)) {
                continue;
            }
            String computedName = published.name().substring(0, published.name().length()
                    - ChartLoader.AS_PUBLISHED.length());
            all.series().stream().filter(s -> s.name().equals(computedName)).findFirst().ifPresent(computed -> {
                for (int i = 0; i < published.points().size(); i++) {
                    java.math.BigDecimal p = published.points().get(i).value();
                    java.math.BigDecimal c = computed.points().get(i).value();
                    if (p != null && c != null && c.signum() != 0) {
                        ratios.add(p.doubleValue() / c.doubleValue());
                    }
                }
            });
        }
        if (ratios.isEmpty()) {
            return "";
        }
        java.util.Collections.sort(ratios);
        double median = ratios.get(ratios.size() / 2);
        return median > 2 || median < 0.5 ? String.format(java.util.Locale.UK, "; they are about %.1f times the "
                + "computed figures, so the extracts may cover a different share of the scheme (the bundled sample "
                + "is a tenth of it)", median) : "";
    }

    /** Re-filters the loaded figures to the range and the visible series (no store access). */
    void restrict() {
        ChartData data = loaded.get();
        if (data == null || data.months().isEmpty()) {
            shown.set(data);
            if (data != null) {
                status.set(emptyReason.get());
            }
            return;
        }
        int last = data.months().size() - 1;
        int low = Math.max(0, Math.min(rangeLow.get(), last));
        int high = Math.max(low, Math.min(rangeHigh.get(), last));
        List<String> on = visible.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        shown.set(data.restrictedTo(data.months().get(low), data.months().get(high), on));
        status.set(describe(data, shown.get()));
    }

    /** Zooms to the months from one to another (inclusive), as a drag box asks. */
    public void zoomTo(YearMonth from, YearMonth to) {
        ChartData data = loaded.get();
        if (data == null) {
            return;
        }
        int a = data.months().indexOf(from.isBefore(to) ? from : to);
        int b = data.months().indexOf(from.isBefore(to) ? to : from);
        if (a >= 0 && b >= 0) {
            rangeLow.set(a);
            rangeHigh.set(b);
        }
    }

    /** Shows every month again. */
    public void resetRange() {
        ChartData data = loaded.get();
        rangeLow.set(0);
        rangeHigh.set(data == null ? 0 : Math.max(0, data.months().size() - 1));
    }

    /** The figures shown as the table shows them: a header row, then one row per period with a figure. */
    List<List<String>> figureRows() {
        ChartData data = shown.get();
        List<List<String>> rows = new ArrayList<>();
        if (data == null || data.months().isEmpty()) {
            return rows;
        }
        List<String> header = new ArrayList<>(List.of(data.periodHeading()));
        data.series().forEach(s -> header.add(s.name()));
        rows.add(header);
        for (int i = 0; i < data.months().size(); i++) {
            if (!data.hasFigures(i)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(data.periodLabel(i)));
            for (ChartData.Series s : data.series()) {
                row.add(ValueFormat.cell(s.points().get(i).value(), data.spec().unit()));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The figures shown, as tab-separated text exactly as the table shows them: the chart's headline (which
     * carries the unit), the header row, then the rows.
     */
    public String tableText() {
        ChartData data = shown.get();
        if (data == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(data.spec().headline()).append('\n');
        figureRows().forEach(row -> text.append(String.join("\t", row)).append('\n'));
        return text.toString();
    }

    /** Exports the chart as shown: SVG, or PNG at 1x and 2x (name@2x.png), each PNG with its alt text. */
    public void export(String format) {
        ChartData data = shown.get();
        if (data == null) {
            return;
        }
        ChartPainter.Options options = new ChartPainter.Options(events.get(), true);
        dialogs.chooseChartFileToSave("Export the chart as " + format.toUpperCase(java.util.Locale.ROOT),
                suggestedName(data, format), format).ifPresent(file -> executor.execute(BackgroundTask.of(
                        "Exporting the chart", context -> {
                            int w = ChartExport.DEFAULT_WIDTH;
                            int h = ChartExport.DEFAULT_HEIGHT;
                            if (format.equals("svg")) {
                                ChartExport.svg(data, options, file, w, h);
                            } else {
                                ChartExport.png(data, options, file, w, h, 1);
                                ChartExport.png(data, options, doubleSize(file), w, h, 2, false);
                            }
                            ChartExport.csv(data, file.resolveSibling(file.getFileName().toString()
                                    .replaceFirst("\\.[^.]+$", "") + ".csv"));
                            return file;
                        }).onSuccess(written -> status.set("Exported " + written.getFileName()
                        + (format.equals("png") ? " and " + doubleSize(written).getFileName() : "")
                        + ", with its figures as CSV"))
                .onFailure(error -> dialogs.showError("Cannot export the chart", error.getMessage()))));
    }

    /**
     * The file name an export suggests: the chart's id and, when the chart is split, its breakdown, so that the
     * exports of one chart by country and by service type do not take each other's name: "caseload-by-country.svg".
     */
    static String suggestedName(ChartData data, String format) {
        return data.spec().id() + (data.breakdown() == null ? "" : "-by-" + data.breakdown().strip()
                .replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT)) + "." + format;
    }

    static Path doubleSize(Path png) {
        return png.resolveSibling(png.getFileName().toString().replaceFirst("(?i)\\.png$", "") + "@2x.png");
    }
}
