package cmsstats.workbench.cli;

import cmsstats.workbench.measures.CrossTable;
import cmsstats.workbench.measures.CrossTableBuilder;
import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.TableQuery;
import cmsstats.workbench.publish.chart.ChartExport;
import cmsstats.workbench.publish.explore.ExploreChart;
import cmsstats.workbench.publish.explore.QueryFile;
import cmsstats.workbench.publish.explore.ShownTable;
import cmsstats.workbench.publish.explore.TableExport;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code table}: a table of measures, periods in the rows and up to two crossed breakdowns in the columns. */
@Command(name = "table", description = "Build a table from the newest extracts: measures of one unit, periods as "
        + "rows (months, quarters or financial years), up to two breakdowns crossed in the columns with their "
        + "totals, and filters; or run a saved query file (--query). CSV or JSON to the terminal, or a file "
        + "(XLSX and ODS as the release writes them).")
final class TableCommand implements Callable<Integer> {
    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--measure", paramLabel = "ID", description = "A measure id (repeatable; one unit).")
    private List<String> measures = List.of();

    @Option(names = "--rows", paramLabel = "month|quarter|year", defaultValue = "month",
            description = "Periods in the rows (default: ${DEFAULT-VALUE}); quarters and years are financial.")
    private String rows;

    @Option(names = "--columns", paramLabel = "B1[,B2]", split = ",", description = "One or two breakdowns to "
            + "cross in the columns.")
    private List<String> columns = List.of();

    @Option(names = "--filter", paramLabel = "NAME=VALUE[,VALUE]", description = "Keep only these values of a "
            + "breakdown (repeatable), e.g. country=WALES or service_type=DP,CP.")
    private List<String> filters = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the data's first).")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the data's last).")
    private String to;

    @Option(names = "--rounded", description = "Round the figures as the release does.")
    private boolean rounded;

    @Option(names = "--query", paramLabel = "FILE.json", description = "Run a saved query file instead of the "
            + "options above.")
    private Path queryFile;

    @Option(names = "--save-query", paramLabel = "FILE.json", description = "Also write the query as a file that "
            + "--query runs.")
    private Path saveQuery;

    @Option(names = "--save", paramLabel = "NAME", description = "Also save the query in the store under this "
            + "name (replacing one of the same name).")
    private String saveName;

    @Option(names = "--saved", paramLabel = "NAME", description = "Run a query saved in the store (by the desktop "
            + "or --save) against the newest extracts.")
    private String savedName;

    @Option(names = "--list-saved", description = "List the queries saved in the store, with their JSON.")
    private boolean listSaved;

    @Option(names = "--format", paramLabel = "csv|json|xlsx|ods", description = "Output format (default: csv, or "
            + "the --out file's extension).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    private Path out;

    @Option(names = "--chart", paramLabel = "FILE.svg|FILE.png", description = "Also draw the table's chart "
            + "(SVG, or PNG at twice the size with its alt text beside it).")
    private Path chart;

    @Override
    public Integer call() throws IOException {
        if (listSaved) {
            try (Store store = parent.openStore()) {
                store.savedQueries().list().forEach(q -> parent.out().println(q.name() + "\t" + q.savedAt()
                        .withNano(0) + "\t" + QueryFile.toJson(parsed(q.name(), q.json())).replaceAll("\\s+", " ")
                        .strip()));
            }
            parent.out().flush();
            return 0;
        }
        TableExport.Format chosen = format();
        CrossTable table;
        TableQuery query;
        try (Store store = parent.openStore()) {
            query = savedName != null ? saved(store) : query();
            table = new CrossTableBuilder(new MeasureEngine(store)).build(query);
            if (saveName != null) {
                try {
                    store.savedQueries().save(saveName, QueryFile.toJson(query));
                } catch (IllegalArgumentException e) {
                    throw usage("--save: " + e.getMessage());
                }
            }
        } catch (MeasureException e) {
            throw usage(e.getMessage());
        }
        ShownTable shown = new ShownTable(table);
        if (saveQuery != null) {
            QueryFile.write(query, saveQuery);
        }
        if (table.emptyReason() != null) {
            parent.err().println("cms-workbench: " + table.emptyReason());
            parent.err().flush();
        }
        if (chart != null && shown.rows() > 0) {
            ChartExport.write(ExploreChart.of(shown), ExploreChart.OPTIONS, chart, ChartExport.DEFAULT_WIDTH,
                    ChartExport.DEFAULT_HEIGHT, 2);
            parent.err().println(chart + ": the chart of " + ExploreChart.drawnColumns(shown).size() + " of "
                    + shown.columns() + " columns");
            parent.err().flush();
        }
        if (out != null) {
            TableExport.write(shown, chosen, out, LocalDate.now());
            parent.out().println(out + ": " + shown.rows() + " rows, " + shown.columns() + " columns of figures ("
                    + chosen.extension() + ")");
        } else {
            parent.out().print(chosen == TableExport.Format.JSON ? TableExport.json(shown) : TableExport.csv(shown));
        }
        parent.out().flush();
        return 0;
    }

    private TableQuery saved(Store store) {
        if (queryFile != null || !measures.isEmpty()) {
            throw usage("--saved runs the stored query: give either --saved or --query or --measure");
        }
        return store.savedQueries().find(savedName).map(q -> parsed(q.name(), q.json())).orElseThrow(() ->
                usage("no query is saved as '" + savedName + "' (expected one of " + store.savedQueries().list()
                        .stream().map(q -> q.name()).toList() + "; see --list-saved)"));
    }

    private TableQuery parsed(String name, String json) {
        try {
            return QueryFile.parse("saved query " + name, json);
        } catch (QueryFile.QueryFileException e) {
            throw usage(e.getMessage());
        }
    }

    private TableQuery query() throws IOException {
        if (queryFile != null) {
            if (!measures.isEmpty() || !columns.isEmpty() || !filters.isEmpty() || from != null || to != null) {
                throw usage("--query runs the file's query: give either --query or --measure and the other options");
            }
            if (!Files.isRegularFile(queryFile)) {
                throw usage(queryFile.toAbsolutePath() + ": no such query file (expected a .json file written by "
                        + "--save-query or the desktop's Explore section)");
            }
            try {
                return QueryFile.read(queryFile);
            } catch (QueryFile.QueryFileException e) {
                throw usage(e.getMessage());
            }
        }
        if (measures.isEmpty()) {
            throw usage("give one or more --measure ID, or --query FILE.json (expected ids from "
                    + MeasureCatalog.ids() + ")");
        }
        Periodicity periodicity = Periodicity.fromId(rows).orElseThrow(() -> usage("unknown --rows '" + rows
                + "' (expected month, quarter or year)"));
        return new TableQuery(measures, periodicity, SliceOptions.parse(spec, columns, filters),
                month("--from", from), month("--to", to), rounded);
    }

    private TableExport.Format format() {
        if (format != null) {
            TableExport.Format chosen = TableExport.Format.fromId(format).orElseThrow(() -> usage("unknown format '"
                    + format + "' (expected csv, json, xlsx or ods)"));
            if (out == null && (chosen == TableExport.Format.XLSX || chosen == TableExport.Format.ODS)) {
                throw usage("a " + chosen.extension() + " workbook needs --out FILE");
            }
            return chosen;
        }
        if (out == null) {
            return TableExport.Format.CSV;
        }
        return TableExport.Format.of(out).orElseThrow(() -> usage(out.getFileName() + ": unknown file type "
                + "(expected a name ending .csv, .json, .xlsx or .ods, or --format)"));
    }

    private Optional<java.time.YearMonth> month(String option, String text) {
        return text == null ? Optional.empty() : Optional.of(Months.parse(spec, option, text));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
