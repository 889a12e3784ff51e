package cmsstats.workbench.cli;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.RecheckText;
import cmsstats.workbench.store.Store;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code accuracy list}: the stored accuracy samples, newest first, each with its finalised checks. */
@Command(name = "list", description = "List the accuracy samples, newest first, with their finalised checks and "
        + "second checks (with the agreement of each imported one).")
final class AccuracyListCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Override
    public Integer call() {
        PrintWriter o = accuracy.parent().out();
        try (Store store = accuracy.parent().openStore()) {
            AccuracyRechecks rechecks = new AccuracyRechecks(store);
            for (AccuracySample s : store.accuracy().samples()) {
                o.printf(Locale.UK, "sample %d: %d of %,d assessments dated %s to %s%s, %s, seed %d, drawn %s%n",
                        s.id(), s.n(), s.frameSize(), s.from(), s.to(), s.type() == null ? "" : " (" + s.type() + ")",
                        s.designText(), s.seed(), s.drawnAt().toLocalDate());
                for (AccuracyCheck c : store.accuracy().checks(s.id())) {
                    o.printf(Locale.UK, "  check version %d from %s, %s: %d of %d accurate%s%n", c.version(),
                            c.sourceFile(), c.scoredAt().toLocalDate(), c.accurate(), c.checked(),
                            c.reason() == null ? "" : "; correction: " + c.reason());
                }
                for (AccuracyRecheck r : store.rechecks().ofSample(s.id())) {
                    o.printf(Locale.UK, "  second check %d of check version %d: %d assessments, seed %d, drawn %s; "
                            + "%s%n",
                            r.id(), r.checkVersion(), r.n(), r.seed(), r.drawnAt().toLocalDate(), r.imported()
                                    ? "imported from " + r.sourceFile() + " " + r.scoredAt().toLocalDate() + ", "
                                    + RecheckText.summary(rechecks.compare(r.id(), 0.95).agreement())
                                    : "not imported yet");
                }
            }
        }
        o.flush();
        return 0;
    }
}
