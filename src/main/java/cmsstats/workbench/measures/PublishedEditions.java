package cmsstats.workbench.measures;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.PublishedFigure;
import cmsstats.workbench.store.Store;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published figures the workbench compares with, found one way for the revision check, the release's [r]
 * markers and the charts' "as published": the newest edition in the newest stored {@code published} extract.
 */
public final class PublishedEditions {
    private PublishedEditions() {
    }

    /** The editions of the newest published extract, newest first; empty when none is stored. */
    public static List<LocalDate> editions(Store store) {
        return all(store).stream().map(PublishedFigure::edition).distinct().sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The newest edition's figures (every breakdown); empty when no published extract is stored. */
    public static List<PublishedFigure> newest(Store store) {
        List<PublishedFigure> all = all(store);
        return newestOf(all).map(edition -> all.stream().filter(f -> f.edition().equals(edition)).toList())
                .orElse(List.of());
    }

    /** The newest edition among these figures. */
    static Optional<LocalDate> newestOf(List<PublishedFigure> figures) {
        return figures.stream().map(PublishedFigure::edition).max(Comparator.naturalOrder());
    }

    private static List<PublishedFigure> all(Store store) {
        return store.extracts().newest(ExtractKind.PUBLISHED)
                .map(version -> store.extracts().publishedFigures(version, null)).orElse(List.of());
    }
}
