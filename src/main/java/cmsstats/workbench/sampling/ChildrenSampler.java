package cmsstats.workbench.sampling;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.FrameUnit;
import cmsstats.workbench.store.SampleRepository;
import cmsstats.workbench.store.Store;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Draws the children-benefiting sample (ref. 002, "Children benefiting"): cases with a positive liability in the
 * frame month, simple random or stratified, stored with its design and estimate. Shared by the command line and
 * the desktop.
 */
public final class ChildrenSampler {
    private final Store store;

    public ChildrenSampler(Store store) {
        this.store = store;
    }

    /** A children-benefiting sample design; {@code stratify} null for simple random sampling. */
    public record Design(YearMonth month, int n, long seed, Breakdown stratify, SampleDraw.Allocation allocation) {
    }

    /** A stored sample: its id, frame size, members and estimate. */
    public record Drawn(long id, int frameSize, SampleDraw.Drawn sample) {
    }

    /** The frame's size for a month (cases with a positive liability). */
    public int frameSize(YearMonth month) {
        return frame(month, null).size();
    }

    /** @throws IllegalArgumentException when nothing can be drawn (no extract, n out of range) */
    public Drawn draw(Design design) {
        List<FrameUnit> frame = frame(design.month(), design.stratify());
        if (design.n() < 2 || design.n() > frame.size()) {
            throw new IllegalArgumentException("the sample size must be from 2 to the frame's " + frame.size()
                    + " cases with a liability in " + design.month() + ", not " + design.n());
        }
        SampleDraw.Drawn drawn = design.stratify() == null ? SampleDraw.simple(frame, design.n(), design.seed())
                : SampleDraw.stratified(frame, design.n(), design.seed(), design.allocation());
        ExtractVersion caseMonths = caseMonths();
        long id = store.samples().save(new SampleRepository.Design("CHILDREN", design.month(), frame.size(),
                design.seed(), design.stratify() == null ? null : design.stratify().id(),
                design.stratify() == null ? null : design.allocation().name().toLowerCase(Locale.ROOT),
                store.extracts().validatedAgainst(caseMonths).orElseThrow().id(), caseMonths.id()),
                drawn.estimate().mean(), drawn.estimate().se(), drawn.estimate().df(), drawn.members());
        return new Drawn(id, frame.size(), drawn);
    }

    private List<FrameUnit> frame(YearMonth month, Breakdown stratify) {
        ExtractVersion caseMonths = caseMonths();
        ExtractVersion cases = store.extracts().validatedAgainst(caseMonths).orElseThrow();
        return store.samples().childrenFrame(caseMonths, cases, month, stratify);
    }

    private ExtractVersion caseMonths() {
        return store.extracts().newest(ExtractKind.CASE_MONTHS).orElseThrow(() -> new IllegalArgumentException(
                "no case_months extract is stored (import one first)"));
    }
}
