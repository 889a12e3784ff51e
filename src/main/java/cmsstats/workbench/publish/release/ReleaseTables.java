package cmsstats.workbench.publish.release;

import static cmsstats.workbench.publish.release.Notes.Key.ACCURACY;
import static cmsstats.workbench.publish.release.Notes.Key.ARREARS;
import static cmsstats.workbench.publish.release.Notes.Key.CHILDREN;
import static cmsstats.workbench.publish.release.Notes.Key.COMPLIANCE;
import static cmsstats.workbench.publish.release.Notes.Key.FEE;
import static cmsstats.workbench.publish.release.Notes.Key.MANAGEMENT_INFORMATION;
import static cmsstats.workbench.publish.release.Notes.Key.PATHFINDER;
import static cmsstats.workbench.publish.release.Notes.Key.QUARTERS;
import static cmsstats.workbench.publish.release.Notes.Key.ROUNDING;
import static cmsstats.workbench.publish.release.Notes.Key.SATISFACTION;
import static cmsstats.workbench.publish.release.Rounding.COUNT;
import static cmsstats.workbench.publish.release.Rounding.MILLION_1DP;
import static cmsstats.workbench.publish.release.Rounding.NEAREST_100;
import static cmsstats.workbench.publish.release.Rounding.NONE;
import static cmsstats.workbench.publish.release.Rounding.PERCENT_WHOLE;
import static cmsstats.workbench.publish.release.Rounding.TWO_DECIMALS;

import cmsstats.workbench.publish.release.TableDef.ColumnDef;
import java.util.List;
import java.util.Optional;

/** The release's tables (ref. 002, one per measure family of MEASURES.md, and ref. 004 for satisfaction). */
public final class ReleaseTables {
    /** The breakdown table whose small counts are suppressed: intake by country, with totals both ways. */
    public static final String BY_COUNTRY = "intake_by_country";

    private static final List<TableDef> ALL = List.of(
            new TableDef("intake", "Intake", "Applications received (intake)", false, List.of(
                    new ColumnDef("intake_new", "New applications (number)", NEAREST_100),
                    new ColumnDef("intake_arrears_only", "Arrears-only applications (number)", NEAREST_100),
                    new ColumnDef("intake_total", "Total intake (number)", NEAREST_100)),
                    List.of(ROUNDING, PATHFINDER, MANAGEMENT_INFORMATION)),
            new TableDef(BY_COUNTRY, "Intake_by_country", "Applications received (intake) by country", false,
                    List.of(), List.of(ROUNDING, Notes.Key.SUPPRESSION, MANAGEMENT_INFORMATION)),
            new TableDef("caseload", "Caseload", "Cases on the scheme at the end of the month (caseload)", false,
                    List.of(new ColumnDef("caseload_new", "New applications (number)", NEAREST_100),
                            new ColumnDef("caseload_arrears_only", "Arrears-only applications (number)", NEAREST_100),
                            new ColumnDef("caseload_total", "Caseload (number)", NEAREST_100)),
                    List.of(ROUNDING, MANAGEMENT_INFORMATION)),
            new TableDef("fee_exemptions", "Fee_exemptions", "Application fee exemptions", false, List.of(
                    new ColumnDef("fee_exemptions", "Fee exemptions (number)", COUNT),
                    new ColumnDef("fee_exemptions_dv", "Exemptions for domestic violence or abuse (number)", COUNT),
                    new ColumnDef("fee_exemption_pct", "Exemptions as a share of fee-liable intake (%)",
                            PERCENT_WHOLE)), List.of(ROUNDING, FEE)),
            new TableDef("service_type", "Service_type", "Cases due to pay by service type", false, List.of(
                    new ColumnDef("cases_due_dp", "Direct Pay cases (number)", NEAREST_100),
                    new ColumnDef("cases_due_cp", "Collect and Pay cases (number)", NEAREST_100),
                    new ColumnDef("direct_pay_pct", "Direct Pay share (%)", PERCENT_WHOLE)), List.of(ROUNDING)),
            new TableDef("children", "Children_benefiting", "Children benefiting from maintenance paid", true, List.of(
                    new ColumnDef("paying_cases", "Cases paying in the quarter (number)", NEAREST_100),
                    new ColumnDef("children_per_case", "Qualifying children per case (number)", TWO_DECIMALS),
                    new ColumnDef("children_benefiting", "Children benefiting (number)", NEAREST_100),
                    new ColumnDef("children_benefiting_low", "Lower bound, 95% interval (number)", NEAREST_100),
                    new ColumnDef("children_benefiting_high", "Upper bound, 95% interval (number)", NEAREST_100)),
                    List.of(QUARTERS, CHILDREN, ROUNDING)),
            new TableDef("compliance", "Compliance", "Case groups contributing towards their liability", true, List.of(
                    new ColumnDef("case_groups_liable", "Case groups with a liability (number)", NEAREST_100),
                    new ColumnDef("case_groups_contributing", "Case groups contributing (number)", NEAREST_100),
                    new ColumnDef("compliance_pct", "Case groups contributing (%)", PERCENT_WHOLE)),
                    List.of(QUARTERS, COMPLIANCE, ROUNDING)),
            new TableDef("cash_compliance", "Cash_compliance", "Maintenance paid as a share of maintenance due", true,
                    List.of(new ColumnDef("cash_due_gbp", "Cash due (GBP million)", MILLION_1DP),
                            new ColumnDef("cash_paid_gbp", "Cash paid (GBP million)", MILLION_1DP),
                            new ColumnDef("cash_compliance_pct", "Cash compliance (%)", PERCENT_WHOLE)),
                    List.of(QUARTERS, ROUNDING)),
            new TableDef("arrears", "Arrears", "Maintenance arrears and liability", false, List.of(
                    new ColumnDef("arrears_gbp", "Outstanding arrears (GBP million)", MILLION_1DP),
                    new ColumnDef("liability_cumulative_gbp", "Cumulative liability (GBP million)", MILLION_1DP),
                    new ColumnDef("arrears_pct_of_liability", "Arrears as a share of liability (%)", PERCENT_WHOLE),
                    new ColumnDef("case_groups_with_arrears", "Case groups with arrears (number)", NEAREST_100)),
                    List.of(ARREARS, ROUNDING)),
            new TableDef("changes", "Changes_of_circumstances", "Changes of circumstances", false, List.of(
                    new ColumnDef("coc_received", "Received (number)", COUNT),
                    new ColumnDef("coc_cleared", "Cleared (number)", COUNT),
                    new ColumnDef("coc_outstanding", "Outstanding at the end of the month (number)", COUNT),
                    new ColumnDef("coc_cleared_28d_pct", "Cleared within 28 days (%)", PERCENT_WHOLE)),
                    List.of(ROUNDING, MANAGEMENT_INFORMATION)),
            new TableDef("reconsiderations", "Reconsiderations", "Mandatory reconsiderations", false, List.of(
                    new ColumnDef("mr_received", "Received (number)", COUNT),
                    new ColumnDef("mr_cleared", "Cleared (number)", COUNT),
                    new ColumnDef("mr_revised", "Cleared, decision revised (number)", COUNT),
                    new ColumnDef("mr_not_revised", "Cleared, decision not revised (number)", COUNT),
                    new ColumnDef("mr_cleared_20d_pct", "Cleared within 20 days (%)", PERCENT_WHOLE)),
                    List.of(ROUNDING)),
            new TableDef("appeals", "Appeals", "Appeals to the tribunal", false, List.of(
                    new ColumnDef("appeals_received", "Received (number)", COUNT),
                    new ColumnDef("appeals_cleared", "Cleared (number)", COUNT),
                    new ColumnDef("appeals_cleared_tribunal", "Cleared by a tribunal outcome (number)", COUNT),
                    new ColumnDef("appeals_cleared_cms", "Cleared by a CMS outcome (number)", COUNT)),
                    List.of(ROUNDING, MANAGEMENT_INFORMATION)),
            new TableDef("complaints", "Complaints", "Complaints received", false, List.of(
                    new ColumnDef("complaints_received", "Complaints received in the month (number)", NONE),
                    new ColumnDef("complaints_to_date", "Complaints received, scheme to date (number)", NONE)),
                    List.of(ROUNDING)),
            new TableDef("telephony", "Telephony", "Calls answered", false, List.of(
                    new ColumnDef("calls_answered_pct", "Calls answered (%)", PERCENT_WHOLE),
                    new ColumnDef("calls_answered_30s_pct", "Calls answered within 30 seconds (%)", PERCENT_WHOLE)),
                    List.of(ROUNDING)),
            new TableDef("accuracy", "Accuracy", "Cash-value accuracy of sampled assessments", false, List.of(
                    new ColumnDef("accuracy_pct", "Assessments accurate (%)", PERCENT_WHOLE)),
                    List.of(ACCURACY, ROUNDING)),
            new TableDef("satisfaction", "Satisfaction", "Client satisfaction", true, List.of(
                    new ColumnDef("satisfaction_pct", "Very or fairly satisfied, DWP method (%)", PERCENT_WHOLE),
                    new ColumnDef("satisfaction_pct_incl_dk", "Very or fairly satisfied, don't know included (%)",
                            PERCENT_WHOLE),
                    new ColumnDef("client_service_pct", "Client service score (%)", PERCENT_WHOLE)),
                    List.of(QUARTERS, SATISFACTION, ROUNDING)));

    private ReleaseTables() {
    }

    public static List<TableDef> all() {
        return ALL;
    }

    public static Optional<TableDef> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
