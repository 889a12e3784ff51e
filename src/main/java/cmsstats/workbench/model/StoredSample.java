package cmsstats.workbench.model;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A stored children-benefiting sample with its design and estimate, for the history of samples. */
public record StoredSample(long id, YearMonth frameMonth, long frameSize, long n, long seed, String stratify,
                           String allocation, OffsetDateTime drawnAt, double mean, double se, double df) {
}
