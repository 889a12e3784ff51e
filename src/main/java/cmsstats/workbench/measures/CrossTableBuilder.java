package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a {@link CrossTable}. Every total is computed, not added up: a column total over a breakdown is the
 * measure computed with that breakdown left out (same filters), so it equals the measure without the breakdown
 * for counts, sums and rates alike, and a distinct count of case groups is never double counted. A table
 * crossing two breakdowns therefore asks the engine four times (both, each alone, neither).
 */
public final class CrossTableBuilder {
    private final MeasureEngine engine;

    public CrossTableBuilder(MeasureEngine engine) {
        this.engine = engine;
    }

    public CrossTable build(TableQuery query) {
        List<MeasureDefinition> measures = definitions(query);
        List<Breakdown> crossed = query.slice().crossed();
        Map<List<Breakdown>, Map<String, BigDecimal>> byLevel = new HashMap<>();
        TreeSet<YearMonth> periods = new TreeSet<>();
        for (List<Breakdown> level : levels(crossed)) {
            Map<String, BigDecimal> values = new HashMap<>();
            for (MeasureValue v : engine.compute(new MeasureEngine.Request(query.measures(), query.from(),
                    query.to(), query.slice().crossing(level), query.rows()))) {
                values.put(key(v.measure(), v.period(), v.breakdown()), v.value());
                periods.add(v.period());
            }
            byLevel.put(level, values);
        }
        List<CrossTable.Column> columns = columns(measures, query.slice());
        List<YearMonth> rows = List.copyOf(periods);
        BigDecimal[][] cells = new BigDecimal[rows.size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            CrossTable.Column column = columns.get(c);
            List<Breakdown> level = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int b = 0; b < crossed.size(); b++) {
                if (column.codes().get(b) != null) {
                    level.add(crossed.get(b));
                    codes.add(column.codes().get(b));
                }
            }
            String group = codes.isEmpty() ? null : String.join(Slice.SEPARATOR, codes);
            Map<String, BigDecimal> values = byLevel.get(level);
            for (int r = 0; r < rows.size(); r++) {
                cells[r][c] = values.get(key(column.measure().id(), rows.get(r), group));
            }
        }
        if (!query.slice().filters().isEmpty() && nothingCounted(cells)) {
            return new CrossTable(query, measures, measures.get(0).unit(), List.of(), columns, new BigDecimal[0][],
                    "The data" + query.slice().crossing(List.of()).describe() + " leaves nothing to count: every "
                            + "figure would be zero or not available.");
        }
        String reason = rows.isEmpty() ? "No whole " + query.rows().id() + " of data lies within the bounds asked "
                + "for." : null;
        return new CrossTable(query, measures, measures.get(0).unit(), rows, columns, cells, reason);
    }

    private static boolean nothingCounted(BigDecimal[][] cells) {
        return Arrays.stream(cells).flatMap(Arrays::stream).allMatch(v -> v == null || v.signum() == 0);
    }

    private static List<MeasureDefinition> definitions(TableQuery query) {
        if (query.measures().isEmpty()) {
            throw new MeasureException("no measure asked for (expected one or more of " + MeasureCatalog.ids() + ")");
        }
        List<MeasureDefinition> measures = new ArrayList<>();
        for (String id : query.measures()) {
            measures.add(MeasureCatalog.find(id).orElseThrow(() -> new MeasureException("unknown measure '" + id
                    + "' (expected one of " + MeasureCatalog.ids() + ")")));
        }
        MeasureUnit unit = measures.get(0).unit();
        for (MeasureDefinition measure : measures) {
            if (measure.unit() != unit) {
                throw new MeasureException("a table's measures share one unit: " + measures.get(0).id() + " is "
                        + unit.label() + " but " + measure.id() + " is " + measure.unit().label());
            }
        }
        return measures;
    }

    /** The breakdowns each engine run crosses: all of them, then each alone, then none. */
    static List<List<Breakdown>> levels(List<Breakdown> crossed) {
        return switch (crossed.size()) {
            case 0 -> List.of(List.of());
            case 1 -> List.of(crossed, List.of());
            default -> List.of(crossed, List.of(crossed.get(0)), List.of(crossed.get(1)), List.of());
        };
    }

    /**
     * The columns of each measure: every crossed group, the first breakdown's values outermost, each followed by
     * its total over the second breakdown; then the totals over the first breakdown, ending with the grand total.
     */
    static List<CrossTable.Column> columns(List<MeasureDefinition> measures, Slice slice) {
        List<Breakdown> crossed = slice.crossed();
        List<CrossTable.Column> columns = new ArrayList<>();
        for (MeasureDefinition measure : measures) {
            List<String> firsts = new ArrayList<>(crossed.isEmpty() ? List.of() : slice.kept(crossed.get(0)));
            firsts.add(null);
            for (String first : firsts) {
                if (crossed.size() < 2) {
                    columns.add(column(measure, crossed, first == null && crossed.isEmpty() ? List.of()
                            : Collections.singletonList(first)));
                    continue;
                }
                for (String second : slice.kept(crossed.get(1))) {
                    columns.add(column(measure, crossed, Arrays.asList(first, second)));
                }
                columns.add(column(measure, crossed, Arrays.asList(first, null)));
            }
        }
        return columns;
    }

    private static CrossTable.Column column(MeasureDefinition measure, List<Breakdown> crossed, List<String> codes) {
        return new CrossTable.Column(measure, crossed, Collections.unmodifiableList(new ArrayList<>(codes)));
    }

    private static String key(String measure, YearMonth period, String group) {
        return measure + "@" + period + "@" + (group == null ? "" : group);
    }
}
