package cmsstats.workbench.publish.release;

import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.PublishedFigure;
import cmsstats.workbench.model.WorkbenchVersion;
import cmsstats.workbench.publish.chart.Labels;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
    private static final BigDecimal REVISION_SHARE = new BigDecimal("0.05");

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
        List<Sheet> tables = new ArrayList<>();
        for (TableDef def : chosen) {
            tables.add(def.id().equals(ReleaseTables.BY_COUNTRY) ? byCountry(def, options, notes, warnings)
                    : table(def, options, notes, warnings, published));
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

    private Sheet table(TableDef def, ReleaseOptions options, Notes notes, List<String> warnings,
                        Map<String, BigDecimal> published) {
        List<YearMonth> periods = periods(def, options);
        Map<String, BigDecimal> values = new HashMap<>();
        String missingReason = null;
        try {
            for (MeasureValue v : new MeasureEngine(store).compute(new MeasureEngine.Request(def.columns().stream()
                    .map(TableDef.ColumnDef::measure).toList(), Optional.of(options.from()),
                    Optional.of(options.period()), Optional.empty()))) {
                values.put(v.measure() + "|" + v.period(), v.value());
            }
        } catch (MeasureException e) {
            missingReason = e.getMessage();
        }
        boolean unrounded = options.unrounded().contains(def.id());
        List<Column> columns = new ArrayList<>(List.of(Column.text(def.quarterly() ? "Quarter ending" : "Month")));
        List<List<Cell>> rows = new ArrayList<>();
        periods.forEach(p -> rows.add(new ArrayList<>(List.of(Cell.text(MONTH.format(p))))));
        Set<Shorthand> used = EnumSet.noneOf(Shorthand.class);
        List<String> lines = new ArrayList<>();
        for (TableDef.ColumnDef column : def.columns()) {
            Rounding rounding = unrounded ? column.rounding().unrounded() : column.rounding();
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
                boolean revised = value != null && before != null && before.signum() != 0 && value.subtract(before)
                        .abs().divide(before.abs(), MathContext.DECIMAL64).compareTo(REVISION_SHARE) >= 0;
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
                String why = missingReason != null ? missingReason : column.measure().equals("accuracy_pct")
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
        return sheet(def, options, notes, keys, used, lines, new Sheet.Table(tableName(def), columns, rows));
    }

    /** Intake by country with totals both ways; small counts suppressed with their complements. */
    private Sheet byCountry(TableDef def, ReleaseOptions options, Notes notes, List<String> warnings) {
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
        Rounding rounding = options.unrounded().contains(def.id()) ? Rounding.NONE : Rounding.COUNT;
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
        columns.add(Column.number("Great Britain (number)"));
        return sheet(def, options, notes, def.notes(), used, lines, new Sheet.Table(tableName(def), columns, rows));
    }

    private Sheet sheet(TableDef def, ReleaseOptions options, Notes notes, List<Notes.Key> keys, Set<Shorthand> used,
                        List<String> extra, Sheet.Table table) {
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
        String period = span(options.from(), options.period());
        String title = def.subject() + ", Great Britain, " + (def.quarterly() ? "quarters ending " : "") + period;
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
        store.extracts().newest(ExtractKind.PUBLISHED).ifPresent(version -> {
            List<PublishedFigure> all = store.extracts().publishedFigures(version, null);
            all.stream().map(PublishedFigure::edition).max(LocalDate::compareTo).ifPresent(newest -> all.stream()
                    .filter(f -> f.edition().equals(newest) && f.breakdown() == null)
                    .forEach(f -> figures.put(f.measure() + "|" + f.period(), f.value())));
        });
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
