package cmsstats.workbench.publish.release;

import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.measures.PublishedEditions;
import cmsstats.workbench.measures.RevisionRule;
import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.publish.chart.Labels;
import cmsstats.workbench.store.SampleRepository;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the release workbook from the store: each table's figures through the measures layer, rounded as the
 * release rounds them (totals from unrounded figures), small counts suppressed in breakdown tables, figures
 * revised by 5% or more since the newest published edition marked [r] in a column beside them, missing figures
 * shown as [x] with the reason; then the Cover, Contents and Notes.
 */
public final class ReleaseBuilder {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Store store;

    public ReleaseBuilder(Store store) {
        this.store = store;
    }

    /** The workbook, the warnings worth telling the user, and the extract versions the figures came from. */
    public record Built(ReleaseWorkbook workbook, List<String> warnings, List<ExtractVersion> extracts) {
    }

    public Built build(ReleaseOptions options) {
        List<TableDef> chosen = chosen(options);
        Notes notes = new Notes(options.threshold());
        List<String> warnings = new ArrayList<>();
        Map<String, BigDecimal> published = publishedFigures();
        Map<String, Computed> figures = new HashMap<>();
        for (TableDef def : chosen) {
            if (!def.id().equals(ReleaseTables.BY_COUNTRY)) {
                figures.put(def.id(), compute(def.columns().stream().map(TableDef.ColumnDef::measure).toList(),
                        options));
            }
        }
        Map<String, Rounding> roundings = roundings(chosen, options, figures);
        List<Sheet> tables = new ArrayList<>();
        for (TableDef def : chosen) {
            tables.add(def.id().equals(ReleaseTables.BY_COUNTRY) ? byCountry(def, options, notes, warnings, roundings)
                    : table(def, options, notes, warnings, published, figures.get(def.id()), roundings));
        }
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(cover(options, chosen));
        sheets.add(contents(tables));
        sheets.add(notesSheet(notes));
        sheets.addAll(tables);
        String title = "Child Maintenance Service 2012 scheme statistics: data to " + MONTH.format(options.period());
        ReleaseWorkbook workbook = new ReleaseWorkbook(title, "Child Maintenance Service 2012 scheme statistics, "
                + "Great Britain, " + span(options.from(), options.period()),
                "child maintenance, Child Maintenance Service, CMS, 2012 scheme, statistics, caseload, compliance, "
                        + "arrears", ReleaseOptions.ORGANISATION, options.releaseDate(), sheets);
        return new Built(workbook, warnings, extractsUsed());
    }

    private static List<TableDef> chosen(ReleaseOptions options) {
        if (options.tables().isEmpty()) {
            return ReleaseTables.all();
        }
        List<TableDef> chosen = new ArrayList<>();
        for (TableDef def : ReleaseTables.all()) {
            if (options.tables().contains(def.id())) {
                chosen.add(def);
            }
        }
        for (String id : options.tables()) {
            if (ReleaseTables.find(id).isEmpty()) {
                throw new IllegalArgumentException("unknown table '" + id + "' (expected one of "
                        + ReleaseTables.all().stream().map(TableDef::id).collect(Collectors.joining(", ")) + ")");
            }
        }
        return chosen;
    }

    /** Great Britain figures (no breakdown) of some measures over the release's span, by "measure|period". */
    private record Computed(Map<String, BigDecimal> values, String missingReason) {
        BigDecimal largest(String measure) {
            return values.entrySet().stream().filter(e -> e.getKey().startsWith(measure + "|") && e.getValue() != null)
                    .map(e -> e.getValue().abs()).max(BigDecimal::compareTo).orElse(null);
        }
    }

    private Computed compute(List<String> measures, ReleaseOptions options) {
        Map<String, BigDecimal> values = new HashMap<>();
        try {
            for (MeasureValue v : new MeasureEngine(store).compute(new MeasureEngine.Request(measures,
                    Optional.of(options.from()), Optional.of(options.period()), Optional.empty()))) {
                values.put(v.measure() + "|" + v.period(), v.value());
            }
            return new Computed(values, null);
        } catch (MeasureException e) {
            return new Computed(Map.of(), e.getMessage());
        }
    }

    /**
     * Each measure's one rounding in this release ({@link Rounding#forMeasure}: its unit and its largest Great
     * Britain figure over the release's span), decided before any table is built so that every table showing the
     * measure, its breakdown included, rounds it alike. A measure of a table asked for unrounded is unrounded
     * wherever it appears, for the same reason.
     */
    private Map<String, Rounding> roundings(List<TableDef> chosen, ReleaseOptions options,
                                            Map<String, Computed> figures) {
        Set<String> unrounded = new HashSet<>();
        options.unrounded().forEach(id -> ReleaseTables.find(id).ifPresent(def -> def.columns()
                .forEach(column -> unrounded.add(column.measure()))));
        Map<String, Rounding> roundings = new HashMap<>();
        for (TableDef def : chosen) {
            for (TableDef.ColumnDef column : def.columns()) {
                String measure = column.measure();
                if (roundings.containsKey(measure)) {
                    continue;
                }
                Computed source = figures.values().stream().filter(c -> c.values().containsKey(measure + "|"
                        + options.period())).findFirst().orElseGet(() -> compute(List.of(measure), options));
                Rounding rounding = Rounding.forMeasure(MeasureCatalog.find(measure).orElseThrow(),
                        source.largest(measure));
                roundings.put(measure, unrounded.contains(measure) ? rounding.unrounded() : rounding);
            }
        }
        return roundings;
    }

    private Sheet table(TableDef def, ReleaseOptions options, Notes notes, List<String> warnings,
                        Map<String, BigDecimal> published, Computed computed, Map<String, Rounding> roundings) {
        List<YearMonth> periods = periods(def, options);
        Map<String, BigDecimal> values = computed.values();
        String missingReason = computed.missingReason();
        List<Column> columns = new ArrayList<>(List.of(Column.text(def.quarterly() ? "Quarter ending" : "Month")));
        List<List<Cell>> rows = new ArrayList<>();
        periods.forEach(p -> rows.add(new ArrayList<>(List.of(Cell.text(MONTH.format(p))))));
        Set<Shorthand> used = EnumSet.noneOf(Shorthand.class);
        List<String> lines = new ArrayList<>();
        for (TableDef.ColumnDef column : def.columns()) {
            Rounding rounding = roundings.get(column.measure());
            columns.add(Column.number(column.header()));
            List<Cell> markers = new ArrayList<>();
            boolean anyFigure = false;
            for (int r = 0; r < periods.size(); r++) {
                BigDecimal value = values.get(column.measure() + "|" + periods.get(r));
                anyFigure |= value != null;
                Cell cell = number(value, rounding);
                if (cell.kind() == Cell.Kind.SYMBOL) {
                    used.add(cell.symbol());
                }
                rows.get(r).add(cell);
                BigDecimal before = published.get(column.measure() + "|" + periods.get(r));
                boolean revised = value != null && before != null
                        && RevisionRule.revised(before, value, RevisionRule.THRESHOLD_PCT);
                markers.add(revised ? Cell.symbol(Shorthand.REVISED) : Cell.empty());
            }
            if (markers.stream().anyMatch(m -> m.kind() == Cell.Kind.SYMBOL)) {
                columns.add(Column.marker(column.header().replaceFirst(" \\(.*\\)$", "") + ": revision marker"));
                for (int r = 0; r < periods.size(); r++) {
                    rows.get(r).add(markers.get(r));
                }
                used.add(Shorthand.REVISED);
            }
            if (!anyFigure) {
                String why = missingReason != null ? missingReason : column.measure().startsWith("accuracy_")
                        ? "no accuracy checks have been finalised for assessments in this period"
                        : column.measure().startsWith("children_")
                        ? "no children-benefiting sample has been drawn for a month in this period"
                        : "the extracts hold no figures for this period";
                lines.add("No figures for \"" + column.header() + "\": " + why + ".");
                warnings.add(def.sheet() + ": no figures for " + column.measure() + " (" + why + "); shown as [x]");
            }
        }
        List<Notes.Key> keys = new ArrayList<>(def.notes());
        if (used.contains(Shorthand.REVISED)) {
            keys.add(Notes.Key.REVISIONS);
        }
        if (options.from().isBefore(cmsstats.workbench.publish.chart.Timeline.REPRESENTATIVE_FROM)
                && !keys.contains(Notes.Key.PATHFINDER)) {
            keys.add(Notes.Key.PATHFINDER);
        }
        if (keys.contains(Notes.Key.CHILDREN)) {
            childrenSamples(periods).ifPresent(text -> notes.write(Notes.Key.CHILDREN, text));
        }
        lines.add(roundingLine(def, roundings));
        return sheet(def, options, notes, keys, used, lines, new Sheet.Table(tableName(def), columns, rows), periods);
    }

    /** "Rounding: A and B to the nearest 100; C not rounded.", the columns grouped by their measures' rounding. */
    private static String roundingLine(TableDef def, Map<String, Rounding> roundings) {
        Map<Rounding, List<String>> byRounding = new java.util.LinkedHashMap<>();
        for (TableDef.ColumnDef column : def.columns()) {
            byRounding.computeIfAbsent(roundings.get(column.measure()), r -> new ArrayList<>())
                    .add(column.header().replaceFirst(" \\(.*\\)$", ""));
        }
        return "Rounding: " + byRounding.entrySet().stream().map(e -> String.join(", ", e.getValue()) + " "
                + e.getKey().description()).collect(Collectors.joining("; ")) + ".";
    }

    /**
     * The children-benefiting note written from the samples the table's rows actually use ({@link
     * MeasureEngine#childrenSampleAt}): the design named (simple random, or stratified with its strata and
     * allocation), and, row span by row span, which sample gave the figures; empty when no row has a sample.
     */
    private Optional<String> childrenSamples(List<YearMonth> periods) {
        List<SampleRepository.StoredEstimate> estimates = store.samples().childrenEstimates();
        Map<Long, cmsstats.workbench.model.StoredSample> samples = new HashMap<>();
        store.samples().childrenSamples().forEach(sample -> samples.put(sample.id(), sample));
        List<String> spans = new ArrayList<>();
        Set<String> designs = new LinkedHashSet<>();
        int start = 0;
        for (int r = 1; r <= periods.size(); r++) {
            Long id = sampleId(estimates, periods.get(start));
            if (r < periods.size() && java.util.Objects.equals(id, sampleId(estimates, periods.get(r)))) {
                continue;
            }
            String rows = (r - 1 == start ? "quarter ending " + MONTH.format(periods.get(start)) : "quarters ending "
                    + span(periods.get(start), periods.get(r - 1))) + ": ";
            if (id == null) {
                spans.add(rows + "no sample drawn yet (shown as [x])");
            } else {
                cmsstats.workbench.model.StoredSample sample = samples.get(id);
                designs.add(Labels.sampleDesign(sample));
                spans.add(rows + "sample " + id + ", " + article(Labels.sampleDesign(sample)) + " of " + sample.n()
                        + " cases with a liability in " + MONTH.format(sample.frameMonth()));
            }
            start = r;
        }
        if (designs.isEmpty()) {
            return Optional.empty();
        }
        String lead = designs.size() == 1 ? "Children benefiting is estimated from " + article(designs.iterator()
                .next()) + " of cases with a liability" : "Children benefiting is estimated from samples of cases "
                + "with a liability whose designs differ between rows (" + String.join("; ", designs) + ")";
        return Optional.of(lead + ": the mean number of qualifying children per case times the cases paying in the "
                + "quarter. The bounds are the 95% confidence interval (t distribution, with Satterthwaite's degrees "
                + "of freedom for a stratified sample; finite population correction). Each quarter uses the latest "
                + "sample drawn for a month at or before its end: " + String.join("; ", spans) + ".");
    }

    private static Long sampleId(List<SampleRepository.StoredEstimate> estimates, YearMonth month) {
        return MeasureEngine.childrenSampleAt(estimates, month).map(SampleRepository.StoredEstimate::id).orElse(null);
    }

    private static String article(String design) {
        return (design.startsWith("s") ? "a " : "an ") + design;
    }

    /** Intake by country with totals both ways; small counts suppressed with their complements. */
    private Sheet byCountry(TableDef def, ReleaseOptions options, Notes notes, List<String> warnings,
                            Map<String, Rounding> roundings) {
        List<YearMonth> months = periods(def, options);
        List<String> countries = Breakdown.COUNTRY.codes();
        BigDecimal[][] parts = new BigDecimal[months.size() + 1][countries.size()];
        BigDecimal[] rowTotals = new BigDecimal[months.size() + 1];
        String missing = null;
        try {
            Map<String, BigDecimal> byKey = new HashMap<>();
            new MeasureEngine(store).compute(new MeasureEngine.Request(List.of("intake_total"),
                    Optional.of(options.from()), Optional.of(options.period()), Optional.of(Breakdown.COUNTRY)))
                    .forEach(v -> byKey.put(v.period() + "|" + v.breakdown(), v.value()));
            for (int r = 0; r < months.size(); r++) {
                for (int c = 0; c < countries.size(); c++) {
                    parts[r][c] = byKey.getOrDefault(months.get(r) + "|" + countries.get(c), BigDecimal.ZERO);
                }
            }
        } catch (MeasureException e) {
            missing = e.getMessage();
        }
        List<String> lines = new ArrayList<>();
        if (missing != null) {
            lines.add("No figures: " + missing + ".");
            warnings.add(def.sheet() + ": no figures (" + missing + "); shown as [x]");
        }
        int totalRow = months.size();
        for (int c = 0; c < countries.size(); c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 0; r < months.size(); r++) {
                sum = parts[r][c] == null ? null : sum == null ? null : sum.add(parts[r][c]);
            }
            parts[totalRow][c] = sum;
        }
        for (int r = 0; r <= totalRow; r++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 0; c < countries.size(); c++) {
                sum = parts[r][c] == null || sum == null ? null : sum.add(parts[r][c]);
            }
            rowTotals[r] = sum;
        }
        BigDecimal[][] inner = java.util.Arrays.copyOf(parts, months.size());
        boolean[][] hidden = months.isEmpty() ? new boolean[0][0]
                : Suppression.suppress(inner, options.threshold(), true, true);
        Rounding rounding = roundings.get(def.columns().get(0).measure());
        BigDecimal limit = BigDecimal.valueOf(options.threshold());
        Set<Shorthand> used = EnumSet.noneOf(Shorthand.class);
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r <= totalRow; r++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(r == totalRow ? "Total, " + span(options.from(),
                    options.period()) : MONTH.format(months.get(r)))));
            for (int c = 0; c <= countries.size(); c++) {
                BigDecimal value = c == countries.size() ? rowTotals[r] : parts[r][c];
                boolean suppress = c < countries.size() && r < totalRow ? hidden[r][c]
                        : Suppression.primary(value, limit);
                Cell cell = suppress ? Cell.symbol(Shorthand.CONFIDENTIAL) : number(value, rounding);
                if (cell.kind() == Cell.Kind.SYMBOL) {
                    used.add(cell.symbol());
                }
                row.add(cell);
            }
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("Month")));
        countries.forEach(code -> columns.add(Column.number(Labels.code(code) + " (number)")));
        columns.add(Column.number(def.columns().get(0).header()));
        lines.add("Rounding: every count " + rounding.description() + ", as the Great Britain intake is wherever it "
                + "appears.");
        return sheet(def, options, notes, def.notes(), used, lines, new Sheet.Table(tableName(def), columns, rows),
                months);
    }

    /** A table's sheet; its title and period are the first and last rows it holds, not the span asked for. */
    private Sheet sheet(TableDef def, ReleaseOptions options, Notes notes, List<Notes.Key> keys, Set<Shorthand> used,
                        List<String> extra, Sheet.Table table, List<YearMonth> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("This worksheet contains one table.");
        lines.add("Notes for this table are on the Notes worksheet: " + keys.stream().map(notes::reference)
                .collect(Collectors.joining(", ")) + ".");
        for (Shorthand symbol : used) {
            lines.add("Cells showing " + symbol.symbol() + " are " + symbol.meaning() + ".");
        }
        lines.addAll(extra);
        lines.add("Source: Child Maintenance Service 2012 scheme management information, Department for Work and "
                + "Pensions.");
        String period = rows.size() == 1 ? MONTH.format(rows.get(0)) : span(rows.get(0), rows.get(rows.size() - 1));
        String title = def.subject() + ", Great Britain, " + (def.quarterly() ? rows.size() == 1 ? "quarter ending "
                : "quarters ending " : "") + period;
        return new Sheet(def.sheet(), title, lines, table, period);
    }

    private static Cell number(BigDecimal value, Rounding rounding) {
        if (value == null) {
            return Cell.symbol(Shorthand.NOT_AVAILABLE);
        }
        BigDecimal shown = rounding.apply(value);
        return Cell.number(shown, rounding.decimals() < 0 ? Math.max(0, shown.scale()) : rounding.decimals());
    }

    private static List<YearMonth> periods(TableDef def, ReleaseOptions options) {
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth m = options.from(); !m.isAfter(options.period()); m = m.plusMonths(1)) {
            long back = options.period().getYear() * 12L + options.period().getMonthValue() - (m.getYear() * 12L
                    + m.getMonthValue());
            if (!def.quarterly() || back % 3 == 0) {
                periods.add(m);
            }
        }
        return periods;
    }

    private static String tableName(TableDef def) {
        return "table_" + def.id();
    }

    private static String span(YearMonth from, YearMonth to) {
        return MONTH.format(from) + " to " + MONTH.format(to);
    }

    private Sheet cover(ReleaseOptions options, List<TableDef> chosen) {
        List<String> lines = new ArrayList<>();
        lines.add("Official statistics on the Child Maintenance Service 2012 scheme, Great Britain, "
                + span(options.from(), options.period()) + ".");
        lines.add("This release covers: " + chosen.stream().map(t -> t.subject().toLowerCase(Locale.UK))
                .collect(Collectors.joining("; ")) + ".");
        lines.add("Period covered: " + span(options.from(), options.period()) + ".");
        lines.add("Release date: " + DAY.format(options.releaseDate()) + ".");
        lines.add("Next release: " + DAY.format(options.nextRelease()) + ".");
        lines.add("Status: " + options.status() + ".");
        lines.add("Source: Child Maintenance Service 2012 scheme management information and samples, computed by CMS "
                + "Statistics Workbench " + WorkbenchVersion.get() + ".");
        lines.add("Revision policy: figures revised later by less than 5% are not revised in later editions, except "
                + "appeals; figures revised by 5% or more are marked [r].");
        lines.add("Contact: " + options.contact() + ".");
        lines.add("The Contents worksheet lists every table; the Notes worksheet holds the notes the tables refer to.");
        return new Sheet("Cover", "Child Maintenance Service 2012 scheme statistics: data to "
                + MONTH.format(options.period()), lines, null, "");
    }

    private static Sheet contents(List<Sheet> tables) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Sheet sheet : tables) {
            rows.add(List.of(Cell.link(sheet.name().replace('_', ' ') + " table", sheet.name()),
                    Cell.text(sheet.title()), Cell.text(sheet.period())));
        }
        return new Sheet("Contents", "Contents", List.of("This worksheet contains one table: one row per table, "
                + "with a link to its worksheet."), new Sheet.Table("table_contents", List.of(
                Column.text("Worksheet (link)"), Column.text("Table title"), Column.text("Period covered")), rows), "");
    }

    private static Sheet notesSheet(Notes notes) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> note : notes.all()) {
            rows.add(List.of(Cell.text("[note " + note.getKey() + "]"), Cell.text(note.getValue())));
        }
        return new Sheet("Notes", "Notes", List.of("This worksheet contains one table: the notes the tables refer "
                + "to, numbered in the order the tables first refer to them."), new Sheet.Table("table_notes",
                List.of(Column.text("Note number"), Column.text("Note text")), rows), "");
    }

    /** The newest published edition's figures (no breakdown), by measure and period. */
    private Map<String, BigDecimal> publishedFigures() {
        Map<String, BigDecimal> figures = new HashMap<>();
        PublishedEditions.newest(store).stream().filter(f -> f.breakdown() == null)
                .forEach(f -> figures.put(f.measure() + "|" + f.period(), f.value()));
        return figures;
    }

    private List<ExtractVersion> extractsUsed() {
        Set<ExtractVersion> used = new LinkedHashSet<>();
        for (ExtractKind kind : ExtractKind.values()) {
            store.extracts().newest(kind).ifPresent(used::add);
        }
        return new ArrayList<>(used);
    }
}
