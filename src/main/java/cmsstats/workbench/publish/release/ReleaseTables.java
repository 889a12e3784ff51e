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

import cmsstats.workbench.publish.release.TableDef.ColumnDef;
import java.util.List;
import java.util.Optional;

/** The release's tables (ref. 002, one per measure family of docs/MEASURES.md, and ref. 004 for satisfaction). */
public final class ReleaseTables {
    /**
     * The breakdown table whose small counts are suppressed: intake by country, with totals both ways. Its one
     * column definition is the measure it breaks down (intake_total, the Great Britain column).
     */
    public static final String BY_COUNTRY = "intake_by_country";

    private static final List<TableDef> ALL = List.of(
            new TableDef("intake", "Intake", "Applications received (intake)", false, List.of(
                    new ColumnDef("intake_new", "New applications (number)"),
                    new ColumnDef("intake_arrears_only", "Arrears-only applications (number)"),
                    new ColumnDef("intake_total", "Total intake (number)")),
                    List.of(ROUNDING, PATHFINDER, MANAGEMENT_INFORMATION)),
            new TableDef(BY_COUNTRY, "Intake_by_country", "Applications received (intake) by country", false,
                    List.of(new ColumnDef("intake_total", "Great Britain (number)")),
                    List.of(ROUNDING, Notes.Key.SUPPRESSION, MANAGEMENT_INFORMATION)),
            new TableDef("caseload", "Caseload", "Cases on the scheme at the end of the month (caseload)", false,
                    List.of(new ColumnDef("caseload_new", "New applications (number)"),
                            new ColumnDef("caseload_arrears_only", "Arrears-only applications (number)"),
                            new ColumnDef("caseload_total", "Caseload (number)")),
                    List.of(ROUNDING, MANAGEMENT_INFORMATION)),
            new TableDef("fee_exemptions", "Fee_exemptions", "Application fee exemptions", false, List.of(
                    new ColumnDef("fee_exemptions", "Fee exemptions (number)"),
                    new ColumnDef("fee_exemptions_dv", "Exemptions for domestic violence or abuse (number)"),
                    new ColumnDef("fee_exemption_pct", "Exemptions as a share of fee-liable intake (%)")),
                            List.of(ROUNDING, FEE)),
            new TableDef("service_type", "Service_type", "Cases due to pay by service type", false, List.of(
                    new ColumnDef("cases_due_dp", "Direct Pay cases (number)"),
                    new ColumnDef("cases_due_cp", "Collect and Pay cases (number)"),
                    new ColumnDef("direct_pay_pct", "Direct Pay share (%)")), List.of(ROUNDING)),
            new TableDef("children", "Children_benefiting", "Children benefiting from maintenance paid", true, List.of(
                    new ColumnDef("paying_cases", "Cases paying in the quarter (number)"),
                    new ColumnDef("children_per_case", "Qualifying children per case (number)"),
                    new ColumnDef("children_benefiting", "Children benefiting (number)"),
                    new ColumnDef("children_benefiting_low", "Lower bound, 95% interval (number)"),
                    new ColumnDef("children_benefiting_high", "Upper bound, 95% interval (number)")),
                    List.of(QUARTERS, CHILDREN, ROUNDING)),
            new TableDef("compliance", "Compliance", "Case groups contributing towards their liability", true, List.of(
                    new ColumnDef("case_groups_liable", "Case groups with a liability (number)"),
                    new ColumnDef("case_groups_contributing", "Case groups contributing (number)"),
                    new ColumnDef("compliance_pct", "Case groups contributing (%)")),
                    List.of(QUARTERS, COMPLIANCE, ROUNDING)),
            new TableDef("cash_compliance", "Cash_compliance", "Maintenance paid as a share of maintenance due", true,
                    List.of(new ColumnDef("cash_due_gbp", "Cash due (GBP million)"),
                            new ColumnDef("cash_paid_gbp", "Cash paid (GBP million)"),
                            new ColumnDef("cash_compliance_pct", "Cash compliance (%)")),
                    List.of(QUARTERS, ROUNDING)),
            new TableDef("arrears", "Arrears", "Maintenance arrears and liability", false, List.of(
                    new ColumnDef("arrears_gbp", "Outstanding arrears (GBP million)"),
                    new ColumnDef("liability_cumulative_gbp", "Cumulative liability (GBP million)"),
                    new ColumnDef("arrears_pct_of_liability", "Arrears as a share of liability (%)"),
                    new ColumnDef("case_groups_with_arrears", "Case groups with arrears (number)")),
                    List.of(ARREARS, ROUNDING)),
            new TableDef("changes", "Changes_of_circumstances", "Changes of circumstances", false, List.of(
                    new ColumnDef("coc_received", "Received (number)"),
                    new ColumnDef("coc_cleared", "Cleared (number)"),
                    new ColumnDef("coc_outstanding", "Outstanding at the end of the month (number)"),
                    new ColumnDef("coc_cleared_28d_pct", "Cleared within 28 days (%)")),
                    List.of(ROUNDING, MANAGEMENT_INFORMATION)),
            new TableDef("reconsiderations", "Reconsiderations", "Mandatory reconsiderations", false, List.of(
                    new ColumnDef("mr_received", "Received (number)"),
                    new ColumnDef("mr_cleared", "Cleared (number)"),
                    new ColumnDef("mr_revised", "Cleared, decision revised (number)"),
                    new ColumnDef("mr_not_revised", "Cleared, decision not revised (number)"),
                    new ColumnDef("mr_cleared_20d_pct", "Cleared within 20 days (%)")),
                    List.of(ROUNDING)),
            new TableDef("appeals", "Appeals", "Appeals to the tribunal", false, List.of(
                    new ColumnDef("appeals_received", "Received (number)"),
                    new ColumnDef("appeals_cleared", "Cleared (number)"),
                    new ColumnDef("appeals_cleared_tribunal", "Cleared by a tribunal outcome (number)"),
                    new ColumnDef("appeals_cleared_cms", "Cleared by a CMS outcome (number)")),
                    List.of(ROUNDING, MANAGEMENT_INFORMATION)),
            new TableDef("complaints", "Complaints", "Complaints received", false, List.of(
                    new ColumnDef("complaints_received", "Complaints received in the month (number)"),
                    new ColumnDef("complaints_to_date", "Complaints received, scheme to date (number)")),
                    List.of(ROUNDING)),
            new TableDef("telephony", "Telephony", "Calls answered", false, List.of(
                    new ColumnDef("calls_answered_pct", "Calls answered (%)"),
                    new ColumnDef("calls_answered_30s_pct", "Calls answered within 30 seconds (%)")),
                    List.of(ROUNDING)),
            new TableDef("accuracy", "Accuracy", "Cash-value accuracy of sampled assessments", false, List.of(
                    new ColumnDef("accuracy_checked", "Assessments checked (number)"),
                    new ColumnDef("accuracy_pct", "Assessments accurate (%)"),
                    new ColumnDef("accuracy_low_pct", "Lower bound, 95% Clopper-Pearson interval (%)"),
                    new ColumnDef("accuracy_high_pct", "Upper bound, 95% Clopper-Pearson interval (%)"),
                    new ColumnDef("accuracy_gross_error_pct", "Gross monetary error (% of correct amounts)"),
                    new ColumnDef("accuracy_net_error_pct", "Net monetary error (% of correct amounts)")),
                    List.of(ACCURACY, ROUNDING)),
            new TableDef("satisfaction", "Satisfaction", "Client satisfaction", true, List.of(
                    new ColumnDef("satisfaction_pct", "Very or fairly satisfied, DWP method (%)"),
                    new ColumnDef("satisfaction_pct_incl_dk", "Very or fairly satisfied, don't know included (%)"),
                    new ColumnDef("client_service_pct", "Client service score (%)")),
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
