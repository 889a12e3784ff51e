package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureValue;
import cmsstats.workbench.model.PublishedFigure;
import cmsstats.workbench.model.Revision;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Compares the measures computed now with the figures of a published edition (a {@code published} extract) and
 * flags every move of at least the threshold: the release's revision rule is that management information revised
 * by less than 5% is not revised in later editions (docs/MEASURES.md, "Conventions"; ref. 002).
 */
public final class RevisionCheck {
    public static final BigDecimal DEFAULT_THRESHOLD_PCT = RevisionRule.THRESHOLD_PCT;

    private final Store store;
    private final MeasureEngine engine;

    public RevisionCheck(Store store) {
        this.store = store;
        this.engine = new MeasureEngine(store);
    }

    /** The edition checked and each of its figures beside the value computed now. */
    public record Result(LocalDate edition, List<Revision> revisions) {
        public long flaggedCount() {
            return revisions.stream().filter(Revision::flagged).count();
        }
    }

    /** The editions of the newest published extract, newest first; empty when none is stored. */
    public List<LocalDate> editions() {
        return PublishedEditions.editions(store);
    }

    /**
     * @param edition   the edition to compare with; empty for the newest in the newest published extract
     * @param threshold the move, in percent of the published value, from which a revision is flagged
     */
    public Result check(Optional<LocalDate> edition, BigDecimal threshold) {
        ExtractVersion published = store.extracts().newest(ExtractKind.PUBLISHED).orElseThrow(() ->
                new MeasureException("no published extract is stored (import one to check revisions)"));
        List<PublishedFigure> all = store.extracts().publishedFigures(published, null);
        LocalDate chosen = edition.orElseGet(() -> PublishedEditions.newestOf(all).orElseThrow(() ->
                        new MeasureException("the published extract (version " + published.id() + ") is empty")));
        List<Revision> revisions = new ArrayList<>();
        for (PublishedFigure figure : all) {
            if (figure.edition().equals(chosen)) {
                revisions.add(compare(figure, threshold));
            }
        }
        if (revisions.isEmpty()) {
            throw new MeasureException("no figures of edition " + chosen + " in published version " + published.id()
                    + " (expected one of its editions: " + all.stream().map(f -> f.edition().toString()).distinct()
                    .toList() + ")");
        }
        return new Result(chosen, revisions);
    }

    private Revision compare(PublishedFigure figure, BigDecimal threshold) {
        if (MeasureCatalog.find(figure.measure()).isEmpty()) {
            return new Revision(figure, null, null, false, "not a measure the workbench computes (expected one of "
                    + MeasureCatalog.ids() + ")");
        }
        Optional<Breakdown> breakdown = Optional.empty();
        if (figure.breakdown() != null) {
            breakdown = Arrays.stream(Breakdown.values()).filter(b -> b.codes().contains(figure.breakdown()))
                    .findFirst();
            if (breakdown.isEmpty()) {
                return new Revision(figure, null, null, false, "unknown breakdown " + figure.breakdown());
            }
        }
        List<MeasureValue> values;
        try {
            values = engine.compute(new MeasureEngine.Request(List.of(figure.measure()), Optional.of(figure.period()),
                    Optional.of(figure.period()), breakdown));
        } catch (MeasureException e) {
            return new Revision(figure, null, null, false, e.getMessage());
        }
        BigDecimal computed = values.stream().filter(v -> v.breakdown() == null
                ? figure.breakdown() == null : v.breakdown().equals(figure.breakdown()))
                .map(MeasureValue::value).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (computed == null) {
            return new Revision(figure, null, null, false, "no value for this period"
                    + (figure.measure().equals("accuracy_pct") ? " (needs finalised accuracy checks)" : ""));
        }
        return new Revision(figure, computed, RevisionRule.changePct(figure.value(), computed),
                RevisionRule.revised(figure.value(), computed, threshold),
                figure.value().signum() == 0 ? "published as zero" : "");
    }
}
