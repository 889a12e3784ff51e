package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.PeriodType;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.store.AccuracyRepository;
import cmsstats.workbench.store.Aggregates;
import cmsstats.workbench.store.ExtractRepository;
import cmsstats.workbench.store.MeasureQueries;
import cmsstats.workbench.sampling.Interval;
import cmsstats.workbench.sampling.MeanEstimate;
import cmsstats.workbench.store.SampleRepository;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes measures from the newest extract version of each kind (case_months with the cases version it was
 * checked against). Each family's aggregate query runs on the analytic engine's columnar copy of the version,
 * over the whole span of the data (so a value never depends on the range asked for); ratios and running totals
 * are then derived here in exact decimal arithmetic from those few sums.
 */
public final class MeasureEngine {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MeasureEngine.class);
    private final ExtractRepository extracts;
    private final MeasureQueries queries;
    private final SampleRepository samples;
    private final AccuracyRepository accuracy;

    public MeasureEngine(Store store) {
        this.accuracy = store.accuracy();
        this.samples = store.samples();
        this.extracts = store.extracts();
        this.queries = new MeasureQueries(store);
    }

    /**
     * What to compute. Empty bounds default to the span of the measure's data. {@code slice} crosses up to two
     * breakdowns and filters; {@code rows} groups months into quarters or financial years (only whole periods
     * within the bounds). {@code versions} pins an extract kind to an older version (to see how a measure was
     * before a revision); other kinds use their newest.
     */
    public record Request(List<String> measures, Optional<YearMonth> from, Optional<YearMonth> to, Slice slice,
                          Periodicity rows, Map<ExtractKind, Long> versions) {
        public Request {
            versions = Map.copyOf(versions);
        }

        public Request(List<String> measures, Optional<YearMonth> from, Optional<YearMonth> to, Slice slice,
                       Periodicity rows) {
            this(measures, from, to, slice, rows, Map.of());
        }

        public Request(List<String> measures, Optional<YearMonth> from, Optional<YearMonth> to,
                       Optional<Breakdown> breakdown, Map<ExtractKind, Long> versions) {
            this(measures, from, to, Slice.of(breakdown), Periodicity.MONTH, versions);
        }

        public Request(List<String> measures, Optional<YearMonth> from, Optional<YearMonth> to,
                       Optional<Breakdown> breakdown) {
            this(measures, from, to, breakdown, Map.of());
        }
    }

    /** Values in request order: by measure, then period, then breakdown value in its display order. */
    public List<MeasureValue> compute(Request request) {
        long start = System.nanoTime();
        LOG.info("measures {}{}: computing", request.measures(), request.slice().describe());
        List<MeasureValue> values = computeOnce(request);
        LOG.info("measures {}{}: {} values, {} ms", request.measures(), request.slice().describe(), values.size(),
                (System.nanoTime() - start) / 1_000_000);
        return values;
    }

    private List<MeasureValue> computeOnce(Request request) {
        List<MeasureDefinition> definitions = resolve(request);
        Map<Family, Computed> computed = new EnumMap<>(Family.class);
        List<MeasureValue> values = new ArrayList<>();
        for (MeasureDefinition definition : definitions) {
            Computed family = computed.containsKey(definition.family()) ? computed.get(definition.family())
                    : once(definition.family(), request, computed);
            if (family == null) {
                continue;
            }
            List<String> groups = request.slice().groups();
            for (YearMonth period : periods(request.rows(), family.from, family.to)) {
                for (String group : groups) {
                    Series series = family.series(group == null ? "" : group);
                    // a flow over a quarter or year is the formula on the period's summed sums, so a rate is
                    // recomputed from its sums; a stock, a running total or a quarterly figure is its last month's
                    Series seen = definition.period() == PeriodType.MONTH
                            ? series.summed(request.rows(), definition.family().absentIsMissing) : series;
                    BigDecimal value = definition.formula().apply(new Sums(family.aggregates, seen, period,
                            definition.family().absentIsMissing));
                    values.add(new MeasureValue(definition.id(), period, group, value));
                }
            }
        }
        return values;
    }

    private List<MeasureDefinition> resolve(Request request) {
        if (request.measures().isEmpty()) {
            throw new MeasureException("no measure asked for (expected one or more of " + MeasureCatalog.ids() + ")");
        }
        if (request.from().isPresent() && request.to().isPresent()
                && request.from().get().isAfter(request.to().get())) {
            throw new MeasureException("--from " + request.from().get() + " is after --to " + request.to().get());
        }
        List<MeasureDefinition> definitions = new ArrayList<>();
        for (String id : request.measures()) {
            MeasureDefinition definition = MeasureCatalog.find(id).orElseThrow(() -> new MeasureException(
                    "unknown measure '" + id + "' (expected one of " + MeasureCatalog.ids() + ")"));
            for (Breakdown b : request.slice().used()) {
                if (!definition.breakdowns().contains(b)) {
                    throw new MeasureException("measure " + id + " has no " + b.id() + " breakdown (expected "
                            + (definition.breakdowns().isEmpty() ? "none"
                            : definition.breakdowns().stream().map(Breakdown::id).collect(Collectors.joining(", ")))
                            + ")");
                }
            }
            rowsRefusal(definition, request.rows()).ifPresent(reason -> {
                throw new MeasureException("measure " + id + " cannot be given by " + request.rows().id() + ": "
                        + reason);
            });
            definitions.add(definition);
        }
        return definitions;
    }

    /**
     * Why a measure cannot be given in periods of this length, or empty when it can. A quarterly measure counts
     * distinct cases or case groups in three months, so it has a figure for a quarter (its last month's) but none
     * for a financial year: four quarters' counts do not add up to a year's.
     */
    public static Optional<String> rowsRefusal(MeasureDefinition definition, Periodicity rows) {
        if (definition.period() == PeriodType.QUARTER && rows == Periodicity.YEAR) {
            return Optional.of("it is a quarterly figure of distinct cases or case groups, which do not add up "
                    + "over a year (expected month or quarter)");
        }
        return Optional.empty();
    }

    /** The periods of the rows within from..to, each named by its last month: only whole quarters or years. */
    static List<YearMonth> periods(Periodicity rows, YearMonth from, YearMonth to) {
        List<YearMonth> periods = new ArrayList<>();
        YearMonth end = rows.end(from);
        if (rows.start(end).isBefore(from)) {
            end = end.plusMonths(rows.months());
        }
        for (; !end.isAfter(to); end = end.plusMonths(rows.months())) {
            periods.add(end);
        }
        return periods;
    }

    /** A family's aggregates over the request's span, split into one series per breakdown value. */
    private record Computed(Aggregates aggregates, Map<String, NavigableMap<YearMonth, BigDecimal[]>> byGroup,
                            YearMonth from, YearMonth to, Map<String, Series> views) {
        Computed(Aggregates aggregates, Map<String, NavigableMap<YearMonth, BigDecimal[]>> byGroup, YearMonth from,
                 YearMonth to) {
            this(aggregates, byGroup, from, to, new HashMap<>());
        }

        /** The breakdown value's series, made once per request so its running totals are built once. */
        Series series(String group) {
            return views.computeIfAbsent(group, g -> new Series(byGroup.getOrDefault(g, new TreeMap<>())));
        }
    }

    /** A family's figures for the request, computed once per request (children benefiting reuses quarters). */
    private Computed once(Family family, Request request, Map<Family, Computed> computed) {
        Computed result = family == Family.CHILDREN ? children(request, computed) : run(family, request);
        computed.put(family, result);
        return result;
    }

    private Computed run(Family family, Request request) {
        if (family == Family.ACCURACY) {
            return accuracy(request);
        }
        Long pinned = request.versions().get(family.source);
        ExtractVersion source = (pinned == null ? extracts.newest(family.source) : extracts.find(pinned)
                .filter(v -> v.kind() == family.source)).orElseThrow(() -> new MeasureException(pinned != null
                ? "no " + family.source.id() + " version " + pinned + " is stored" :
                "no " + family.source.id() + " extract is stored (import one to compute these measures)"));
        Slice slice = request.slice();
        ExtractVersion cases = family.source == ExtractKind.CASE_MONTHS ? casesFor(source) : null;
        Optional<YearMonth[]> span = queries.span(source);
        if (span.isEmpty() && (request.from().isEmpty() || request.to().isEmpty())) {
            return null;
        }
        YearMonth from = request.from().orElseGet(() -> span.get()[0]);
        YearMonth to = request.to().orElseGet(() -> span.get()[1]);
        if (from.isAfter(to)) {
            return null;
        }
        Aggregates aggregates = span.map(s -> aggregate(family, source, slice, s[0], s[1]))
                .orElseGet(() -> aggregate(family, source, slice, from, to));
        Map<String, NavigableMap<YearMonth, BigDecimal[]>> series = new HashMap<>();
        for (Aggregates.Row row : aggregates.rows()) {
            series.computeIfAbsent(row.group() == null ? "" : row.group(), g -> new TreeMap<>())
                    .put(row.period(), row.values());
        }
        return new Computed(aggregates, series, from, to);
    }

    /**
     * Children benefiting (ref. 002): for each quarter end M, the latest stored sample whose frame month is at or
     * before M (carried forward between samples), its mean and 95% t interval, and the quarter's paying cases.
     */
    private Computed children(Request request, Map<Family, Computed> computed) {
        // children benefiting has no breakdown, so the request's quarters are the whole quarters
        Computed quarters = computed.containsKey(Family.QUARTERS) ? computed.get(Family.QUARTERS)
                : once(Family.QUARTERS, request, computed);
        if (quarters == null) {
            return null;
        }
        List<SampleRepository.StoredEstimate> estimates = samples.childrenEstimates();
        NavigableMap<YearMonth, BigDecimal[]> series = new TreeMap<>();
        List<Aggregates.Row> rows = new ArrayList<>();
        NavigableMap<YearMonth, BigDecimal[]> paying = quarters.byGroup().getOrDefault("", new TreeMap<>());
        int payingColumn = quarters.aggregates().column("paying_cases");
        for (YearMonth period = quarters.from(); !period.isAfter(quarters.to()); period = period.plusMonths(1)) {
            Optional<SampleRepository.StoredEstimate> latest = childrenSampleAt(estimates, period);
            if (latest.isEmpty()) {
                continue;
            }
            SampleRepository.StoredEstimate e = latest.get();
            MeanEstimate estimate = new MeanEstimate(e.n(), 0, e.mean(), 0, e.se(), e.df());
            Interval interval = estimate.interval(0.95);
            BigDecimal[] payingValues = paying.get(period);
            BigDecimal[] values = {BigDecimal.valueOf(e.mean()), BigDecimal.valueOf(interval.lower()),
                BigDecimal.valueOf(interval.upper()), payingValues == null ? BigDecimal.ZERO
                        : payingValues[payingColumn]};
            series.put(period, values);
            rows.add(new Aggregates.Row(period, null, values));
        }
        Aggregates aggregates = new Aggregates(List.of("children_per_case", "low", "high", "paying_cases"), rows);
        return new Computed(aggregates, Map.of("", series), quarters.from(), quarters.to());
    }

    /**
     * The stored children-benefiting sample a month's figures come from: the latest whose frame month is at or
     * before it (carried forward between samples; of two for one month, the one drawn last); empty before the first.
     * The one rule both the measure and the release's note on the samples used follow.
     *
     * @param estimates every stored estimate, oldest frame month first, then in the order drawn
     */
    public static Optional<SampleRepository.StoredEstimate> childrenSampleAt(
            List<SampleRepository.StoredEstimate> estimates, YearMonth month) {
        return estimates.stream().filter(e -> !e.frameMonth().isAfter(month)).reduce((a, b) -> b);
    }

    /** Accuracy (ref. 002 Table 14): checked and accurate assessments by month of assessment, from stored checks. */
    private Computed accuracy(Request request) {
        Aggregates aggregates = accuracy.accuracyByMonth();
        if (aggregates.rows().isEmpty() && (request.from().isEmpty() || request.to().isEmpty())) {
            return null;
        }
        NavigableMap<YearMonth, BigDecimal[]> series = new TreeMap<>();
        aggregates.rows().forEach(row -> series.put(row.period(), row.values()));
        YearMonth from = request.from().orElseGet(series::firstKey);
        YearMonth to = request.to().orElseGet(series::lastKey);
        return from.isAfter(to) ? null : new Computed(aggregates, Map.of("", series), from, to);
    }

    private Aggregates aggregate(Family family, ExtractVersion source, Slice slice, YearMonth from, YearMonth to) {
        return switch (family) {
            case APPLICATIONS -> queries.applications(source, slice, from, to);
            case CASELOAD -> queries.caseloadChanges(source, slice, to);
            case CASE_MONTHS -> queries.caseMonths(source, casesFor(source), slice, to);
            case GROUPS_WITH_ARREARS -> queries.caseGroupsWithArrears(source, casesFor(source), slice, from, to);
            case QUARTERS -> queries.quarters(source, casesFor(source), slice, from, to);
            case SERVICE_REQUESTS -> queries.serviceRequests(source, to);
            case RECONSIDERATIONS -> queries.reconsiderations(source, from, to);
            case APPEALS -> queries.appeals(source, from, to);
            case COMPLAINTS -> queries.complaints(source, to);
            case TELEPHONY -> queries.telephony(source, from, to);
            case SURVEY -> queries.survey(source, slice, from, to);
            case CHILDREN, ACCURACY -> throw new IllegalStateException(family + " is read from stored samples");
        };
    }

    ExtractVersion casesFor(ExtractVersion caseMonths) {
        return extracts.casesFor(caseMonths).orElseThrow(() -> new MeasureException(
                "no cases extract is stored (case_months measures need it)"));
    }
}
