package cmsstats.workbench.cli;

import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accuracy draw}: draws and stores a sample of assessments for accuracy checking and writes the QA
 * worksheet for the checkers.
 */
@Command(name = "draw", description = "Draw and store an accuracy-check sample of assessments; write the QA "
        + "worksheet (XLSX or CSV) with empty correct_weekly_amount_gbp, checker and notes columns.")
final class AccuracyDrawCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First assessment date "
            + "(YYYY-MM-DD, or YYYY-MM for the month's first day).")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last assessment date, inclusive "
            + "(YYYY-MM-DD, or YYYY-MM for the month's last day).")
    private String to;

    @Option(names = "--n", required = true, paramLabel = "N", description = "Sample size.")
    private int n;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed: the same seed and extract "
            + "give the same sample.")
    private long seed;

    @Option(names = "--type", paramLabel = "NEW|CHANGE", description = "Only new or only changed assessments.")
    private String type;

    @Option(names = "--stratify", paramLabel = "assessment_type", description = "Stratify by assessment type "
            + "(proportional allocation).")
    private String stratify;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv", description = "The QA worksheet.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        LocalDate start = Dates.parse(spec, "--from", from, false);
        LocalDate end = Dates.parse(spec, "--to", to, true);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw usage("--out " + out + " must end .xlsx or .csv");
        }
        if (stratify != null && !stratify.equalsIgnoreCase(AccuracyChecks.BY_TYPE)) {
            throw usage("unknown --stratify '" + stratify + "' (expected " + AccuracyChecks.BY_TYPE + ")");
        }
        try (Store store = accuracy.parent().openStore()) {
            AccuracyChecks checks = new AccuracyChecks(store);
            AccuracySample sample;
            try {
                sample = checks.draw(new AccuracyChecks.Design(start, end,
                        type == null ? null : type.toUpperCase(Locale.ROOT), stratify != null, n, seed));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            PlainTableWriter.write(SampleTables.accuracyWorksheet(sample, store.accuracy().members(sample.id())), out);
            accuracy.parent().out().printf(Locale.UK, "accuracy sample %d: %d of %,d assessments dated %s to %s%s "
                            + "(seed %d); worksheet %s%n", sample.id(), sample.n(), sample.frameSize(), start, end,
                    sample.type() == null ? "" : " of type " + sample.type(), seed, out);
            accuracy.parent().out().flush();
        }
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
