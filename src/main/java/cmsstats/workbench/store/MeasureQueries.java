package cmsstats.workbench.store;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.Slice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The set-based SQL behind the measures (docs/measures.md): one aggregate query per family of measures, run on
 * the analytic engine's columnar copy of one extract version and grouped there by month and breakdown value.
 * Months are grouped as an integer index (year * 12 + month - 1): month columns are stored as that index, and
 * dates are turned into it, so grouping never formats dates. Counts come back as BIGINT, money sums as exact
 * DECIMAL; the measures derive their ratios from these sums in Java's BigDecimal.
 */
public final class MeasureQueries {
    /** The quarterly payment measures' sums, in the order the quarterly queries give them. */
    static final List<String> QUARTER_COLUMNS = List.of("paying_cases", "groups_liable", "groups_contributing",
            "cash_due", "cash_paid");
    /** The quarterly family's one breakdown. */
    private static final Map<Breakdown, String> QUARTER_BREAKDOWNS = Map.of(Breakdown.SERVICE_TYPE,
            "m.service_type");
    /** Month indexes beyond any extract's: a query over all of a version's months. */
    private static final int FIRST_INDEX = 2;
    private static final int LAST_INDEX = 9999 * 12;

    private final AnalyticStore engine;

    public MeasureQueries(Store store) {
        this.engine = store.analytics();
    }

    /** SQL for the month index of a date expression. */
    private static String monthIndex(String date) {
        return "(year(" + date + ") * 12 + month(" + date + ") - 1)";
    }

    private String table(ExtractVersion version) {
        return engine.table(version);
    }

    /**
     * The group column of a sliced query: the crossed breakdowns' values joined by {@link Slice#SEPARATOR}, or a
     * null text when nothing is crossed.
     */
    static String group(Slice slice, Map<Breakdown, String> allowed) {
        if (slice.crossed().isEmpty()) {
            return "CAST(NULL AS VARCHAR)";
        }
        return slice.crossed().stream().map(b -> "CAST(" + column(b, allowed) + " AS VARCHAR)")
                .collect(Collectors.joining(" || '" + Slice.SEPARATOR + "' || "));
    }

    /** The slice's filters as SQL conditions, each starting with AND; empty when nothing is filtered. */
    static String kept(Slice slice, Map<Breakdown, String> allowed) {
        StringBuilder where = new StringBuilder();
        // the kept values are breakdown codes, checked against the breakdown's fixed list by Slice
        slice.filters().forEach((breakdown, values) -> where.append(" AND ").append(column(breakdown, allowed))
                .append(" IN (").append(quoted(values)).append(')'));
        return where.toString();
    }

    private static String column(Breakdown breakdown, Map<Breakdown, String> allowed) {
        String expression = allowed.get(breakdown);
        if (expression == null) {
            throw new IllegalArgumentException("no " + breakdown.id() + " breakdown here");
        }
        return expression;
    }

    /** The first and last month of a version's data (by the date that places its rows in time). */
    public Optional<YearMonth[]> span(ExtractVersion version) {
        String month = switch (version.kind()) {
            case CASES -> monthIndex("application_date");
            case CASE_MONTHS, TELEPHONY -> "\"month\"";
            case SERVICE_REQUESTS, RECONSIDERATIONS, APPEALS, COMPLAINTS -> monthIndex("received_date");
            case ASSESSMENTS -> monthIndex("assessment_date");
            case SURVEY_RESPONSES -> "quarter";
            case PUBLISHED -> throw new IllegalArgumentException("published figures are not aggregated");
        };
        List<Aggregates.Row> rows = query("SELECT 0, NULL, MIN(" + month + "), MAX(" + month + ") FROM "
                + table(version), 2);
        BigDecimal[] values = rows.get(0).values();
        if (values[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new YearMonth[] {month(values[0].intValue()), month(values[1].intValue())});
    }

    /** Applications per month of application_date: intake and fee status counts (cases). */
    public Aggregates applications(ExtractVersion cases, Slice slice, YearMonth from, YearMonth to) {
        String sql = "SELECT " + monthIndex("application_date") + " AS mi, "
                + group(slice, caseBreakdowns()) + " AS b, "
                + "count(*), "
                + "count(*) FILTER (WHERE application_type = 'NEW'), "
                + "count(*) FILTER (WHERE application_type = 'ARREARS_ONLY'), "
                + "count(*) FILTER (WHERE fee_status IN ('EXEMPT_DV', 'EXEMPT_UNDER19')), "
                + "count(*) FILTER (WHERE fee_status = 'EXEMPT_DV'), "
                + "count(*) FILTER (WHERE fee_status IN ('PAID', 'EXEMPT_DV', 'EXEMPT_UNDER19')) "
                + "FROM " + table(cases) + " WHERE application_date >= ? AND application_date < ?"
                + kept(slice, caseBreakdowns()) + " GROUP BY mi, b";
        return aggregates(List.of("total", "new", "arrears_only", "exempt", "exempt_dv", "fee_liable"),
                query(sql, 6, firstDay(from), firstDayAfter(to)));
    }

    /**
     * Changes to the caseload per month, over all history up to {@code to}: +1 in the month of application,
     * -1 in the month of closure. The caseload at the end of M is the running total to M (a case closed on the
     * last day of M has left).
     */
    public Aggregates caseloadChanges(ExtractVersion cases, Slice slice, YearMonth to) {
        String group = group(slice, caseBreakdowns());
        String kept = kept(slice, caseBreakdowns());
        String table = table(cases);
        String sql = "SELECT mi, b, CAST(SUM(d) AS BIGINT), "
                + "CAST(COALESCE(SUM(d) FILTER (WHERE t = 'NEW'), 0) AS BIGINT), "
                + "CAST(COALESCE(SUM(d) FILTER (WHERE t = 'ARREARS_ONLY'), 0) AS BIGINT) FROM ("
                + "SELECT " + monthIndex("application_date") + " AS mi, " + group + " AS b, application_type AS t, "
                + "1 AS d FROM " + table + " WHERE application_date < ?" + kept
                + " UNION ALL SELECT " + monthIndex("closed_date") + ", " + group + ", application_type, -1 FROM "
                + table + " WHERE closed_date < ?" + kept + ") GROUP BY mi, b";
        LocalDate end = firstDayAfter(to);
        return aggregates(List.of("total", "new", "arrears_only"), query(sql, 3, end, end));
    }

    /** Sums over case_months rows per month, for all history up to {@code to}. */
    public Aggregates caseMonths(ExtractVersion caseMonths, ExtractVersion cases, Slice slice, YearMonth to) {
        String sql = "SELECT m.\"month\" AS mi, "
                + group(slice, caseMonthBreakdowns()) + " AS b, "
                + "count(*) FILTER (WHERE m.service_type = 'DP' AND m.liability_gbp > 0), "
                + "count(*) FILTER (WHERE m.service_type = 'CP' AND m.liability_gbp > 0), "
                + "SUM(m.arrears_gbp), SUM(m.liability_gbp) "
                + "FROM " + table(caseMonths) + " m" + casesJoin(slice, cases)
                + " WHERE m.\"month\" <= ?" + kept(slice, caseMonthBreakdowns()) + " GROUP BY mi, b";
        return aggregates(List.of("due_dp", "due_cp", "arrears", "liability"), query(sql, 4, index(to)));
    }

    /**
     * Case groups whose case_months rows in the month sum to arrears above zero. Arrears are never negative (the
     * import refuses them), so that is exactly the groups with a row above zero: rows without arrears are left
     * out before grouping.
     */
    public Aggregates caseGroupsWithArrears(ExtractVersion caseMonths, ExtractVersion cases, Slice slice,
                                            YearMonth from, YearMonth to) {
        String sql = "SELECT m.\"month\" AS mi, "
                + group(slice, caseMonthBreakdowns()) + " AS b, count(DISTINCT c.case_group_id) "
                + "FROM " + table(caseMonths) + " m JOIN " + table(cases) + " c ON c.case_id = m.case_id "
                + "WHERE m.arrears_gbp > 0 AND m.\"month\" BETWEEN ? AND ?" + kept(slice, caseMonthBreakdowns())
                + " GROUP BY mi, b";
        return aggregates(List.of("groups_with_arrears"), query(sql, 1, index(from), index(to)));
    }

    /**
     * Quarterly payment measures for each quarter ending in {@code from..to}: cases paying, case groups liable and
     * contributing, and cash due and paid from liable groups' rows (the columns of {@link #QUARTER_COLUMNS}).
     *
     * <p>The figures are read from the version's quarterly table ({@link #prepareQuarters}), which holds the
     * result of {@link #quartersSql} over all months, by service type and in all: the family's only breakdown is
     * service type, so every slice it accepts is one of those (a filter keeping one service type is that service
     * type's row; keeping both, the whole). A quarter's figures depend only on the rows of its own three months
     * and, for paying cases, on each case's contributing months before them (see {@link #quartersSql}), so the
     * table's figures for the span are exactly those of the query run on the span. Tests hold the two equal.
     */
    public Aggregates quarters(ExtractVersion caseMonths, ExtractVersion cases, Slice slice, YearMonth from,
                               YearMonth to) {
        kept(slice, QUARTER_BREAKDOWNS); // refuses a breakdown the family does not have
        List<String> service = slice.filters().get(Breakdown.SERVICE_TYPE);
        boolean everyService = service == null || service.containsAll(Breakdown.SERVICE_TYPE.codes());
        String group;
        String level;
        if (!slice.crossed().isEmpty()) {
            group = "b";
            level = "b IS NOT NULL" + (everyService ? "" : " AND b IN (" + quoted(service) + ")");
        } else if (everyService) {
            group = "b";
            level = "b IS NULL";
        } else if (service.size() == 1) {
            group = "CAST(NULL AS VARCHAR)";
            level = "b = '" + service.get(0) + "'";
        } else {
            return liveQuarters(caseMonths, cases, slice, from, to);
        }
        String sql = "SELECT qi, " + group + ", n_paying, n_liable, n_contributing, gbp_due, gbp_paid FROM "
                + prepareQuarters(caseMonths, cases) + " WHERE qi BETWEEN ? AND ? AND " + level;
        return aggregates(QUARTER_COLUMNS, query(sql, QUARTER_COLUMNS.size(), index(from), index(to)));
    }

    /**
     * Makes the version's quarterly table if it has none, and names it: the figures of {@link #quartersSql} over
     * every month, by service type and in all (group null), found in one pass over the rows: each row carries its
     * previous contributing month both within its service type and across them, and one grouping by two sets
     * (service type and case group; case group alone) counts the first rows of each. Measured at full scale (3.6
     * million rows), the table took 5.6 s to make as two separate queries and 4.2 s as one. The import makes the
     * table, so that the first computation after an import is as fast as any other; a copy rebuilt after opening
     * makes it on first use.
     */
    public String prepareQuarters(ExtractVersion caseMonths, ExtractVersion cases) {
        String rows = quarterRows(caseMonths, cases, group(Slice.of(Optional.of(Breakdown.SERVICE_TYPE)),
                QUARTER_BREAKDOWNS), "");
        String withPrevious = "SELECT *, " + previousContributing("case_key, b, contrib") + " AS prev_b, "
                + previousContributing("case_key, contrib") + " AS prev_all FROM (" + rows + ")";
        String perQuarter = "SELECT mi + s.x AS qi, b, g, liable, contrib, due, paid, " + firstOfCase("prev_b")
                + " AS first_b, " + firstOfCase("prev_all") + " AS first_all FROM (" + withPrevious + ") "
                + QUARTER_SHIFTS;
        // in the set without b, b is null and the case's first rows are counted across service types
        String perGroup = "SELECT qi, b, g, CASE WHEN GROUPING(b) = 1 THEN SUM(first_all) ELSE SUM(first_b) END "
                + "AS paying, " + GROUP_FIGURES + " FROM (" + perQuarter + ") WHERE qi BETWEEN ? AND ? "
                + "GROUP BY GROUPING SETS ((qi, b, g), (qi, g))";
        return engine.derived(AnalyticTables.derivedName("quarters", caseMonths.id(), cases.id()),
                quarterFigures(perGroup), FIRST_INDEX - 2, LAST_INDEX, FIRST_INDEX, LAST_INDEX);
    }

    /** The quarterly measures computed by {@link #quartersSql} on the span itself: the reference of the table. */
    Aggregates liveQuarters(ExtractVersion caseMonths, ExtractVersion cases, Slice slice, YearMonth from,
                            YearMonth to) {
        return aggregates(QUARTER_COLUMNS, query(quartersSql(caseMonths, cases, slice), QUARTER_COLUMNS.size(),
                index(from) - 2, index(to), index(from), index(to)));
    }

    /**
     * The quarterly payment measures, per month M as the quarter M - 2 .. M: each case_months row counts towards
     * the three quarters ending in its month and the two months after. Parameters: the first and last month of the
     * rows read (the span's first month less two, its last), then the first and last quarter kept.
     *
     * <p>Cases paying is a count of distinct cases per group and quarter, found without a DISTINCT (which costs a
     * second hash table as large as the first): a case has at most one row a month, so a contributing row in month
     * M is the first of its case in the quarter ending M + x unless the case's previous contributing month P
     * (same breakdown value) lies in that quarter, that is: always for x = 2, for x = 1 when P < M - 1, for
     * x = 0 when P < M - 2. Summing those first rows counts each paying case once per quarter.
     */
    private String quartersSql(ExtractVersion caseMonths, ExtractVersion cases, Slice slice) {
        String rows = quarterRows(caseMonths, cases, group(slice, QUARTER_BREAKDOWNS), kept(slice,
                QUARTER_BREAKDOWNS));
        String withPrevious = "SELECT *, " + previousContributing("case_key, b, contrib") + " AS prev FROM ("
                + rows + ")";
        String perQuarter = "SELECT mi + s.x AS qi, b, g, liable, contrib, due, paid, " + firstOfCase("prev")
                + " AS first_of_case FROM (" + withPrevious + ") " + QUARTER_SHIFTS;
        String perGroup = "SELECT qi, b, g, SUM(first_of_case) AS paying, " + GROUP_FIGURES + " FROM ("
                + perQuarter + ") WHERE qi BETWEEN ? AND ? GROUP BY qi, b, g";
        return quarterFigures(perGroup);
    }

    /** Each row counts towards the quarters ending in its month and the two after: shifts x of 0, 1 and 2. */
    private static final String QUARTER_SHIFTS = "CROSS JOIN (VALUES (0), (1), (2)) s(x)";
    /** A case group's figures in a quarter, beside the count of its paying cases. */
    private static final String GROUP_FIGURES = "bool_or(liable) AS liable, bool_or(contrib) AS contrib, "
            + "SUM(due) AS due, SUM(paid) AS paid";

    /**
     * The case_months rows of months {@code ?..?} with their case and case group as integer keys, the breakdown
     * value {@code b}, and whether the row is liable and contributing (docs/MEASURES.md, compliance).
     */
    private String quarterRows(ExtractVersion caseMonths, ExtractVersion cases, String group, String kept) {
        return "SELECT m.\"month\" AS mi, " + group + " AS b, c.case_key, c.group_key AS g, "
                + "m.liability_gbp > 0 AS liable, COALESCE((m.service_type = 'DP' AND m.liability_gbp > 0) "
                + "OR (m.service_type = 'CP' AND m.paid_gbp > 0), false) AS contrib, m.liability_gbp AS due, "
                + "CASE WHEN m.service_type = 'DP' THEN m.liability_gbp ELSE COALESCE(m.paid_gbp, 0) END AS paid "
                + "FROM " + table(caseMonths) + " m JOIN " + keyedCases(cases) + " c ON c.case_id = m.case_id "
                + "WHERE m.\"month\" BETWEEN ? AND ?" + kept;
    }

    /** A contributing row's previous contributing month within {@code partition} (null when none or not one). */
    private static String previousContributing(String partition) {
        return "CASE WHEN contrib THEN lag(mi) OVER (PARTITION BY " + partition + " ORDER BY mi) END";
    }

    /** 1 when the row is its case's first contributing row in the quarter of shift x, given {@code previous}. */
    private static String firstOfCase(String previous) {
        return "CASE WHEN contrib AND (s.x = 2 OR (s.x = 1 AND (" + previous + " IS NULL OR " + previous
                + " < mi - 1)) OR (s.x = 0 AND (" + previous + " IS NULL OR " + previous + " < mi - 2))) "
                + "THEN 1 ELSE 0 END";
    }

    /** The quarter's figures per breakdown value from the case groups' figures. */
    private static String quarterFigures(String perGroup) {
        return "SELECT qi, b, CAST(SUM(paying) AS BIGINT) AS n_paying, count(*) FILTER (WHERE liable) AS n_liable, "
                + "count(*) FILTER (WHERE liable AND contrib) AS n_contributing, "
                + "COALESCE(SUM(due) FILTER (WHERE liable), 0) AS gbp_due, "
                + "COALESCE(SUM(paid) FILTER (WHERE liable), 0) AS gbp_paid FROM (" + perGroup + ") GROUP BY qi, b";
    }

    private static String quoted(List<String> codes) {
        return codes.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    /**
     * The cases with two integer keys for grouping: {@code case_key}, the case's own row number, and
     * {@code group_key}, the smallest row number in its case group. Hashing and sorting integers instead of the
     * text ids made the quarterly aggregation (15 million group-quarters at scale 4) about a fifth faster, with
     * the same groups; for the plain distinct count of groups with arrears the window costs more than it saves,
     * so that one groups the text ids.
     */
    private String keyedCases(ExtractVersion cases) {
        return "(SELECT *, " + AnalyticTables.ROW_COLUMN + " AS case_key, min(" + AnalyticTables.ROW_COLUMN
                + ") OVER (PARTITION BY case_group_id) AS group_key "
                + "FROM " + table(cases) + ")";
    }

    /** Changes of circumstances: received, cleared, and received-then-cleared within 28 days, all history. */
    public Aggregates serviceRequests(ExtractVersion requests, YearMonth to) {
        String table = table(requests);
        String sql = "SELECT mi, NULL, CAST(SUM(received) AS BIGINT), CAST(SUM(cleared) AS BIGINT), "
                + "CAST(SUM(within) AS BIGINT) FROM ("
                + "SELECT " + monthIndex("received_date") + " AS mi, 1 AS received, 0 AS cleared, "
                + "CASE WHEN cleared_date IS NOT NULL AND cleared_date - received_date <= 28 "
                + "THEN 1 ELSE 0 END AS within FROM " + table + " WHERE received_date < ? "
                + "UNION ALL SELECT " + monthIndex("cleared_date") + ", 0, 1, 0 FROM " + table
                + " WHERE cleared_date < ?) GROUP BY mi";
        LocalDate end = firstDayAfter(to);
        return aggregates(List.of("received", "cleared", "received_cleared_28d"), query(sql, 3, end, end));
    }

    /** Mandatory reconsiderations received and cleared per month, by outcome and within 20 days. */
    public Aggregates reconsiderations(ExtractVersion reconsiderations, YearMonth from, YearMonth to) {
        return receivedAndCleared(reconsiderations, from, to, List.of(
                new ClearedCount("revised", "outcome = 'REVISED'"),
                new ClearedCount("not_revised", "outcome = 'NOT_REVISED'"),
                new ClearedCount("cleared_20d", "cleared_date - received_date <= 20")));
    }

    /** Appeals received and cleared per month, by who decided. */
    public Aggregates appeals(ExtractVersion appeals, YearMonth from, YearMonth to) {
        return receivedAndCleared(appeals, from, to, List.of(
                new ClearedCount("tribunal", "outcome = 'TRIBUNAL'"),
                new ClearedCount("cms", "outcome = 'CMS'")));
    }

    /** A count of the cleared cases that meet a condition (an SQL predicate on the version's columns). */
    private record ClearedCount(String name, String condition) {
    }

    /**
     * Cases received per month (by received_date) and cleared per month (by cleared_date) within the span, with
     * one further count per condition among the cleared ones: one scan of each date, unioned and summed by month.
     */
    private Aggregates receivedAndCleared(ExtractVersion version, YearMonth from, YearMonth to,
            List<ClearedCount> counts) {
        String table = table(version);
        StringBuilder sums = new StringBuilder("CAST(SUM(received) AS BIGINT), CAST(SUM(cleared) AS BIGINT)");
        StringBuilder receivedZeros = new StringBuilder();
        StringBuilder clearedFlags = new StringBuilder();
        List<String> columns = new ArrayList<>(List.of("received", "cleared"));
        for (ClearedCount count : counts) {
            sums.append(", CAST(SUM(").append(count.name()).append(") AS BIGINT)");
            receivedZeros.append(", 0 AS ").append(count.name());
            clearedFlags.append(", CASE WHEN ").append(count.condition()).append(" THEN 1 ELSE 0 END");
            columns.add(count.name());
        }
        String sql = "SELECT mi, NULL, " + sums + " FROM ("
                + "SELECT " + monthIndex("received_date") + " AS mi, 1 AS received, 0 AS cleared" + receivedZeros
                + " FROM " + table + " WHERE received_date >= ? AND received_date < ? "
                + "UNION ALL SELECT " + monthIndex("cleared_date") + ", 0, 1" + clearedFlags
                + " FROM " + table + " WHERE cleared_date >= ? AND cleared_date < ?) GROUP BY mi";
        LocalDate start = firstDay(from);
        LocalDate end = firstDayAfter(to);
        return aggregates(columns, query(sql, columns.size(), start, end, start, end));
    }

    /** Complaints received per month, all history up to {@code to}. */
    public Aggregates complaints(ExtractVersion complaints, YearMonth to) {
        String sql = "SELECT " + monthIndex("received_date") + " AS mi, NULL, count(*) FROM " + table(complaints)
                + " WHERE received_date < ? GROUP BY mi";
        return aggregates(List.of("received"), query(sql, 1, firstDayAfter(to)));
    }

    /** Telephony totals per month. */
    public Aggregates telephony(ExtractVersion telephony, YearMonth from, YearMonth to) {
        String sql = "SELECT \"month\" AS mi, NULL, SUM(calls_received), SUM(calls_answered), "
                + "SUM(answered_within_30s) FROM "
                + table(telephony) + " WHERE \"month\" BETWEEN ? AND ? GROUP BY mi";
        return aggregates(List.of("received", "answered", "within_30s"), query(sql, 3, index(from), index(to)));
    }

    /** Weighted survey counts per quarter: satisfied, known (not DK), all; service items Y and Y-or-N. */
    public Aggregates survey(ExtractVersion survey, Slice slice, YearMonth from, YearMonth to) {
        Map<Breakdown, String> allowed = Map.of(Breakdown.CLIENT_TYPE, "client_type", Breakdown.PRIOR_CSA,
                "prior_csa");
        StringBuilder yes = new StringBuilder();
        StringBuilder answered = new StringBuilder();
        for (int item = 1; item <= 8; item++) {
            String column = "service_" + item;
            yes.append(item == 1 ? "" : " + ").append("CASE WHEN ").append(column).append(" = 'Y' THEN 1 ELSE 0 END");
            answered.append(item == 1 ? "" : " + ").append("CASE WHEN ").append(column)
                    .append(" IN ('Y', 'N') THEN 1 ELSE 0 END");
        }
        String sql = "SELECT quarter AS mi, "
                + group(slice, allowed) + " AS b, COALESCE(SUM(weight) FILTER (WHERE overall IN ('VS', 'FS')), 0), "
                + "COALESCE(SUM(weight) FILTER (WHERE overall <> 'DK'), 0), SUM(weight), "
                + "SUM(weight * (" + yes + ")), SUM(weight * (" + answered + ")) FROM " + table(survey)
                + " WHERE quarter BETWEEN ? AND ?" + kept(slice, allowed) + " GROUP BY mi, b";
        return aggregates(List.of("satisfied", "known", "all", "service_yes", "service_answered"),
                query(sql, 5, index(from), index(to)));
    }

    static Map<Breakdown, String> caseBreakdowns() {
        return Map.of(Breakdown.APPLICATION_TYPE, "application_type", Breakdown.COUNTRY, "country",
                Breakdown.PRIOR_CSA, "prior_csa");
    }

    static Map<Breakdown, String> caseMonthBreakdowns() {
        return Map.of(Breakdown.SERVICE_TYPE, "m.service_type", Breakdown.COUNTRY, "c.country");
    }

    /** The join to cases that a case_months breakdown needs (none when the breakdown is on the row itself). */
    private String casesJoin(Slice slice, ExtractVersion cases) {
        return slice.used().contains(Breakdown.COUNTRY)
                ? " JOIN " + table(cases) + " c ON c.case_id = m.case_id" : "";
    }

    private static Aggregates aggregates(List<String> columns, List<Aggregates.Row> rows) {
        return new Aggregates(columns, rows);
    }

    private static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }

    private static LocalDate firstDayAfter(YearMonth month) {
        return month.plusMonths(1).atDay(1);
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** Runs an aggregate query whose columns are: month index, group, then {@code sums} numbers. */
    private List<Aggregates.Row> query(String sql, int sums, Object... parameters) {
        return Sql.list(engine::connection, "compute measures", sql, result -> {
            BigDecimal[] values = new BigDecimal[sums];
            for (int v = 0; v < sums; v++) {
                values[v] = result.getBigDecimal(v + 3);
            }
            return new Aggregates.Row(month(result.getInt(1)), result.getString(2), values);
        }, parameters);
    }
}
