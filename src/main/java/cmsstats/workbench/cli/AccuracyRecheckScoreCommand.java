package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.AccuracyWorksheetReader;
import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.AccuracyRule;
import cmsstats.workbench.sampling.Agreement;
import cmsstats.workbench.sampling.RecheckText;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accuracy recheck-score}: checks a second checker's worksheet against its second check and sample,
 * stores it (once), and reports the agreement with the first check: count, percent, Cohen's kappa with its
 * interval, and every disagreement.
 */
@Command(name = "recheck-score", description = "Import a second checker's worksheet: store it and report the "
        + "agreement with the first check (count, percent, Cohen's kappa with its interval, every disagreement).")
final class AccuracyRecheckScoreCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The second checker's completed worksheet (XLSX or CSV).")
    private Path file;

    @Option(names = "--level", defaultValue = "0.95", paramLabel = "L", description = "Confidence level of kappa's "
            + "interval (default: ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--preview", description = "Compare only; store nothing.")
    private boolean preview;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (!(level > 0 && level < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level must be between 0 and 1 (e.g. 0.95)");
        }
        PrintWriter err = accuracy.parent().err();
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file, nothing stored");
            err.flush();
            return WorkbenchCommand.FAILED;
        }
        try (Store store = accuracy.parent().openStore()) {
            AccuracyWorksheetReader.Result worksheet = AccuracyWorksheetReader.forRecheck(store.accuracy(),
                    store.rechecks(), AccuracyRule::accurate).read(file);
            if (!worksheet.accepted()) {
                err.println(file.getFileName() + ": refused, " + worksheet.problemCount() + " problem"
                        + (worksheet.problemCount() == 1 ? "" : "s") + ", nothing stored");
                worksheet.problemReport().forEach(err::println);
                err.flush();
                return WorkbenchCommand.FAILED;
            }
            AccuracyRechecks rechecks = new AccuracyRechecks(store);
            AccuracyRechecks.Compared compared = preview
                    ? rechecks.compare(store.rechecks().recheck(worksheet.recheckId()).orElseThrow(),
                            worksheet.checked(), level)
                    : rechecks.finalise(worksheet.recheckId(), worksheet.source(), worksheet.checked(),
                            level);
            print(compared);
        }
        return 0;
    }

    private void print(AccuracyRechecks.Compared compared) throws IOException {
        PrintWriter o = accuracy.parent().out();
        AccuracyRecheck r = compared.recheck();
        if (json) {
            o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    asJson(compared)));
        } else {
            o.printf("second check %d of sample %d (check version %d): %s%n", r.id(), r.sampleId(), r.checkVersion(),
                    preview ? "compared, not stored (preview)" : "stored");
            RecheckText.lines(compared).forEach(o::println);
        }
        o.flush();
    }

    private Map<String, Object> asJson(AccuracyRechecks.Compared compared) {
        Agreement a = compared.agreement();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recheck_id", compared.recheck().id());
        json.put("sample_id", compared.recheck().sampleId());
        json.put("check_version", compared.recheck().checkVersion());
        json.put("stored", !preview);
        json.put("n", a.n());
        json.put("agreed", a.agreed());
        json.put("agreement_pct", a.percent());
        json.put("kappa", a.kappa());
        json.put("kappa_se", a.se());
        json.put("kappa_low", a.interval() == null ? null : a.interval().lower());
        json.put("kappa_high", a.interval() == null ? null : a.interval().upper());
        json.put("level", level);
        json.put("table", Map.of("both_accurate", a.a(), "first_accurate_second_inaccurate", a.b(),
                "first_inaccurate_second_accurate", a.c(), "both_inaccurate", a.d()));
        json.put("disagreements", compared.disagreements().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("assessment_id", p.assessmentId());
            row.put("calculated", p.calculated());
            row.put("first_correct", p.firstCorrect());
            row.put("first_accurate", p.firstAccurate());
            row.put("first_error_cause", p.firstCause() == null ? null : p.firstCause().code());
            row.put("second_correct", p.secondCorrect());
            row.put("second_accurate", p.secondAccurate());
            row.put("second_error_cause", p.secondCause() == null ? null : p.secondCause().code());
            return row;
        }).toList());
        return json;
    }
}
