package cmsstats.workbench.publish.chart;

import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.PeriodType;
import cmsstats.workbench.model.PublishedFigure;
import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a chart's figures through the measures layer (set-based, on the analytic engine) and, when
 * asked, reads the newest published edition's figures for the same measures, to show as published beside as
 * computed.
 */
public final class ChartLoader {
    private final Store store;

    public ChartLoader(Store store) {
        this.store = store;
    }

    /**
     * What to load: a chart over an optional span and breakdown, with or without the published figures, and
     * optionally beside the same figures computed from an earlier version of the chart's extract.
     */
    public record Request(ChartSpec spec, Optional<YearMonth> from, Optional<YearMonth> to,
                          Optional<Breakdown> breakdown, boolean published, Optional<ExtractVersion> compareWith) {
        public Request(ChartSpec spec, Optional<YearMonth> from, Optional<YearMonth> to, Optional<Breakdown> breakdown,
                       boolean published) {
            this(spec, from, to, breakdown, published, Optional.empty());
        }
    }

    /** The kind of extract a chart's figures come from (its first series' measure's). */
    /** The end of the name of a series of figures as published. */
    public static final String AS_PUBLISHED = " (as published)";

    /** The "Source: ..." line of every chart the workbench draws. */
    public static String source() {
        return "Source: Child Maintenance Service 2012 scheme management information (DWP), computed by CMS "
                + "Statistics Workbench " + WorkbenchVersion.get();
    }

    /** Why a chart has no figures, for its empty state: what it needs that the store lacks. */
    public static String noFigures(ChartSpec spec) {
        return "No figures yet: this chart needs " + MeasureCatalog.find(spec.series().get(0).measure())
                .map(d -> d.needs()).orElse("its extracts") + ".";
    }

    public static Optional<ExtractKind> sourceOf(ChartSpec spec) {
        return MeasureCatalog.find(spec.series().get(0).measure()).map(d -> d.extractKind());
    }

    public ChartData load(Request request) {
        ChartSpec spec = request.spec();
        Set<String> measures = new LinkedHashSet<>();
        for (SeriesSpec series : spec.series()) {
            measures.add(series.measure());
            if (series.lowMeasure() != null) {
                measures.add(series.lowMeasure());
                measures.add(series.highMeasure());
            }
        }
        List<MeasureValue> values = new MeasureEngine(store).compute(new MeasureEngine.Request(
                new ArrayList<>(measures), request.from(), request.to(), request.breakdown()));
        Map<String, BigDecimal> byKey = new HashMap<>();
        TreeSet<YearMonth> periods = new TreeSet<>();
        for (MeasureValue value : values) {
            byKey.put(key(value.measure(), value.period(), value.breakdown()), value.value());
            periods.add(value.period());
        }
        Map<String, BigDecimal> earlier = new HashMap<>();
        // the earlier version over the same months as the newest, so that the two line up
        Optional<YearMonth> spanFrom = request.from().or(() -> periods.isEmpty() ? Optional.empty()
                : Optional.of(periods.first()));
        Optional<YearMonth> spanTo = request.to().or(() -> periods.isEmpty() ? Optional.empty()
                : Optional.of(periods.last()));
        request.compareWith().ifPresent(version -> new MeasureEngine(store).compute(new MeasureEngine.Request(
                new ArrayList<>(measures), spanFrom, spanTo, request.breakdown(),
                Map.of(version.kind(), version.id()))).forEach(v -> earlier.put(key(v.measure(), v.period(),
                v.breakdown()), v.value())));
        request.from().ifPresent(periods::add);
        request.to().ifPresent(periods::add);
        List<YearMonth> months = new ArrayList<>();
        if (!periods.isEmpty()) {
            for (YearMonth m = periods.first(); !m.isAfter(periods.last()); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        List<String> groups = request.breakdown().map(Breakdown::codes).orElse(Arrays.asList((String) null));
        List<PublishedFigure> published = request.published() ? publishedFigures(measures) : List.of();
        List<ChartData.Series> series = new ArrayList<>();
        // figures to compare with come after the computed ones, so the computed keep the palette's first colours
        List<ChartData.Series> references = new ArrayList<>();
        for (SeriesSpec s : spec.series()) {
            for (String group : groups) {
                String name = group == null ? s.label() : spec.series().size() == 1 ? Labels.code(group)
                        : Labels.code(group) + ", " + Labels.lowerFirst(s.label());
                List<ChartData.Point> points = months.stream().map(m -> new ChartData.Point(m,
                        byKey.get(key(s.measure(), m, group)),
                        s.lowMeasure() == null ? null : byKey.get(key(s.lowMeasure(), m, group)),
                        s.highMeasure() == null ? null : byKey.get(key(s.highMeasure(), m, group)))).toList();
                boolean quarterly = MeasureCatalog.find(s.measure()).map(d -> d.period() == PeriodType.QUARTER)
                        .orElse(false);
                series.add(new ChartData.Series(name, s.measure(), false, quarterly, points));
                List<ChartData.Point> asPublished = months.stream().map(m -> new ChartData.Point(m,
                        published.stream().filter(f -> f.measure().equals(s.measure()) && f.period().equals(m)
                                && Objects.equals(f.breakdown(), group)).map(PublishedFigure::value).findFirst()
                                .orElse(null), null, null)).toList();
                if (asPublished.stream().anyMatch(p -> p.value() != null)) {
                    references.add(new ChartData.Series(name + AS_PUBLISHED, s.measure(), true, quarterly,
                            asPublished));
                }
                if (request.compareWith().isPresent()) {
                    List<ChartData.Point> before = months.stream().map(m -> new ChartData.Point(m,
                            earlier.get(key(s.measure(), m, group)), null, null)).toList();
                    references.add(new ChartData.Series(name + " (version " + request.compareWith().get().id() + ")",
                            s.measure(), true, quarterly, before));
                }
            }
        }
        series.addAll(references);
        return new ChartData(spec, months, series, "Great Britain", source(),
                request.breakdown().map(Labels::breakdown).orElse(null));
    }

    /** The newest edition of the newest published extract, for these measures. */
    private List<PublishedFigure> publishedFigures(Set<String> measures) {
        return cmsstats.workbench.measures.PublishedEditions.newest(store).stream()
                .filter(f -> measures.contains(f.measure())).toList();
    }

    private static String key(String measure, YearMonth period, String group) {
        return measure + '|' + period + '|' + (group == null ? "" : group);
    }
}
