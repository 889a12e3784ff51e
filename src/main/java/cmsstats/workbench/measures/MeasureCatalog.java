package cmsstats.workbench.measures;

import static cmsstats.workbench.measures.Sums.minus;
import static cmsstats.workbench.measures.Sums.percent;
import static cmsstats.workbench.measures.Sums.plus;
import static cmsstats.workbench.measures.Sums.times;
import static cmsstats.workbench.model.MeasureUnit.COUNT;
import static cmsstats.workbench.model.MeasureUnit.GBP;
import static cmsstats.workbench.model.MeasureUnit.PERCENT;
import static cmsstats.workbench.model.PeriodType.MONTH;
import static cmsstats.workbench.model.PeriodType.MONTH_END;
import static cmsstats.workbench.model.PeriodType.QUARTER;
import static cmsstats.workbench.model.PeriodType.TO_DATE;

import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.PeriodType;
import cmsstats.workbench.sampling.BinomialIntervals;
import cmsstats.workbench.sampling.Interval;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every published CMS measure the extracts can give, with the exact rules of the measure catalogue in
 * docs/MEASURES.md (restating DWP, "Child Maintenance Service 2012 Scheme Experimental Statistics",
 * October 2016, reference 002, and for satisfaction DWP's client satisfaction statistics, December 2016,
 * reference 004). Children benefiting reads stored samples and accuracy the stored, finalised accuracy checks
 * (see the sampling layer).
 */
public final class MeasureCatalog {
    private static final String RELEASE = "DWP CMS 2012 Scheme statistics, Oct 2016 (ref. 002)";
    private static final String SATISFACTION = "DWP CMS client satisfaction statistics, Dec 2016 (ref. 004)";
    /** The confidence level of the accuracy rate's interval, as the accuracy check quotes it. */
    private static final double ACCURACY_LEVEL = 0.95;
    /** The population of the monetary error rates, the same checks as accuracy_pct's. */
    private static final String MONETARY_ERROR = "of scored accuracy checks (the latest finalised version of each "
            + "simple random or stratified sample's check) on assessments dated in M, weekly amounts: 100 x ";
    /** NAO reports the monetary error rate, "the financial impact of the Department's errors" (ref. 003). */
    private static final String MONETARY_ERROR_SOURCE = "National Audit Office, Child maintenance, 2022 (ref. 003)";

    private static final List<MeasureDefinition> ALL = List.of(
            m("intake_total", "Total intake: applications received in the month", COUNT, MONTH,
                    "cases with application_date in M", "Table 1, " + RELEASE, Family.APPLICATIONS,
                    s -> s.get("total")),
            m("intake_new", "Intake of new applications in the month", COUNT, MONTH,
                    "cases with application_date in M and application_type NEW", "Table 1, " + RELEASE,
                    Family.APPLICATIONS, s -> s.get("new")),
            m("intake_arrears_only", "Intake of arrears-only applications in the month", COUNT, MONTH,
                    "cases with application_date in M and application_type ARREARS_ONLY", "Table 1, " + RELEASE,
                    Family.APPLICATIONS, s -> s.get("arrears_only")),
            m("caseload_total", "Caseload at the end of the month", COUNT, MONTH_END,
                    "cases with application_date <= end of M and (closed_date null or closed_date > end of M)",
                    "Table 2, " + RELEASE, Family.CASELOAD, s -> s.toDate("total")),
            m("caseload_new", "Caseload of new applications at the end of the month", COUNT, MONTH_END,
                    "caseload_total of application_type NEW", "Table 2, " + RELEASE, Family.CASELOAD,
                    s -> s.toDate("new")),
            m("caseload_arrears_only", "Caseload of arrears-only applications at the end of the month", COUNT,
                    MONTH_END, "caseload_total of application_type ARREARS_ONLY", "Table 2, " + RELEASE,
                    Family.CASELOAD, s -> s.toDate("arrears_only")),
            m("fee_exemptions", "Application fee exemptions in the month", COUNT, MONTH,
                    "cases with application_date in M and fee_status EXEMPT_DV or EXEMPT_UNDER19",
                    "Table 3, " + RELEASE, Family.APPLICATIONS, s -> s.get("exempt")),
            m("fee_exemptions_dv", "Application fee exemptions for domestic violence in the month", COUNT, MONTH,
                    "cases with application_date in M and fee_status EXEMPT_DV", "Table 3, " + RELEASE,
                    Family.APPLICATIONS, s -> s.get("exempt_dv")),
            m("fee_exemption_pct", "Fee exemptions as a share of fee-liable intake", PERCENT, MONTH,
                    "fee_exemptions / cases with application_date in M and fee_status PAID, EXEMPT_DV or "
                            + "EXEMPT_UNDER19", "Table 3, " + RELEASE, Family.APPLICATIONS,
                    s -> percent(s.get("exempt"), s.get("fee_liable"))),
            m("cases_due_dp", "Direct Pay cases due to pay in the month", COUNT, MONTH,
                    "case_months rows in M with liability_gbp > 0 and service_type DP", "Table 7, " + RELEASE,
                    Family.CASE_MONTHS, s -> s.get("due_dp")),
            m("cases_due_cp", "Collect and Pay cases due to pay in the month", COUNT, MONTH,
                    "case_months rows in M with liability_gbp > 0 and service_type CP", "Table 7, " + RELEASE,
                    Family.CASE_MONTHS, s -> s.get("due_cp")),
            m("direct_pay_pct", "Direct Pay share of cases due to pay", PERCENT, MONTH,
                    "cases_due_dp / (cases_due_dp + cases_due_cp)", "Table 7, " + RELEASE, Family.CASE_MONTHS,
                    s -> percent(s.get("due_dp"), plus(s.get("due_dp"), s.get("due_cp")))),
            m("paying_cases", "Cases paying in the quarter", COUNT, QUARTER,
                    "distinct cases with, in Q, a DP row with liability_gbp > 0 or a CP row with paid_gbp > 0",
                    "Table 4 (children benefiting base), " + RELEASE, Family.QUARTERS,
                    s -> s.get("paying_cases")),
            m("children_per_case", "Mean qualifying children per case in the children-benefiting sample", COUNT,
                    MONTH, "mean qualifying_children of the latest children-benefiting sample drawn as at a month <= M "
                            + "(carried forward between samples)", "Table 4, " + RELEASE, Family.CHILDREN,
                    s -> s.get("children_per_case")),
            m("children_benefiting", "Children benefiting from maintenance paid in the quarter", COUNT, QUARTER,
                    "children_per_case x paying_cases", "Table 4, " + RELEASE, Family.CHILDREN,
                    s -> times(s.get("children_per_case"), s.get("paying_cases"))),
            m("children_benefiting_low", "Children benefiting: lower bound of the 95% interval", COUNT, QUARTER,
                    "lower bound of children_per_case's 95% t interval x paying_cases", "Table 4, " + RELEASE,
                    Family.CHILDREN, s -> times(s.get("low"), s.get("paying_cases"))),
            m("children_benefiting_high", "Children benefiting: upper bound of the 95% interval", COUNT, QUARTER,
                    "upper bound of children_per_case's 95% t interval x paying_cases", "Table 4, " + RELEASE,
                    Family.CHILDREN, s -> times(s.get("high"), s.get("paying_cases"))),
            m("case_groups_liable", "Case groups with a current liability in the quarter", COUNT, QUARTER,
                    "case groups with a case_months row in Q with liability_gbp > 0", "Table 5, " + RELEASE,
                    Family.QUARTERS, s -> s.get("groups_liable")),
            m("case_groups_contributing", "Case groups contributing towards their current liability", COUNT,
                    QUARTER, "liable case groups with a DP row with liability_gbp > 0 or a CP row with paid_gbp > 0 "
                            + "in Q", "Table 5, " + RELEASE, Family.QUARTERS, s -> s.get("groups_contributing")),
            m("compliance_pct", "Case groups contributing towards their current liability", PERCENT, QUARTER,
                    "case_groups_contributing / case_groups_liable", "Table 5, " + RELEASE, Family.QUARTERS,
                    s -> percent(s.get("groups_contributing"), s.get("groups_liable"))),
            m("cash_due_gbp", "Cash due from case groups with a current liability", GBP, QUARTER,
                    "sum of liability_gbp over rows in Q of liable case groups", "Table 6, " + RELEASE,
                    Family.QUARTERS, s -> s.get("cash_due")),
            m("cash_paid_gbp", "Cash paid by case groups with a current liability", GBP, QUARTER,
                    "sum over rows in Q of liable case groups of liability_gbp (DP, assumed paid in full) or "
                            + "paid_gbp (CP, 0 when empty)", "Table 6, " + RELEASE, Family.QUARTERS,
                    s -> s.get("cash_paid")),
            m("cash_compliance_pct", "Cash compliance: cash paid as a share of cash due", PERCENT, QUARTER,
                    "cash_paid_gbp / cash_due_gbp", "Table 6, " + RELEASE, Family.QUARTERS,
                    s -> percent(s.get("cash_paid"), s.get("cash_due"))),
            m("arrears_gbp", "Outstanding maintenance arrears at the end of the month", GBP, MONTH_END,
                    "sum of arrears_gbp of case_months rows in M", "Table 8, " + RELEASE, Family.CASE_MONTHS,
                    s -> s.get("arrears")),
            m("case_groups_with_arrears", "Case groups with outstanding arrears at the end of the month", COUNT,
                    MONTH_END, "case groups whose case_months rows in M sum to arrears_gbp > 0",
                    "Table 8, " + RELEASE, Family.GROUPS_WITH_ARREARS, s -> s.get("groups_with_arrears")),
            m("liability_cumulative_gbp", "Cumulative total maintenance liability", GBP, TO_DATE,
                    "sum of liability_gbp of case_months rows with month <= M", "Table 8, " + RELEASE,
                    Family.CASE_MONTHS, s -> s.toDate("liability")),
            m("arrears_pct_of_liability", "Outstanding arrears as a share of cumulative liability", PERCENT,
                    MONTH_END, "arrears_gbp / liability_cumulative_gbp", "Table 8, " + RELEASE, Family.CASE_MONTHS,
                    s -> percent(s.get("arrears"), s.toDate("liability"))),
            m("coc_received", "Changes of circumstances received in the month", COUNT, MONTH,
                    "service_requests with received_date in M", "Table 9, " + RELEASE, Family.SERVICE_REQUESTS,
                    s -> s.get("received")),
            m("coc_cleared", "Changes of circumstances cleared in the month", COUNT, MONTH,
                    "service_requests with cleared_date in M", "Table 9, " + RELEASE, Family.SERVICE_REQUESTS,
                    s -> s.get("cleared")),
            m("coc_outstanding", "Changes of circumstances outstanding at the end of the month", COUNT, MONTH_END,
                    "service_requests received <= end of M and not cleared by end of M", "Table 9, " + RELEASE,
                    Family.SERVICE_REQUESTS, s -> minus(s.toDate("received"), s.toDate("cleared"))),
            m("coc_cleared_28d_pct", "Changes of circumstances received in the month cleared within 28 days",
                    PERCENT, MONTH, "of requests received in M, those with cleared_date - received_date <= 28 / "
                            + "received in M", "Table 9, " + RELEASE, Family.SERVICE_REQUESTS,
                    s -> percent(s.get("received_cleared_28d"), s.get("received"))),
            m("mr_received", "Mandatory reconsiderations received in the month", COUNT, MONTH,
                    "reconsiderations with received_date in M", "Table 10, " + RELEASE, Family.RECONSIDERATIONS,
                    s -> s.get("received")),
            m("mr_cleared", "Mandatory reconsiderations cleared in the month", COUNT, MONTH,
                    "reconsiderations with cleared_date in M", "Table 10, " + RELEASE, Family.RECONSIDERATIONS,
                    s -> s.get("cleared")),
            m("mr_revised", "Mandatory reconsiderations cleared in the month with the decision revised", COUNT,
                    MONTH, "reconsiderations with cleared_date in M and outcome REVISED", "Table 10, " + RELEASE,
                    Family.RECONSIDERATIONS, s -> s.get("revised")),
            m("mr_not_revised", "Mandatory reconsiderations cleared in the month with the decision not revised",
                    COUNT, MONTH, "reconsiderations with cleared_date in M and outcome NOT_REVISED",
                    "Table 10, " + RELEASE, Family.RECONSIDERATIONS, s -> s.get("not_revised")),
            m("mr_cleared_20d_pct", "Mandatory reconsiderations cleared in the month within 20 days", PERCENT, MONTH,
                    "of those cleared in M, cleared_date - received_date <= 20 / cleared in M",
                    "Table 10, " + RELEASE, Family.RECONSIDERATIONS,
                    s -> percent(s.get("cleared_20d"), s.get("cleared"))),
            m("appeals_received", "Appeals received in the month", COUNT, MONTH, "appeals with received_date in M",
                    "Table 11, " + RELEASE, Family.APPEALS, s -> s.get("received")),
            m("appeals_cleared", "Appeals cleared in the month", COUNT, MONTH, "appeals with cleared_date in M",
                    "Table 11, " + RELEASE, Family.APPEALS, s -> s.get("cleared")),
            m("appeals_cleared_tribunal", "Appeals cleared in the month with a tribunal service outcome", COUNT,
                    MONTH, "appeals with cleared_date in M and outcome TRIBUNAL", "Table 11, " + RELEASE,
                    Family.APPEALS, s -> s.get("tribunal")),
            m("appeals_cleared_cms", "Appeals cleared in the month with a CMS outcome", COUNT, MONTH,
                    "appeals with cleared_date in M and outcome CMS", "Table 11, " + RELEASE, Family.APPEALS,
                    s -> s.get("cms")),
            m("complaints_received", "Complaints received in the month", COUNT, MONTH,
                    "complaints with received_date in M", "Table 12, " + RELEASE, Family.COMPLAINTS,
                    s -> s.get("received")),
            m("complaints_to_date", "Complaints received, scheme to date", COUNT, TO_DATE,
                    "complaints with received_date <= end of M", "Table 12, " + RELEASE, Family.COMPLAINTS,
                    s -> s.toDate("received")),
            m("calls_answered_pct", "Calls answered", PERCENT, MONTH, "calls_answered / calls_received",
                    "Table 13, " + RELEASE, Family.TELEPHONY, s -> percent(s.get("answered"), s.get("received"))),
            m("calls_answered_30s_pct", "Calls answered within 30 seconds", PERCENT, MONTH,
                    "answered_within_30s / calls_received", "Table 13, " + RELEASE, Family.TELEPHONY,
                    s -> percent(s.get("within_30s"), s.get("received"))),
            m("accuracy_pct", "Sampled new or changed assessments that were cash-value accurate", PERCENT, MONTH,
                    "of scored accuracy checks (the latest finalised version of each sample's check) on assessments "
                            + "dated in M, accurate / checked; accurate = |calculated - correct| <= max(GBP 1.00, "
                            + "2% of correct)", "Table 14, " + RELEASE, Family.ACCURACY,
                    s -> percent(s.get("accurate"), s.get("checked"))),
            m("accuracy_checked", "Sampled new or changed assessments checked for cash-value accuracy", COUNT, MONTH,
                    "of scored accuracy checks (the latest finalised version of each sample's check) on assessments "
                            + "dated in M, the number checked (n of accuracy_pct)", "Table 14, " + RELEASE,
                    Family.ACCURACY, s -> s.get("checked")),
            m("accuracy_low_pct", "Cash-value accuracy: lower bound of the 95% Clopper-Pearson interval", PERCENT,
                    MONTH, "100 x the lower bound of the exact (Clopper-Pearson) 95% interval of accurate / checked",
                    "Table 14, " + RELEASE, Family.ACCURACY, s -> exactBound(s, true)),
            m("accuracy_high_pct", "Cash-value accuracy: upper bound of the 95% Clopper-Pearson interval", PERCENT,
                    MONTH, "100 x the upper bound of the exact (Clopper-Pearson) 95% interval of accurate / checked",
                    "Table 14, " + RELEASE, Family.ACCURACY, s -> exactBound(s, false)),
            m("accuracy_gross_error_pct", "Gross monetary error of sampled assessments", PERCENT, MONTH,
                    MONETARY_ERROR + "sum of |calculated - correct| / sum of correct", MONETARY_ERROR_SOURCE,
                    Family.ACCURACY, s -> percent(s.get("abs_error"), s.get("correct"))),
            m("accuracy_net_error_pct", "Net monetary error of sampled assessments (negative: under-calculated)",
                    PERCENT, MONTH, MONETARY_ERROR + "sum of (calculated - correct) / sum of correct",
                    MONETARY_ERROR_SOURCE, Family.ACCURACY, s -> percent(s.get("net_error"), s.get("correct"))),
            m("satisfaction_pct", "Clients very or fairly satisfied overall (DWP method: don't know excluded)",
                    PERCENT, QUARTER, "over survey_responses with quarter = M: weighted (VS + FS) / weighted (all "
                            + "answers except DK)", SATISFACTION, Family.SURVEY,
                    s -> percent(s.get("satisfied"), s.get("known"))),
            m("satisfaction_pct_incl_dk", "Clients very or fairly satisfied overall (don't know included)", PERCENT,
                    QUARTER, "weighted (VS + FS) / weighted (all answers)", SATISFACTION, Family.SURVEY,
                    s -> percent(s.get("satisfied"), s.get("all"))),
            m("client_service_pct", "Client service score: satisfied with the eight service aspects", PERCENT,
                    QUARTER, "weighted count of Y over the eight service items / weighted count of Y or N",
                    SATISFACTION, Family.SURVEY, s -> percent(s.get("service_yes"), s.get("service_answered"))));

    private MeasureCatalog() {
    }

    /**
     * A bound of the accuracy rate's exact (Clopper-Pearson) interval, in percent. Of the two intervals the
     * accuracy check computes ({@link cmsstats.workbench.sampling.AccuracyScore}), this is the one to quote near
     * 100%: it never covers less than its level, where Wilson's coverage dips below it. Null with nothing checked.
     */
    private static BigDecimal exactBound(Sums s, boolean lower) {
        BigDecimal checked = s.get("checked");
        BigDecimal accurate = s.get("accurate");
        if (checked == null || accurate == null || checked.signum() == 0) {
            return null;
        }
        Interval interval = BinomialIntervals.clopperPearson(
                accurate.longValueExact(), checked.longValueExact(), ACCURACY_LEVEL).scaled(100);
        return BigDecimal.valueOf(lower ? interval.lower() : interval.upper());
    }

    private static MeasureDefinition m(String id, String title, MeasureUnit unit, PeriodType period, String rule,
                                       String source, Family family, Formula formula) {
        return new MeasureDefinition(id, title, unit, period, rule, source, family, formula);
    }

    /** Every measure, in the order of the release's tables. */
    public static List<MeasureDefinition> all() {
        return ALL;
    }

    public static Optional<MeasureDefinition> find(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** All ids, comma separated, for messages that list what is allowed. */
    public static String ids() {
        return ALL.stream().map(MeasureDefinition::id).collect(Collectors.joining(", "));
    }
}
