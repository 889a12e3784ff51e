package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.AccuracyWorksheetReader;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.sampling.AccuracyReport;
import cmsstats.workbench.sampling.AccuracyReportText;
import cmsstats.workbench.sampling.AccuracyRule;
import cmsstats.workbench.sampling.AccuracyScore;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accuracy score}: checks a completed QA worksheet against its sample, applies the accuracy rule and stores
 * the result as a finalised check (unless {@code --preview}); prints the accuracy rate with its Wilson and
 * Clopper-Pearson intervals and the monetary error rates.
 */
@Command(name = "score", description = "Score a completed QA worksheet and store it as the sample's finalised "
        + "check (a second check of a sample is a correction and needs --reason).")
final class AccuracyScoreCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The completed worksheet (XLSX or CSV).")
    private Path file;

    @Option(names = "--level", defaultValue = "0.95", paramLabel = "L", description = "Confidence level "
            + "(default: ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why this check corrects an earlier one.")
    private String reason;

    @Option(names = "--preview", description = "Score only; store nothing.")
    private boolean preview;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (!(level > 0 && level < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level must be between 0 and 1 (e.g. 0.95)");
        }
        if (!Files.isRegularFile(file)) {
            accuracy.parent().err().println(file + ": no such file, nothing stored");
            accuracy.parent().err().flush();
            return WorkbenchCommand.FAILED;
        }
        try (Store store = accuracy.parent().openStore()) {
            AccuracyWorksheetReader.Result worksheet = new AccuracyWorksheetReader(store.accuracy(),
                    AccuracyRule::accurate).read(file);
            if (!worksheet.accepted()) {
                PrintWriter err = accuracy.parent().err();
                err.println(file.getFileName() + ": refused, " + worksheet.problemCount() + " problem"
                        + (worksheet.problemCount() == 1 ? "" : "s") + ", nothing stored");
                worksheet.problemReport().forEach(err::println);
                err.flush();
                return WorkbenchCommand.FAILED;
            }
            AccuracyReport report;
            Integer version = null;
            AccuracyChecks checks = new AccuracyChecks(store);
            if (preview) {
                report = checks.report(worksheet.sampleId(), worksheet.checked(), level);
            } else {
                AccuracyChecks.Finalised finalised = checks.finalise(worksheet.sampleId(), reason,
                        worksheet.source(), worksheet.checked(), level);
                report = finalised.report();
                version = finalised.check().version();
            }
            print(worksheet.sampleId(), version, report, worksheet.causesRecorded());
        }
        return 0;
    }

    private void print(long sampleId, Integer version, AccuracyReport report, boolean causes) throws IOException {
        PrintWriter o = accuracy.parent().out();
        AccuracyScore score = report.score();
        if (json) {
            Map<String, Object> result = asJson(sampleId, version, score);
            result.putAll(ReportJson.of(report, causes));
            o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            o.printf(Locale.UK, "sample %d: %s%n", sampleId, version == null ? "scored, not stored (preview)"
                    : "finalised check version " + version);
            o.printf(Locale.UK, "accurate: %d of %d = %.2f%%%n", score.accurate(), score.n(), score.rate());
            o.printf(Locale.UK, "%.0f%% Clopper-Pearson (exact) interval: %.2f%% to %.2f%% (quote this one near "
                    + "100%%: it never covers less than its level)%n", level * 100,
                    score.clopperPearson().lower(), score.clopperPearson().upper());
            o.printf(Locale.UK, "%.0f%% Wilson score interval: %.2f%% to %.2f%%%n", level * 100,
                    score.wilson().lower(), score.wilson().upper());
            o.printf(Locale.UK, "monetary error: gross %s, net %s (over-payment %s, under-payment %s)%n",
                    percent(score.grossErrorRate()), percent(score.netErrorRate()), percent(score.overpaymentRate()),
                    percent(score.underpaymentRate()));
            AccuracyReportText.lines(report, causes).forEach(o::println);
            score.byType().forEach((type, t) -> o.printf(Locale.UK, "  type %s: %d of %d accurate%n", type,
                    t.accurate(), t.checked()));
            score.byChecker().forEach((checker, t) -> o.printf(Locale.UK, "  checker %s: %d of %d accurate%n",
                    checker, t.accurate(), t.checked()));
            for (AccuracyScore.Inaccurate i : score.inaccurate()) {
                o.printf(Locale.UK, "  inaccurate %s (%s): calculated %s, correct %s, difference %s, tolerance %s%n",
                        i.assessmentId(), i.type(), i.calculated().toPlainString(), i.correct().toPlainString(),
                        i.difference().toPlainString(), i.tolerance().toPlainString());
            }
        }
        o.flush();
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "none (no correct amounts)" : String.format(Locale.UK, "%.2f%%", rate);
    }

    private Map<String, Object> asJson(long sampleId, Integer version, AccuracyScore score) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sample_id", sampleId);
        result.put("check_version", version);
        result.put("level", level);
        result.put("n", score.n());
        result.put("accurate", score.accurate());
        result.put("rate", score.rate());
        result.put("wilson_low", score.wilson().lower());
        result.put("wilson_high", score.wilson().upper());
        result.put("cp_low", score.clopperPearson().lower());
        result.put("cp_high", score.clopperPearson().upper());
        result.put("gross_error_rate", score.grossErrorRate());
        result.put("net_error_rate", score.netErrorRate());
        result.put("overpayment_rate", score.overpaymentRate());
        result.put("underpayment_rate", score.underpaymentRate());
        result.put("by_type", tallies(score.byType()));
        result.put("by_checker", tallies(score.byChecker()));
        result.put("inaccurate", score.inaccurate().stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("assessment_id", i.assessmentId());
            row.put("calculated", i.calculated());
            row.put("correct", i.correct());
            row.put("difference", i.difference());
            row.put("error_cause", i.cause() == null ? null : i.cause().code());
            return row;
        }).toList());
        return result;
    }

    private static Map<String, Object> tallies(Map<String, AccuracyScore.Tally> tallies) {
        Map<String, Object> out = new LinkedHashMap<>();
        tallies.forEach((key, t) -> out.put(key, Map.of("checked", t.checked(), "accurate", t.accurate())));
        return out;
    }
}
