package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.synthetic.SampleGenerator;
import cmsstats.workbench.measures.CrossTable;
import cmsstats.workbench.measures.CrossTableBuilder;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.measures.RecordsFinder;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.PeriodType;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code benchmark table}: on the generated sample, the Explore section's goal for every measure of the catalogue
 * computed from extracts: a table over 36 months with the measure's first two breakdowns crossed and a filter
 * (a measure without breakdowns: the plain table),
 * the first time and again, then for a traceable measure the first page of the records behind its largest cell,
 * with a check that their count (or sum) equals the figure.
 * <p>
 * The filter is on a third breakdown of the family where there is one (kept: its first value), else on the first
 * crossed breakdown (kept: its first two values), so that every table has both a crossing and a filter.
 */
@Command(name = "table", description = "Import the sample at a scale into a fresh store, then time a crossed and "
        + "filtered table of every measure and the first page of the records behind its largest cell.")
final class TableBenchmarkCommand implements Callable<Integer> {
    private static final YearMonth FROM = YearMonth.of(2013, 9);
    private static final YearMonth TO = YearMonth.of(2016, 8);
    private static final int PAGE = 200;
    private static final double TABLE_GOAL_MS = 1000;
    private static final double DRILL_GOAL_MS = 500;

    @ParentCommand
    private BenchmarksCommand benchmarks;

    @Option(names = "--scale", defaultValue = "1", description = "Sample scale, above 0 and at most "
            + SampleGenerator.MAX_SCALE + " (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = benchmarks.parent().out();
        Path work = Files.createTempDirectory("cms-table-benchmark");
        try (Store store = MeasuresBenchmarkCommand.generateAndImport(work, scale, out)) {
            out.printf("%-30s %-8s %-28s %-22s %9s %8s %9s  %s%n", "measure", "rows", "columns", "filter",
                    "first ms", "warm ms", "drill ms", "records behind the largest cell");
            double slowestTable = 0;
            double slowestDrill = 0;
            int mismatches = 0;
            RecordsFinder finder = new RecordsFinder(store);
            for (MeasureDefinition measure : MeasureCatalog.all()) {
                if (measure.familyId().equals("children") || measure.familyId().equals("accuracy")) {
                    continue;
                }
                TableQuery query = query(measure);
                long start = System.nanoTime();
                CrossTable table = new CrossTableBuilder(new MeasureEngine(store)).build(query);
                double first = millis(start);
                start = System.nanoTime();
                new CrossTableBuilder(new MeasureEngine(store)).build(query);
                double warm = millis(start);
                slowestTable = Math.max(slowestTable, first);
                String drill = "-";
                String behind = RecordsFinder.untraceable(measure).map(reason -> "untraceable").orElse("");
                Optional<int[]> cell = largestCell(table);
                if (behind.isEmpty() && cell.isPresent()) {
                    CrossTable.Column column = table.columns().get(cell.get()[1]);
                    BigDecimal figure = table.cell(cell.get()[0], cell.get()[1]);
                    Slice slice = new Slice(column.crossed(), query.slice().filters()).narrowedTo(column.codes());
                    start = System.nanoTime();
                    RecordsFinder.Records records = finder.find(new RecordsFinder.Request(measure.id(), query.rows(),
                            table.periods().get(cell.get()[0]), slice), 0, PAGE);
                    double ms = millis(start);
                    slowestDrill = Math.max(slowestDrill, ms);
                    drill = String.format("%.0f", ms);
                    boolean equal = records.total().compareTo(figure) == 0;
                    mismatches += equal ? 0 : 1;
                    behind = records.describe() + (equal ? ", equal to the figure" : ", NOT the figure " + figure);
                }
                out.printf("%-30s %-8s %-28s %-22s %9.0f %8.0f %9s  %s%n", measure.id(), query.rows().id(),
                        String.join(" x ", query.slice().crossed().stream().map(Breakdown::id).toList()),
                        filterText(query.slice()), first, warm, drill, behind);
                out.flush();
            }
            out.printf("slowest table, first time: %.0f ms (goal %.0f ms: %s); slowest first page of records: %.0f ms "
                            + "(goal %.0f ms: %s); records not equal to their figure: %d%n", slowestTable,
                    TABLE_GOAL_MS, slowestTable <= TABLE_GOAL_MS ? "met" : "not met", slowestDrill, DRILL_GOAL_MS,
                    slowestDrill <= DRILL_GOAL_MS ? "met" : "not met", mismatches);
            out.flush();
            return mismatches == 0 ? 0 : 1;
        } finally {
            BenchmarkCommand.deleteTree(work);
        }
    }

    /** The measure over 36 months (quarterly figures by quarter), two breakdowns crossed and a filter. */
    static TableQuery query(MeasureDefinition measure) {
        List<Breakdown> breakdowns = measure.breakdowns();
        Periodicity rows = measure.period() == PeriodType.QUARTER ? Periodicity.QUARTER : Periodicity.MONTH;
        if (breakdowns.isEmpty()) {
            return new TableQuery(List.of(measure.id()), rows, Slice.ALL, Optional.of(FROM), Optional.of(TO), false);
        }
        List<Breakdown> crossed = breakdowns.subList(0, Math.min(2, breakdowns.size()));
        Map<Breakdown, List<String>> filter = breakdowns.size() > 2
                ? Map.of(breakdowns.get(2), List.of(breakdowns.get(2).codes().get(0)))
                : Map.of(breakdowns.get(0), breakdowns.get(0).codes().subList(0, 2));
        return new TableQuery(List.of(measure.id()), rows, new Slice(crossed, filter), Optional.of(FROM),
                Optional.of(TO), false);
    }

    /** The row and column of the table's largest figure that is not a total, or empty for a table without one. */
    private static Optional<int[]> largestCell(CrossTable table) {
        int[] best = null;
        for (int r = 0; r < table.periods().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                BigDecimal value = table.cell(r, c);
                if (value != null && !table.columns().get(c).isTotal() && table.unit() != MeasureUnit.PERCENT
                        && (best == null || value.compareTo(table.cell(best[0], best[1])) > 0)) {
                    best = new int[] {r, c};
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String filterText(Slice slice) {
        return String.join("; ", slice.filters().entrySet().stream().map(f -> f.getKey().id() + "="
                + String.join(",", f.getValue())).toList());
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
