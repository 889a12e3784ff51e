package cmsstats.workbench.cli;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.store.Store;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code accuracy list}: the stored accuracy samples, newest first, each with its finalised checks. */
@Command(name = "list", description = "List the accuracy samples and their finalised checks, newest first.")
final class AccuracyListCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Override
    public Integer call() {
        PrintWriter o = accuracy.parent().out();
        try (Store store = accuracy.parent().openStore()) {
            for (AccuracySample s : store.accuracy().samples()) {
                o.printf(Locale.UK, "sample %d: %d of %,d assessments dated %s to %s%s%s, seed %d, drawn %s%n",
                        s.id(), s.n(), s.frameSize(), s.from(), s.to(), s.type() == null ? "" : " (" + s.type() + ")",
                        s.stratify() == null ? "" : ", stratified by " + s.stratify(), s.seed(),
                        s.drawnAt().toLocalDate());
                for (AccuracyCheck c : store.accuracy().checks(s.id())) {
                    o.printf(Locale.UK, "  check version %d from %s, %s: %d of %d accurate%s%n", c.version(),
                            c.sourceFile(), c.scoredAt().toLocalDate(), c.accurate(), c.checked(),
                            c.reason() == null ? "" : "; correction: " + c.reason());
                }
            }
        }
        o.flush();
        return 0;
    }
}
