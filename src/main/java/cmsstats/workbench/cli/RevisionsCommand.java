package cmsstats.workbench.cli;

import cmsstats.workbench.measures.MeasureException;
import cmsstats.workbench.measures.RevisionCheck;
import cmsstats.workbench.model.Revision;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code revisions}: published figures beside the values computed now, moves of 5% or more flagged. */
@Command(name = "revisions", description = "Compare the measures computed now with a published edition (the "
        + "newest published extract) and flag moves of at least the threshold.")
final class RevisionsCommand implements Callable<Integer> {
    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--edition", paramLabel = "YYYY-MM-DD", description = "Edition to compare with (default: the "
            + "newest).")
    private String edition;

    @Option(names = "--threshold", defaultValue = "5", paramLabel = "PCT", description = "Flag moves of at least "
            + "this percentage of the published value (default: ${DEFAULT-VALUE}).")
    private BigDecimal threshold;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<LocalDate> chosen;
        try {
            chosen = Optional.ofNullable(edition).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad date for --edition: '" + edition
                    + "' (expected YYYY-MM-DD)");
        }
        RevisionCheck.Result result;
        try (Store store = parent.openStore()) {
            result = new RevisionCheck(store).check(chosen, threshold);
        } catch (MeasureException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (json) {
            parent.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    result.revisions().stream().map(RevisionsCommand::asJson).toList()));
        } else {
            parent.out().printf("edition %s: %d figures, %d moved by %s%% or more%n", result.edition(),
                    result.revisions().size(), result.flaggedCount(), threshold.toPlainString());
            String format = "%-26s %-8s %-9s %16s %18s %9s  %s%n";
            parent.out().printf(format, "measure", "period", "breakdown", "published", "computed", "change", "");
            for (Revision r : result.revisions()) {
                parent.out().printf(format, r.figure().measure(), r.figure().period(),
                        r.figure().breakdown() == null ? "" : r.figure().breakdown(), r.figure().value()
                                .toPlainString(),
                        r.computed() == null ? "" : r.computed().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        r.changePct() == null ? "" : r.changePct().setScale(1, RoundingMode.HALF_UP) + "%",
                        r.flagged() ? "REVISED (>= " + threshold.toPlainString() + "%)" : r.note());
            }
        }
        parent.out().flush();
        return 0;
    }

    private static Map<String, Object> asJson(Revision r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("measure", r.figure().measure());
        row.put("period", r.figure().period().toString());
        row.put("breakdown", r.figure().breakdown());
        row.put("published", r.figure().value());
        row.put("computed", r.computed());
        row.put("change_pct", r.changePct());
        row.put("flagged", r.flagged());
        row.put("note", r.note());
        return row;
    }
}
