package cmsstats.workbench.store;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set-based SQL behind the measures (shared/domain/MEASURES.md, "Measure catalogue"): one aggregate query per
 * family of measures, grouped in H2 by month and breakdown value. Months are grouped as an integer index
 * (year * 12 + month - 1) so grouping never formats dates. Every query reads one extract version's table.
 */
public final class MeasureQueries {
    private final Store store;

    public MeasureQueries(Store store) {
        this.store = store;
    }

    /** SQL for the month index of a date expression. */
    private static String monthIndex(String date) {
        return "(EXTRACT(YEAR FROM " + date + ") * 12 + EXTRACT(MONTH FROM " + date + ") - 1)";
    }

    private static String table(ExtractVersion version) {
        return DataTables.qualified(DataTables.tableName(version.kind(), version.id()));
    }

    private static String group(Breakdown breakdown, Map<Breakdown, String> allowed) {
        if (breakdown == null) {
            return "CAST(NULL AS VARCHAR)";
        }
        String expression = allowed.get(breakdown);
        if (expression == null) {
            throw new IllegalArgumentException("no " + breakdown.id() + " breakdown here");
        }
        return expression;
    }

    /** The first and last month of a version's data (by the date that places its rows in time). */
    public Optional<YearMonth[]> span(ExtractVersion version) {
        String column = switch (version.kind()) {
            case CASES -> "APPLICATION_DATE";
            case CASE_MONTHS, TELEPHONY -> "\"MONTH\"";
            case SERVICE_REQUESTS, RECONSIDERATIONS, APPEALS, COMPLAINTS -> "RECEIVED_DATE";
            case ASSESSMENTS -> "ASSESSMENT_DATE";
            case SURVEY_RESPONSES -> "QUARTER";
            case PUBLISHED -> "PERIOD";
        };
        List<Aggregates.Row> rows = query("SELECT 0, NULL, MIN(" + monthIndex(column) + "), MAX(" + monthIndex(column)
                + ") FROM " + table(version), 2);
        BigDecimal[] values = rows.get(0).values();
        if (values[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new YearMonth[] {month(values[0].intValue()), month(values[1].intValue())});
    }

    /** Applications per month of application_date: intake and fee status counts (cases). */
    public Aggregates applications(ExtractVersion cases, Breakdown breakdown, YearMonth from, YearMonth to) {
        String sql = "SELECT " + monthIndex("APPLICATION_DATE") + " AS MI, "
                + group(breakdown, caseBreakdowns("")) + " AS B, "
                + "COUNT(*), "
                + "SUM(CASE WHEN APPLICATION_TYPE = 'NEW' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN APPLICATION_TYPE = 'ARREARS_ONLY' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN FEE_STATUS IN ('EXEMPT_DV', 'EXEMPT_UNDER19') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN FEE_STATUS = 'EXEMPT_DV' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN FEE_STATUS IN ('PAID', 'EXEMPT_DV', 'EXEMPT_UNDER19') THEN 1 ELSE 0 END) "
                + "FROM " + table(cases) + " WHERE APPLICATION_DATE >= ? AND APPLICATION_DATE < ? GROUP BY MI, B";
        return aggregates(List.of("total", "new", "arrears_only", "exempt", "exempt_dv", "fee_liable"),
                query(sql, 6, from.atDay(1), to.plusMonths(1).atDay(1)));
    }

    /**
     * Changes to the caseload per month, over all history up to {@code to}: +1 in the month of application,
     * -1 in the month of closure. The caseload at the end of M is the running total to M (a case closed on the
     * last day of M has left).
     */
    public Aggregates caseloadChanges(ExtractVersion cases, Breakdown breakdown, YearMonth to) {
        String group = group(breakdown, caseBreakdowns(""));
        String sql = "SELECT MI, B, SUM(D), SUM(CASE WHEN T = 'NEW' THEN D ELSE 0 END), "
                + "SUM(CASE WHEN T = 'ARREARS_ONLY' THEN D ELSE 0 END) FROM ("
                + "SELECT " + monthIndex("APPLICATION_DATE") + " AS MI, " + group + " AS B, APPLICATION_TYPE AS T, "
                + "1 AS D FROM " + table(cases) + " WHERE APPLICATION_DATE < ? "
                + "UNION ALL SELECT " + monthIndex("CLOSED_DATE") + ", " + group + ", APPLICATION_TYPE, -1 FROM "
                + table(cases) + " WHERE CLOSED_DATE < ?) GROUP BY MI, B";
        LocalDate end = to.plusMonths(1).atDay(1);
        return aggregates(List.of("total", "new", "arrears_only"), query(sql, 3, end, end));
    }

    /** Sums over case_months rows per month, for all history up to {@code to}. */
    public Aggregates caseMonths(ExtractVersion caseMonths, ExtractVersion cases, Breakdown breakdown,
                                 YearMonth to) {
        String sql = "SELECT " + monthIndex("m.\"MONTH\"") + " AS MI, "
                + group(breakdown, caseMonthBreakdowns()) + " AS B, "
                + "SUM(CASE WHEN m.SERVICE_TYPE = 'DP' AND m.LIABILITY_GBP > 0 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN m.SERVICE_TYPE = 'CP' AND m.LIABILITY_GBP > 0 THEN 1 ELSE 0 END), "
                + "SUM(m.ARREARS_GBP), SUM(m.LIABILITY_GBP) "
                + "FROM " + table(caseMonths) + " m" + casesJoin(breakdown, cases)
                + " WHERE m.\"MONTH\" < ? GROUP BY MI, B";
        return aggregates(List.of("due_dp", "due_cp", "arrears", "liability"),
                query(sql, 4, to.plusMonths(1).atDay(1)));
    }

    /**
     * Case groups whose case_months rows in the month sum to arrears above zero. Arrears are never negative (the
     * import refuses them), so that is exactly the groups with a row above zero: rows without arrears are left
     * out before grouping.
     */
    public Aggregates caseGroupsWithArrears(ExtractVersion caseMonths, ExtractVersion cases, Breakdown breakdown,
                                            YearMonth from, YearMonth to) {
        String sql = "SELECT " + monthIndex("m.\"MONTH\"") + " AS MI, "
                + group(breakdown, caseMonthBreakdowns()) + " AS B, COUNT(DISTINCT c.CASE_GROUP_ID) "
                + "FROM " + table(caseMonths) + " m JOIN " + table(cases) + " c ON c.CASE_ID = m.CASE_ID "
                + "WHERE m.ARREARS_GBP > 0 AND m.\"MONTH\" >= ? AND m.\"MONTH\" < ? GROUP BY MI, B";
        return aggregates(List.of("groups_with_arrears"),
                query(sql, 1, from.atDay(1), to.plusMonths(1).atDay(1)));
    }

    /**
     * Quarterly payment measures for each quarter ending in {@code from..to}: cases paying, case groups liable and
     * contributing, and cash due and paid from liable groups' rows. Each case_months row counts towards the three
     * quarters ending in its month and the two months after.
     */
    public Aggregates quarters(ExtractVersion caseMonths, ExtractVersion cases, Breakdown breakdown, YearMonth from,
                               YearMonth to) {
        String group = group(breakdown, Map.of(Breakdown.SERVICE_TYPE, "m.SERVICE_TYPE"));
        String contributes = "CASE WHEN (m.SERVICE_TYPE = 'DP' AND m.LIABILITY_GBP > 0) "
                + "OR (m.SERVICE_TYPE = 'CP' AND m.PAID_GBP > 0) THEN 1 ELSE 0 END";
        String rows = "SELECT " + monthIndex("m.\"MONTH\"") + " + S.X AS QI, " + group + " AS B, m.CASE_ID, "
                + "c.CASE_GROUP_ID AS G, CASE WHEN m.LIABILITY_GBP > 0 THEN 1 ELSE 0 END AS LIABLE, " + contributes
                + " AS CONTRIB, m.LIABILITY_GBP AS DUE, "
                + "CASE WHEN m.SERVICE_TYPE = 'DP' THEN m.LIABILITY_GBP ELSE COALESCE(m.PAID_GBP, 0) END AS PAID "
                + "FROM " + table(caseMonths) + " m JOIN " + table(cases) + " c ON c.CASE_ID = m.CASE_ID "
                + "CROSS JOIN (VALUES 0, 1, 2) S(X) WHERE m.\"MONTH\" >= ? AND m.\"MONTH\" < ?";
        // One pass: per quarter and case group, then per quarter. A case belongs to one group, so the distinct
        // paying cases of each group add up to the quarter's. (Joining two derived tables instead makes H2 re-run
        // one of them for every row of the other.)
        String sql = "SELECT QI, B, SUM(PAYING), SUM(LIABLE), SUM(CASE WHEN LIABLE = 1 THEN CONTRIB ELSE 0 END), "
                + "SUM(CASE WHEN LIABLE = 1 THEN DUE ELSE 0 END), SUM(CASE WHEN LIABLE = 1 THEN PAID ELSE 0 END) "
                + "FROM (SELECT QI, B, G, COUNT(DISTINCT CASE WHEN CONTRIB = 1 THEN CASE_ID END) AS PAYING, "
                + "MAX(LIABLE) AS LIABLE, MAX(CONTRIB) AS CONTRIB, SUM(DUE) AS DUE, SUM(PAID) AS PAID FROM (" + rows
                + ") GROUP BY QI, B, G) WHERE QI BETWEEN ? AND ? GROUP BY QI, B";
        return aggregates(List.of("paying_cases", "groups_liable", "groups_contributing", "cash_due", "cash_paid"),
                query(sql, 5, from.minusMonths(2).atDay(1), to.plusMonths(1).atDay(1), index(from), index(to)));
    }

    /** Changes of circumstances: received, cleared, and received-then-cleared within 28 days, all history. */
    public Aggregates serviceRequests(ExtractVersion requests, YearMonth to) {
        String sql = "SELECT MI, NULL, SUM(RECEIVED), SUM(CLEARED), SUM(WITHIN) FROM ("
                + "SELECT " + monthIndex("RECEIVED_DATE") + " AS MI, 1 AS RECEIVED, 0 AS CLEARED, "
                + "CASE WHEN CLEARED_DATE IS NOT NULL AND DATEDIFF(DAY, RECEIVED_DATE, CLEARED_DATE) <= 28 "
                + "THEN 1 ELSE 0 END AS WITHIN FROM " + table(requests) + " WHERE RECEIVED_DATE < ? "
                + "UNION ALL SELECT " + monthIndex("CLEARED_DATE") + ", 0, 1, 0 FROM " + table(requests)
                + " WHERE CLEARED_DATE < ?) GROUP BY MI";
        LocalDate end = to.plusMonths(1).atDay(1);
        return aggregates(List.of("received", "cleared", "received_cleared_28d"), query(sql, 3, end, end));
    }

    /** Mandatory reconsiderations received and cleared per month, by outcome and within 20 days. */
    public Aggregates reconsiderations(ExtractVersion reconsiderations, YearMonth from, YearMonth to) {
        String sql = "SELECT MI, NULL, SUM(RECEIVED), SUM(CLEARED), SUM(REVISED), SUM(NOT_REVISED), SUM(WITHIN) FROM ("
                + "SELECT " + monthIndex("RECEIVED_DATE") + " AS MI, 1 AS RECEIVED, 0 AS CLEARED, 0 AS REVISED, "
                + "0 AS NOT_REVISED, 0 AS WITHIN FROM " + table(reconsiderations)
                + " WHERE RECEIVED_DATE >= ? AND RECEIVED_DATE < ? "
                + "UNION ALL SELECT " + monthIndex("CLEARED_DATE") + ", 0, 1, "
                + "CASE WHEN OUTCOME = 'REVISED' THEN 1 ELSE 0 END, CASE WHEN OUTCOME = 'NOT_REVISED' THEN 1 ELSE 0 END, "
                + "CASE WHEN DATEDIFF(DAY, RECEIVED_DATE, CLEARED_DATE) <= 20 THEN 1 ELSE 0 END FROM "
                + table(reconsiderations) + " WHERE CLEARED_DATE >= ? AND CLEARED_DATE < ?) GROUP BY MI";
        LocalDate start = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        return aggregates(List.of("received", "cleared", "revised", "not_revised", "cleared_20d"),
                query(sql, 5, start, end, start, end));
    }

    /** Appeals received and cleared per month, by who decided. */
    public Aggregates appeals(ExtractVersion appeals, YearMonth from, YearMonth to) {
        String sql = "SELECT MI, NULL, SUM(RECEIVED), SUM(CLEARED), SUM(TRIBUNAL), SUM(CMS) FROM ("
                + "SELECT " + monthIndex("RECEIVED_DATE") + " AS MI, 1 AS RECEIVED, 0 AS CLEARED, 0 AS TRIBUNAL, "
                + "0 AS CMS FROM " + table(appeals) + " WHERE RECEIVED_DATE >= ? AND RECEIVED_DATE < ? "
                + "UNION ALL SELECT " + monthIndex("CLEARED_DATE") + ", 0, 1, "
                + "CASE WHEN OUTCOME = 'TRIBUNAL' THEN 1 ELSE 0 END, CASE WHEN OUTCOME = 'CMS' THEN 1 ELSE 0 END FROM "
                + table(appeals) + " WHERE CLEARED_DATE >= ? AND CLEARED_DATE < ?) GROUP BY MI";
        LocalDate start = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        return aggregates(List.of("received", "cleared", "tribunal", "cms"), query(sql, 4, start, end, start, end));
    }

    /** Complaints received per month, all history up to {@code to}. */
    public Aggregates complaints(ExtractVersion complaints, YearMonth to) {
        String sql = "SELECT " + monthIndex("RECEIVED_DATE") + " AS MI, NULL, COUNT(*) FROM " + table(complaints)
                + " WHERE RECEIVED_DATE < ? GROUP BY MI";
        return aggregates(List.of("received"), query(sql, 1, to.plusMonths(1).atDay(1)));
    }

    /** Telephony totals per month. */
    public Aggregates telephony(ExtractVersion telephony, YearMonth from, YearMonth to) {
        String sql = "SELECT " + monthIndex("\"MONTH\"") + " AS MI, NULL, SUM(CALLS_RECEIVED), SUM(CALLS_ANSWERED), "
                + "SUM(ANSWERED_WITHIN_30S) FROM " + table(telephony)
                + " WHERE \"MONTH\" >= ? AND \"MONTH\" < ? GROUP BY MI";
        return aggregates(List.of("received", "answered", "within_30s"),
                query(sql, 3, from.atDay(1), to.plusMonths(1).atDay(1)));
    }

    /** Weighted survey counts per quarter: satisfied, known (not DK), all; service items Y and Y-or-N. */
    public Aggregates survey(ExtractVersion survey, Breakdown breakdown, YearMonth from, YearMonth to) {
        StringBuilder yes = new StringBuilder();
        StringBuilder answered = new StringBuilder();
        for (int item = 1; item <= 8; item++) {
            String column = "SERVICE_" + item;
            yes.append(item == 1 ? "" : " + ").append("CASE WHEN ").append(column).append(" = 'Y' THEN 1 ELSE 0 END");
            answered.append(item == 1 ? "" : " + ").append("CASE WHEN ").append(column)
                    .append(" IN ('Y', 'N') THEN 1 ELSE 0 END");
        }
        String sql = "SELECT " + monthIndex("QUARTER") + " AS MI, "
                + group(breakdown, Map.of(Breakdown.CLIENT_TYPE, "CLIENT_TYPE", Breakdown.PRIOR_CSA, "PRIOR_CSA"))
                + " AS B, SUM(CASE WHEN OVERALL IN ('VS', 'FS') THEN WEIGHT ELSE 0 END), "
                + "SUM(CASE WHEN OVERALL <> 'DK' THEN WEIGHT ELSE 0 END), SUM(WEIGHT), "
                + "SUM(WEIGHT * (" + yes + ")), SUM(WEIGHT * (" + answered + ")) FROM " + table(survey)
                + " WHERE QUARTER >= ? AND QUARTER < ? GROUP BY MI, B";
        return aggregates(List.of("satisfied", "known", "all", "service_yes", "service_answered"),
                query(sql, 5, from.atDay(1), to.plusMonths(1).atDay(1)));
    }

    private static Map<Breakdown, String> caseBreakdowns(String alias) {
        return Map.of(Breakdown.APPLICATION_TYPE, alias + "APPLICATION_TYPE", Breakdown.COUNTRY, alias + "COUNTRY",
                Breakdown.PRIOR_CSA, alias + "PRIOR_CSA");
    }

    private static Map<Breakdown, String> caseMonthBreakdowns() {
        return Map.of(Breakdown.SERVICE_TYPE, "m.SERVICE_TYPE", Breakdown.COUNTRY, "c.COUNTRY");
    }

    /** The join to cases that a case_months breakdown needs (none when the breakdown is on the row itself). */
    private static String casesJoin(Breakdown breakdown, ExtractVersion cases) {
        return breakdown == Breakdown.COUNTRY
                ? " JOIN " + table(cases) + " c ON c.CASE_ID = m.CASE_ID" : "";
    }

    private static Aggregates aggregates(List<String> columns, List<Aggregates.Row> rows) {
        return new Aggregates(columns, rows);
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** Runs an aggregate query whose columns are: month index, group, then {@code sums} numbers. */
    private List<Aggregates.Row> query(String sql, int sums, Object... parameters) {
        return Sql.list(store, "compute measures", sql, result -> {
            BigDecimal[] values = new BigDecimal[sums];
            for (int v = 0; v < sums; v++) {
                values[v] = result.getBigDecimal(v + 3);
            }
            return new Aggregates.Row(month(result.getInt(1)), result.getString(2), values);
        }, parameters);
    }
}
