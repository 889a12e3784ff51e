package cmsstats.workbench.cli;

import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code measures}: the catalogue, or measure values as CSV or JSON. */
@Command(name = "measures", description = "List the measure catalogue (--list), or compute measures from the "
        + "newest extracts: CSV with header measure,period,breakdown,value (or JSON), unrounded.")
final class MeasuresCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--list", description = "List the catalogue: id, title, unit, period, breakdowns.")
    private boolean list;

    @Option(names = "--json", description = "With --list: print JSON.")
    private boolean listJson;

    @Option(names = "--measure", paramLabel = "ID", description = "A measure id (repeatable).")
    private List<String> measures = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First period (default: the data's first).")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last period (default: the data's last).")
    private String to;

    @Option(names = "--breakdown", paramLabel = "NAME", description = "application_type, service_type, country, "
            + "client_type or prior_csa, as the measure offers.")
    private String breakdown;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json", description = "Output format "
            + "(default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() throws JsonProcessingException {
        if (list) {
            printCatalogue();
            return 0;
        }
        if (measures.isEmpty()) {
            throw usage("give --list, or one or more --measure ID (expected one of " + MeasureCatalog.ids() + ")");
        }
        if (!format.equals("csv") && !format.equals("json")) {
            throw usage("unknown format '" + format + "' (expected csv or json)");
        }
        MeasureEngine.Request request = new MeasureEngine.Request(measures, month("--from", from), month("--to", to),
                breakdown == null ? Optional.empty() : Optional.of(Breakdown.fromId(breakdown).orElseThrow(() ->
                        usage("unknown breakdown '" + breakdown + "' (expected one of " + List.of(Breakdown.values())
                                .stream().map(Breakdown::id).collect(Collectors.joining(", ")) + ")"))));
        List<MeasureValue> values;
        try (Store store = parent.openStore()) {
            values = new MeasureEngine(store).compute(request);
        } catch (MeasureException e) {
            throw usage(e.getMessage());
        }
        if (format.equals("json")) {
            parent.out().println(JSON.writeValueAsString(values.stream().map(MeasuresCommand::asJson).toList()));
        } else {
            parent.out().println("measure,period,breakdown,value");
            values.forEach(v -> parent.out().println(v.measure() + "," + v.period() + ","
                    + (v.breakdown() == null ? "" : v.breakdown()) + ","
                    + (v.value() == null ? "" : v.value().toPlainString())));
        }
        parent.out().flush();
        return 0;
    }

    private static Map<String, Object> asJson(MeasureValue v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", v.measure());
        row.put("period", v.period().toString());
        row.put("breakdown", v.breakdown());
        row.put("value", v.value());
        return row;
    }

    private void printCatalogue() throws JsonProcessingException {
        if (listJson) {
            parent.out().println(JSON.writeValueAsString(MeasureCatalog.all().stream().map(d -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.id());
                row.put("title", d.title());
                row.put("unit", d.unit().label());
                row.put("period", d.period().label());
                row.put("breakdowns", d.breakdowns().stream().map(Breakdown::id).toList());
                row.put("rule", d.rule());
                row.put("source", d.source());
                return row;
            }).toList()));
        } else {
            String format = "%-26s  %-7s  %-9s  %-30s  %s%n";
            parent.out().printf(format, "id", "unit", "period", "breakdowns", "title");
            for (MeasureDefinition d : MeasureCatalog.all()) {
                parent.out().printf(format, d.id(), d.unit().label(), d.period().label(),
                        d.breakdowns().stream().map(Breakdown::id).collect(Collectors.joining(",")), d.title());
            }
        }
        parent.out().flush();
    }

    private Optional<YearMonth> month(String option, String text) {
        return text == null ? Optional.empty() : Optional.of(Months.parse(spec, option, text));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
