package cmsstats.workbench.cli;

import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.measures.RecordsFinder;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.publish.CsvText;
import cmsstats.workbench.publish.PersonalData;
import cmsstats.workbench.publish.explore.RecordsExport;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code records}: drill-through, the extract rows behind one figure. */
@Command(name = "records", description = "Show the records behind one figure (drill-through): the rows of the "
        + "extract that the measure counts or sums in the period, over the data the filters keep (give a table "
        + "cell's breakdown values as filters). Their total equals the figure. Case-level personal data.")
final class RecordsCommand implements Callable<Integer> {
    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--measure", required = true, paramLabel = "ID", description = "The figure's measure id.")
    private String measure;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The figure's month, or "
            + "the last month of its quarter or financial year.")
    private String period;

    @Option(names = "--rows", paramLabel = "month|quarter|year", defaultValue = "month",
            description = "The table's periods (default: ${DEFAULT-VALUE}).")
    private String rows;

    @Option(names = "--filter", paramLabel = "NAME=VALUE[,VALUE]", description = "Keep only these values of a "
            + "breakdown (repeatable), e.g. country=WALES.")
    private List<String> filters = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Rows to print to the "
            + "terminal (default: ${DEFAULT-VALUE}); --out writes them all.")
    private int limit;

    @Option(names = "--out", paramLabel = "FILE", description = "Write every record to a .csv or .xlsx file.")
    private java.nio.file.Path out;

    @Override
    public Integer call() throws IOException {
        Periodicity periodicity = Periodicity.fromId(rows).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown --rows '" + rows + "' (expected month, quarter or year)"));
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit " + limit + " (expected 0 or more)");
        }
        Slice slice = SliceOptions.parse(spec, List.of(), filters);
        RecordsFinder.Request request = new RecordsFinder.Request(measure, periodicity,
                Months.parse(spec, "--period", period), slice);
        try (Store store = parent.openStore()) {
            RecordsFinder finder = new RecordsFinder(store);
            RecordsFinder.Records records = finder.find(request, 0, out == null ? limit : 1);
            parent.err().println(RecordsExport.describe(records, slice.describe()));
            parent.err().println("Warning: " + PersonalData.WARNING);
            parent.err().flush();
            if (out != null) {
                RecordsExport.write((offset, size) -> finder.find(request, offset, size), slice.describe(), out);
                parent.out().println(out + ": " + records.rows() + " records");
            } else {
                print(records.page());
            }
        } catch (MeasureException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        parent.out().flush();
        return 0;
    }

    private void print(RowPage page) {
        parent.out().println(String.join(",", page.columns().stream().map(CsvText::safe).toList()));
        page.rows().forEach(row -> parent.out().println(String.join(",", row.stream().map(CsvText::safe).toList())));
    }
}
