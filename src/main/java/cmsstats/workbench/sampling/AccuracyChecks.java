package cmsstats.workbench.sampling;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.SourceFile;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws accuracy-check samples of assessments and finalises their checks: the steps a quality assurer takes,
 * shared by the command line and the desktop.
 */
public final class AccuracyChecks {
    /** Stratification of the accuracy frame the workbench offers. */
    public static final String BY_TYPE = "assessment_type";

    private final Store store;

    public AccuracyChecks(Store store) {
        this.store = store;
    }

    /**
     * The design of an accuracy sample: simple random, stratified by assessment type, or monetary-unit
     * ({@code mus}: n is then the number of monetary units, and the sample holds the distinct assessments they
     * fall in).
     */
    public record Design(LocalDate from, LocalDate to, String type, boolean stratifyByType, int n, long seed,
                         boolean mus) {
        /** A simple random or stratified design. */
        public Design(LocalDate from, LocalDate to, String type, boolean stratifyByType, int n, long seed) {
            this(from, to, type, stratifyByType, n, seed, false);
        }

        public Design {
            if (mus && stratifyByType) {
                throw new IllegalArgumentException("a monetary-unit sample is not stratified (choose one design)");
            }
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
            }
            if (type != null && !type.equals("NEW") && !type.equals("CHANGE")) {
                throw new IllegalArgumentException("unknown assessment type '" + type + "' (expected NEW or CHANGE)");
            }
        }
    }

    /** The first and last assessment dates available, or empty without an assessments extract. */
    public java.util.Optional<LocalDate[]> dateSpan() {
        return store.extracts().newest(ExtractKind.ASSESSMENTS).flatMap(v -> store.accuracy().dateSpan(v));
    }

    /**
     * The frame a design would draw from: its size and its zero awards (which a monetary-unit sample cannot
     * select), to show before drawing.
     */
    public long[] frameCounts(Design design) {
        List<Assessment> frame = frame(design);
        return new long[] {frame.size(), frame.stream().filter(a -> a.calculated().signum() <= 0).count()};
    }

    /** The frame a design would draw from: its size, to show before drawing. */
    public int frameSize(Design design) {
        return frame(design).size();
    }

    /**
     * Draws and stores a sample: Knuth's selection sampling over the frame in assessment_id order with the seeded
     * generator ({@link SampleDraw#units}), proportional allocation when stratified by assessment type; or
     * systematic monetary-unit selection ({@link MonetaryUnitSampling}). The frame's facts its estimates need
     * (strata sizes and totals, the MUS interval, start and zero awards) are stored with it.
     *
     * @throws IllegalArgumentException when n is not from 2 to the frame size (MUS: its non-zero awards)
     */
    public AccuracySample draw(Design design) {
        List<Assessment> frame = frame(design);
        if (design.mus()) {
            MonetaryUnitSampling.Selection selection = MonetaryUnitSampling.draw(frame, design.n(), design.seed());
            AccuracyDesign facts = new AccuracyDesign(AccuracyDesign.MUS, selection.frameTotal(),
                    strata(frame, false), selection.interval(), selection.start(), selection.zeroAwards(),
                    selection.certain());
            return store.accuracy().saveSample(newest(), design.from(), design.to(), design.type(), null,
                    frame.size(), design.seed(), selection.members(), facts);
        }
        if (design.n() < 2 || design.n() > frame.size()) {
            throw new IllegalArgumentException("the sample size must be from 2 to the " + frame.size()
                    + " assessments dated " + design.from() + " to " + design.to()
                    + (design.type() == null ? "" : " of type " + design.type()) + ", not " + design.n());
        }
        List<Assessment> members = SampleDraw.units(frame, design.n(), design.seed(),
                design.stratifyByType() ? Assessment::type : null);
        return store.accuracy().saveSample(newest(), design.from(), design.to(), design.type(),
                design.stratifyByType() ? BY_TYPE : null, frame.size(), design.seed(), members,
                facts(frame, design.stratifyByType()));
    }

    /** A finalised check with its report. */
    public record Finalised(AccuracyCheck check, AccuracyReport report) {
        public AccuracyScore score() {
            return report.score();
        }
    }

    /**
     * Scores a completed worksheet and stores it as a finalised check of its sample; a second check of the same
     * sample is a correction and needs a reason. The audit trail records it with the worksheet's name and SHA-256.
     */
    public Finalised finalise(long sampleId, String reason, SourceFile worksheet, List<CheckedAssessment> checked,
                              double level) {
        AccuracyReport report = report(sampleId, checked, level);
        AccuracyCheck check = store.accuracy().saveCheck(sampleId, reason, worksheet, checked,
                AccuracyScore.flags(checked));
        return new Finalised(check, report);
    }

    /** The score of a stored check, recomputed from its stored results. */
    public AccuracyScore score(AccuracyCheck check, double level) {
        return AccuracyScore.of(store.accuracy().results(check.id()), level);
    }

    /** The full report of a stored check, recomputed from its stored results and its sample's design. */
    public AccuracyReport report(AccuracyCheck check, double level) {
        return report(check.sampleId(), store.accuracy().results(check.id()), level);
    }

    /** The report of checked assessments of a stored sample (a worksheet before it is finalised, too). */
    public AccuracyReport report(long sampleId, List<CheckedAssessment> checked, double level) {
        return AccuracyReport.of(checked, design(sampleId), level);
    }

    /**
     * The frame facts of a sample: as stored with it, or, for a sample drawn before they were stored, read again
     * from the assessments version it was drawn from (null when that version is no longer stored).
     */
    public AccuracyDesign design(long sampleId) {
        return store.accuracy().design(sampleId).orElseGet(() -> store.accuracy().sample(sampleId)
                .flatMap(sample -> store.extracts().find(sample.assessmentsVersion()).map(version -> facts(
                        store.accuracy().frame(version, sample.from(), sample.to(), sample.type()),
                        sample.stratify() != null))).orElse(null));
    }

    private static AccuracyDesign facts(List<Assessment> frame, boolean stratified) {
        List<AccuracyDesign.Stratum> strata = strata(frame, stratified);
        BigDecimal total = strata.stream().map(AccuracyDesign.Stratum::total).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return new AccuracyDesign(stratified ? AccuracyDesign.STRATIFIED : AccuracyDesign.SRS, total, strata, null,
                null, 0, Set.of());
    }

    private static List<AccuracyDesign.Stratum> strata(List<Assessment> frame, boolean byType) {
        Map<String, long[]> sizes = new TreeMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Assessment a : frame) {
            String stratum = byType ? a.type() : AccuracyDesign.ALL;
            sizes.computeIfAbsent(stratum, s -> new long[1])[0]++;
            totals.merge(stratum, a.calculated(), BigDecimal::add);
        }
        List<AccuracyDesign.Stratum> strata = new ArrayList<>();
        sizes.forEach((name, size) -> strata.add(new AccuracyDesign.Stratum(name, size[0], totals.get(name))));
        return strata;
    }

    private List<Assessment> frame(Design design) {
        return store.accuracy().frame(newest(), design.from(), design.to(), design.type());
    }

    private ExtractVersion newest() {
        return store.extracts().newest(ExtractKind.ASSESSMENTS).orElseThrow(() -> new IllegalArgumentException(
                "no assessments extract is stored (import one first)"));
    }
}
