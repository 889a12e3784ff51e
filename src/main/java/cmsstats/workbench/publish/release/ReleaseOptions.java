package cmsstats.workbench.publish.release;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What to publish.
 *
 * @param period      the release month: the last row of every table
 * @param from        the first month of the tables
 * @param tables      the table ids, in release order (empty: all)
 * @param unrounded   tables to publish unrounded
 * @param threshold   counts from 1 to threshold - 1 are suppressed in breakdown tables
 * @param releaseDate the release's publication date (also the documents' date)
 * @param nextRelease the next release's date
 * @param status      the statistics' status, e.g. "Official statistics in development"
 * @param contact     who to contact
 */
public record ReleaseOptions(YearMonth period, YearMonth from, List<String> tables, Set<String> unrounded,
                             int threshold, LocalDate releaseDate, LocalDate nextRelease, String status,
                             String contact) {
    public static final String ORGANISATION = "Department for Work and Pensions";

    public ReleaseOptions {
        tables = List.copyOf(tables);
        unrounded = Set.copyOf(unrounded);
        if (from.isAfter(period)) {
            throw new IllegalArgumentException("--from " + from + " is after --period " + period);
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be 1 or more, not " + threshold);
        }
    }

    /** Defaults as the October 2016 release had them: three years of months, published two months on. */
    public static ReleaseOptions defaults(YearMonth period) {
        LocalDate release = period.plusMonths(2).atDay(1);
        return new ReleaseOptions(period, period.minusMonths(35), List.of(), Set.of(), 5, release,
                release.plusMonths(3), "Official statistics in development",
                "Child Maintenance Service statistics team, Department for Work and Pensions");
    }
}
