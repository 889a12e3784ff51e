package cmsstats.workbench.cli;

import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accuracy recheck}: draws a seeded subsample of a sample's latest finalised check for a second checker
 * and writes its worksheet, without the first checker's answers.
 */
@Command(name = "recheck", description = "Draw a subsample of a sample's finalised check for a second checker "
        + "and write its worksheet (the first checker's answers left out).")
final class AccuracyRecheckCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SAMPLE_ID", description = "The accuracy sample whose latest check is checked again.")
    private long sampleId;

    @Option(names = "--n", required = true, paramLabel = "K", description = "Assessments to check again.")
    private int k;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed: the same seed and check "
            + "give the same subsample.")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv", description = "The second "
            + "checker's worksheet.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " must end .xlsx or .csv");
        }
        try (Store store = accuracy.parent().openStore()) {
            AccuracyRechecks rechecks = new AccuracyRechecks(store);
            AccuracyRecheck recheck;
            try {
                recheck = rechecks.draw(sampleId, k, seed);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            AccuracySample sample = store.accuracy().sample(sampleId).orElseThrow();
            PlainTableWriter.write(SampleTables.recheckWorksheet(recheck, sample, rechecks.members(recheck)), out);
            PrintWriter o = accuracy.parent().out();
            o.printf(Locale.UK, "second check %d: %d of the %d assessments of sample %d's check version %d "
                    + "(seed %d); worksheet %s, without the first checker's answers%n", recheck.id(), recheck.n(),
                    sample.n(), sampleId, recheck.checkVersion(), seed, out);
            o.println("The worksheet holds case-level personal data: keep it on approved systems.");
            o.flush();
        }
        return 0;
    }
}
