package cmsstats.workbench.sampling;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.SourceFile;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;

/**
 * Second checks (ADR 0016), the steps the command line and the desktop share: a seeded subsample of a sample's
 * latest finalised check for a second checker (Knuth's selection sampling over the check's assessments in the
 * order drawn, as {@link SampleDraw}), and, when that checker's worksheet comes back, the agreement of the two on
 * the accurate / inaccurate decision ({@link Agreement}) with every disagreement listed.
 */
public final class AccuracyRechecks {
    private final Store store;

    public AccuracyRechecks(Store store) {
        this.store = store;
    }

    /** One assessment the two checkers decided differently (or, in {@link Compared#pairs}, alike). */
    public record Pair(String assessmentId, BigDecimal calculated, BigDecimal firstCorrect, boolean firstAccurate,
                       ErrorCause firstCause, String firstChecker, BigDecimal secondCorrect, boolean secondAccurate,
                       ErrorCause secondCause, String secondChecker) {
        public boolean agree() {
            return firstAccurate == secondAccurate;
        }
    }

    /** The two checks of a subsample side by side, with their agreement. */
    public record Compared(AccuracyRecheck recheck, Agreement agreement, List<Pair> pairs) {
        public List<Pair> disagreements() {
            return pairs.stream().filter(p -> !p.agree()).toList();
        }
    }

    /**
     * Draws and stores a subsample of k assessments of sample {@code sampleId}'s latest finalised check.
     *
     * @throws IllegalArgumentException when the sample has no finalised check or k is not from 1 to its size
     */
    public AccuracyRecheck draw(long sampleId, int k, long seed) {
        if (store.accuracy().sample(sampleId).isEmpty()) {
            throw new IllegalArgumentException("no accuracy sample " + sampleId + " is stored");
        }
        List<AccuracyCheck> checks = store.accuracy().checks(sampleId);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("sample " + sampleId + " has no finalised check to check again "
                    + "(import its worksheet first)");
        }
        AccuracyCheck latest = checks.get(checks.size() - 1);
        List<CheckedAssessment> checked = store.accuracy().results(latest.id());
        if (k < 1 || k > checked.size()) {
            throw new IllegalArgumentException("the second check's size must be from 1 to the " + checked.size()
                    + " assessments of sample " + sampleId + "'s check, not " + k);
        }
        List<String> ids = SampleDraw.select(checked, k, new Well19937c(seed)).stream()
                .map(CheckedAssessment::assessmentId).toList();
        return store.rechecks().save(latest.id(), seed, ids);
    }

    /** The sampled facts of a recheck's assessments, in the order drawn, for its worksheet. */
    public List<Assessment> members(AccuracyRecheck recheck) {
        Set<String> ids = new HashSet<>(store.rechecks().members(recheck.id()));
        return store.accuracy().members(recheck.sampleId()).stream().filter(a -> ids.contains(a.assessmentId()))
                .toList();
    }

    /** Compares a second checker's (not yet stored) answers with the first check. */
    public Compared compare(AccuracyRecheck recheck, List<CheckedAssessment> second, double level) {
        Map<String, CheckedAssessment> first = new HashMap<>();
        store.accuracy().results(recheck.checkId()).forEach(c -> first.put(c.assessmentId(), c));
        List<Pair> pairs = new ArrayList<>();
        List<Boolean> a = new ArrayList<>();
        List<Boolean> b = new ArrayList<>();
        for (CheckedAssessment s : second) {
            CheckedAssessment f = first.get(s.assessmentId());
            boolean fa = AccuracyRule.accurate(f.calculated(), f.correct());
            boolean sa = AccuracyRule.accurate(s.calculated(), s.correct());
            a.add(fa);
            b.add(sa);
            pairs.add(new Pair(s.assessmentId(), s.calculated(), f.correct(), fa, f.errorCause(), f.checker(),
                    s.correct(), sa, s.errorCause(), s.checker()));
        }
        return new Compared(recheck, Agreement.of(a, b, level), pairs);
    }

    /** Compares a stored second check with the first. */
    public Compared compare(long recheckId, double level) {
        AccuracyRecheck recheck = store.rechecks().recheck(recheckId).orElseThrow(() ->
                new IllegalArgumentException("no second check " + recheckId + " is stored"));
        return compare(recheck, store.rechecks().results(recheckId), level);
    }

    /** Stores a second checker's validated answers (once) and compares them with the first check. */
    public Compared finalise(long recheckId, SourceFile worksheet, List<CheckedAssessment> second, double level) {
        AccuracyRecheck stored = store.rechecks().saveResults(recheckId, worksheet, second,
                AccuracyScore.flags(second));
        return compare(stored, second, level);
    }
}
