package cmsstats.workbench.sampling;

import cmsstats.workbench.model.AccuracyCheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.store.Store;
import java.time.LocalDate;
import java.util.List;

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

    /** The design of an accuracy sample. */
    public record Design(LocalDate from, LocalDate to, String type, boolean stratifyByType, int n, long seed) {
        public Design {
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

    /** The frame a design would draw from: its size, to show before drawing. */
    public int frameSize(Design design) {
        return frame(design).size();
    }

    /**
     * Draws and stores a sample: Knuth's selection sampling over the frame in assessment_id order with the seeded
     * generator ({@link SampleDraw#units}), proportional allocation when stratified by assessment type.
     *
     * @throws IllegalArgumentException when n is not from 2 to the frame size
     */
    public AccuracySample draw(Design design) {
        List<Assessment> frame = frame(design);
        if (design.n() < 2 || design.n() > frame.size()) {
            throw new IllegalArgumentException("the sample size must be from 2 to the " + frame.size()
                    + " assessments dated " + design.from() + " to " + design.to()
                    + (design.type() == null ? "" : " of type " + design.type()) + ", not " + design.n());
        }
        List<Assessment> members = SampleDraw.units(frame, design.n(), design.seed(),
                design.stratifyByType() ? Assessment::type : null);
        return store.accuracy().saveSample(newest(), design.from(), design.to(), design.type(),
                design.stratifyByType() ? BY_TYPE : null, frame.size(), design.seed(), members);
    }

    /** A finalised check with its score. */
    public record Finalised(AccuracyCheck check, AccuracyScore score) {
    }

    /**
     * Scores a completed worksheet and stores it as a finalised check of its sample; a second check of the same
     * sample is a correction and needs a reason.
     */
    public Finalised finalise(long sampleId, String reason, String sourceFile, List<CheckedAssessment> checked,
                              double level) {
        AccuracyScore score = AccuracyScore.of(checked, level);
        AccuracyCheck check = store.accuracy().saveCheck(sampleId, reason, sourceFile, checked,
                AccuracyScore.flags(checked));
        return new Finalised(check, score);
    }

    /** The score of a stored check, recomputed from its stored results. */
    public AccuracyScore score(AccuracyCheck check, double level) {
        return AccuracyScore.of(store.accuracy().results(check.id()), level);
    }

    private List<Assessment> frame(Design design) {
        return store.accuracy().frame(newest(), design.from(), design.to(), design.type());
    }

    private ExtractVersion newest() {
        return store.extracts().newest(ExtractKind.ASSESSMENTS).orElseThrow(() -> new IllegalArgumentException(
                "no assessments extract is stored (import one first)"));
    }
}
