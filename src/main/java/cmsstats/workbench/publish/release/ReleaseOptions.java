package cmsstats.workbench.publish.release;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to publish, validated; and the one place the defaults live, which both the {@code publish} command and the
 * Publish view take ({@link #of}).
 *
 * @param period      the release month: the last row of every table
 * @param from        the first month of the tables
 * @param tables      the table ids, in release order (empty: all)
 * @param unrounded   tables to publish unrounded (their measures are then unrounded in every table)
 * @param threshold   counts from 1 to threshold - 1 are suppressed in breakdown tables
 * @param releaseDate the release's publication date (also the documents' date), after the release month
 * @param nextRelease the next release's date, after the release date
 * @param status      the statistics' status, one of {@link #STATUSES}
 * @param contact     who to contact
 */
public record ReleaseOptions(YearMonth period, YearMonth from, List<String> tables, Set<String> unrounded,
                             int threshold, LocalDate releaseDate, LocalDate nextRelease, String status,
                             String contact) {
    public static final String ORGANISATION = "Department for Work and Pensions";
    /** Months in a release by default: three years, as the October 2016 release had. */
    public static final int DEFAULT_MONTHS = 36;
    /** The suppression threshold by default: counts 1 to 4 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** {@link #DEFAULT_THRESHOLD} as text, for the command line's annotation. */
    public static final String DEFAULT_THRESHOLD_TEXT = "" + DEFAULT_THRESHOLD;
    /**
     * The statuses a release can carry (the Code of Practice for Statistics, 2023 edition): accredited official
     * statistics, official statistics, official statistics in development.
     */
    public static final List<String> STATUSES = List.of("Accredited official statistics", "Official statistics",
            "Official statistics in development");
    /** The status by default: the 2012 scheme statistics were experimental, now "in development". */
    public static final String DEFAULT_STATUS = "Official statistics in development";
    public static final String DEFAULT_CONTACT =
            "Child Maintenance Service statistics team, Department for Work and Pensions";

    public ReleaseOptions {
        tables = List.copyOf(tables);
        unrounded = Set.copyOf(unrounded);
        if (from.isAfter(period)) {
            throw new IllegalArgumentException("the first month " + from + " is after the release month " + period);
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be 1 or more, not " + threshold);
        }
        for (String id : unrounded) {
            if (ReleaseTables.find(id).isEmpty()) {
                throw new IllegalArgumentException("unknown table '" + id + "' to publish unrounded (expected some of "
                        + ReleaseTables.all().stream().map(TableDef::id).collect(Collectors.joining(", ")) + ")");
            }
        }
        if (!releaseDate.isAfter(period.atEndOfMonth())) {
            throw new IllegalArgumentException("the release date " + releaseDate + " is not after the release month "
                    + period + ": figures for a month are published after it ends");
        }
        if (!nextRelease.isAfter(releaseDate)) {
            throw new IllegalArgumentException("the next release " + nextRelease + " is not after the release date "
                    + releaseDate);
        }
        String given = status == null ? "" : status.strip();
        status = STATUSES.stream().filter(s -> s.equalsIgnoreCase(given)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown status '" + given + "' (expected one of: "
                        + String.join("; ", STATUSES) + ")"));
    }

    /** The first month by default: {@link #DEFAULT_MONTHS} months up to and including the release month. */
    public static YearMonth defaultFrom(YearMonth period) {
        return period.minusMonths(DEFAULT_MONTHS - 1L);
    }

    /** The release date by default: the first of the second month after the release month. */
    public static LocalDate defaultReleaseDate(YearMonth period) {
        return period.plusMonths(2).atDay(1);
    }

    /** The next release: three months after this one, as the release is quarterly. */
    public static LocalDate nextRelease(LocalDate releaseDate) {
        return releaseDate.plusMonths(3);
    }

    /**
     * Options with the defaults filled in, as the command line and the Publish view both ask: a null first month,
     * release date or status takes its default; the next release follows the release date.
     *
     * @throws IllegalArgumentException when an option is not valid, with what is wrong
     */
    public static ReleaseOptions of(YearMonth period, YearMonth from, List<String> tables, Set<String> unrounded,
                                    int threshold, LocalDate releaseDate, String status) {
        LocalDate date = releaseDate == null ? defaultReleaseDate(period) : releaseDate;
        return new ReleaseOptions(period, from == null ? defaultFrom(period) : from, tables, unrounded, threshold,
                date, nextRelease(date), status == null ? DEFAULT_STATUS : status, DEFAULT_CONTACT);
    }

    /** Every default, for a release month. */
    public static ReleaseOptions defaults(YearMonth period) {
        return of(period, null, List.of(), Set.of(), DEFAULT_THRESHOLD, null, null);
    }

    /** The name of the folder a release is written to inside the folder the user picks: cms-statistics-YYYY-MM. */
    public String folderName() {
        return "cms-statistics-" + period.toString().toLowerCase(Locale.ROOT);
    }
}
