package cmsstats.workbench.store;

import cmsstats.workbench.store.RecordQueries.Counting;
import cmsstats.workbench.store.RecordQueries.Trace;
import java.util.Map;
import java.util.Optional;

/**
 * Each traceable measure's rule (docs/MEASURES.md) as a condition on its extract's rows, for
 * {@link RecordQueries}: the same rule the measure's aggregate query applies, so the records add up to the
 * figure. Rates have no records of their own (their parts do); estimates, weights and reported totals have none.
 */
public final class RecordTraces {
    private static final String APPLIED = "r.application_date >= :start AND r.application_date < :after";
    private static final String OPEN = "r.application_date < :after AND (r.closed_date IS NULL OR r.closed_date "
            + ">= :after)";
    private static final String IN_PERIOD = "r.\"month\" BETWEEN :first AND :last";
    private static final String AT_END = "r.\"month\" = :last";
    private static final String CONTRIBUTING_ROW = "((r.service_type = 'DP' AND r.liability_gbp > 0) OR "
            + "(r.service_type = 'CP' AND r.paid_gbp > 0))";
    /** Case groups with a liable row in the quarter (among the rows the slice keeps): compliance's base. */
    private static final String LIABLE_GROUP = "c.case_group_id IN (SELECT c2.case_group_id FROM :rows m2 JOIN "
            + ":cases c2 ON c2.case_id = m2.case_id WHERE m2.\"month\" BETWEEN :first AND :last :kept "
            + "AND m2.liability_gbp > 0)";
    private static final String CONTRIBUTING_GROUP = "c.case_group_id IN (SELECT c2.case_group_id FROM :rows m2 "
            + "JOIN :cases c2 ON c2.case_id = m2.case_id WHERE m2.\"month\" BETWEEN :first AND :last :kept "
            + "AND ((m2.service_type = 'DP' AND m2.liability_gbp > 0) OR (m2.service_type = 'CP' "
            + "AND m2.paid_gbp > 0)))";
    private static final String RECEIVED = "r.received_date >= :start AND r.received_date < :after";
    private static final String CLEARED = "r.cleared_date >= :start AND r.cleared_date < :after";

    private static final Map<String, Trace> TRACES = Map.ofEntries(
            Map.entry("intake_total", Trace.rows(APPLIED)),
            Map.entry("intake_new", Trace.rows(APPLIED + " AND r.application_type = 'NEW'")),
            Map.entry("intake_arrears_only", Trace.rows(APPLIED + " AND r.application_type = 'ARREARS_ONLY'")),
            Map.entry("fee_exemptions", Trace.rows(APPLIED + " AND r.fee_status IN ('EXEMPT_DV', 'EXEMPT_UNDER19')")),
            Map.entry("fee_exemptions_dv", Trace.rows(APPLIED + " AND r.fee_status = 'EXEMPT_DV'")),
            Map.entry("caseload_total", Trace.rows(OPEN)),
            Map.entry("caseload_new", Trace.rows(OPEN + " AND r.application_type = 'NEW'")),
            Map.entry("caseload_arrears_only", Trace.rows(OPEN + " AND r.application_type = 'ARREARS_ONLY'")),
            Map.entry("cases_due_dp", Trace.rows(IN_PERIOD + " AND r.service_type = 'DP' AND r.liability_gbp > 0")),
            Map.entry("cases_due_cp", Trace.rows(IN_PERIOD + " AND r.service_type = 'CP' AND r.liability_gbp > 0")),
            Map.entry("arrears_gbp", Trace.sum(AT_END + " AND r.arrears_gbp > 0", "r.arrears_gbp")),
            Map.entry("case_groups_with_arrears", Trace.distinct(AT_END + " AND r.arrears_gbp > 0",
                    Counting.CASE_GROUPS)),
            Map.entry("liability_cumulative_gbp", Trace.sum("r.\"month\" <= :last", "r.liability_gbp")),
            Map.entry("paying_cases", Trace.distinct(IN_PERIOD + " AND " + CONTRIBUTING_ROW, Counting.CASES)),
            Map.entry("case_groups_liable", Trace.distinct(IN_PERIOD + " AND " + LIABLE_GROUP,
                    Counting.CASE_GROUPS)),
            Map.entry("case_groups_contributing", Trace.distinct(IN_PERIOD + " AND " + LIABLE_GROUP + " AND "
                    + CONTRIBUTING_GROUP, Counting.CASE_GROUPS)),
            Map.entry("cash_due_gbp", Trace.sum(IN_PERIOD + " AND " + LIABLE_GROUP, "r.liability_gbp")),
            Map.entry("cash_paid_gbp", Trace.sum(IN_PERIOD + " AND " + LIABLE_GROUP, "CASE WHEN r.service_type = "
                    + "'DP' THEN r.liability_gbp ELSE COALESCE(r.paid_gbp, 0) END")),
            Map.entry("coc_received", Trace.rows(RECEIVED)),
            Map.entry("coc_cleared", Trace.rows(CLEARED)),
            Map.entry("coc_outstanding", Trace.rows("r.received_date < :after AND (r.cleared_date IS NULL OR "
                    + "r.cleared_date >= :after)")),
            Map.entry("mr_received", Trace.rows(RECEIVED)),
            Map.entry("mr_cleared", Trace.rows(CLEARED)),
            Map.entry("mr_revised", Trace.rows(CLEARED + " AND r.outcome = 'REVISED'")),
            Map.entry("mr_not_revised", Trace.rows(CLEARED + " AND r.outcome = 'NOT_REVISED'")),
            Map.entry("appeals_received", Trace.rows(RECEIVED)),
            Map.entry("appeals_cleared", Trace.rows(CLEARED)),
            Map.entry("appeals_cleared_tribunal", Trace.rows(CLEARED + " AND r.outcome = 'TRIBUNAL'")),
            Map.entry("appeals_cleared_cms", Trace.rows(CLEARED + " AND r.outcome = 'CMS'")),
            Map.entry("complaints_received", Trace.rows(RECEIVED)),
            Map.entry("complaints_to_date", Trace.rows("r.received_date < :after")));

    private RecordTraces() {
    }

    /** The measure's trace, or empty when its figure has no records of its own. */
    public static Optional<Trace> of(String measureId) {
        return Optional.ofNullable(TRACES.get(measureId));
    }
}
