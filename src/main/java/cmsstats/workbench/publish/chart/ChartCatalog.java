package cmsstats.workbench.publish.chart;

import static cmsstats.workbench.publish.chart.SeriesSpec.of;
import static cmsstats.workbench.model.Breakdown.APPLICATION_TYPE;
import static cmsstats.workbench.model.Breakdown.CLIENT_TYPE;
import static cmsstats.workbench.model.Breakdown.COUNTRY;
import static cmsstats.workbench.model.Breakdown.PRIOR_CSA;
import static cmsstats.workbench.model.Breakdown.SERVICE_TYPE;
import static cmsstats.workbench.model.MeasureUnit.COUNT;
import static cmsstats.workbench.model.MeasureUnit.GBP;
import static cmsstats.workbench.model.MeasureUnit.PERCENT;

import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.model.Breakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The release's charts, one per measure family of docs/MEASURES.md (DWP, CMS 2012 scheme statistics, Oct 2016,
 * ref. 002; client satisfaction, Dec 2016, ref. 004), each drawn the way the release draws it.
 */
public final class ChartCatalog {
    private static final List<ChartSpec> ALL = List.of(
            new ChartSpec("intake", "Intake", "Applications received each month (number)", ChartKind.STACKED_BAR,
                    COUNT, List.of(of("intake_new", "New applications"),
                            of("intake_arrears_only", "Arrears-only applications")), List.of(COUNTRY, PRIOR_CSA),
                    "Total intake is new plus arrears-only applications."),
            new ChartSpec("caseload", "Caseload", "Cases on the scheme at the end of each month (number)",
                    ChartKind.LINE, COUNT, List.of(of("caseload_total", "All cases")),
                    List.of(APPLICATION_TYPE, COUNTRY, PRIOR_CSA), ""),
            new ChartSpec("fee_exemptions", "Fee exemptions", "Application fee exemptions as a share of fee-liable "
                    + "intake (%)", ChartKind.LINE, PERCENT, List.of(of("fee_exemption_pct", "Exemptions")),
                    List.of(APPLICATION_TYPE, COUNTRY, PRIOR_CSA), "The GBP 20 fee applies from 30 June 2014."),
            new ChartSpec("service_type", "Service type", "Direct Pay share of cases due to pay (%)", ChartKind.LINE,
                    PERCENT, List.of(of("direct_pay_pct", "Direct Pay")), List.of(COUNTRY), ""),
            new ChartSpec("children", "Children benefiting", "Children benefiting from maintenance paid in the "
                    + "quarter (number)", ChartKind.BAND, COUNT, List.of(new SeriesSpec("children_benefiting",
                    "Children benefiting", "children_benefiting_low", "children_benefiting_high")), List.of(),
                    "Estimated from a sample of cases; the band is the 95% confidence interval."),
            new ChartSpec("compliance", "Compliance", "Case groups contributing towards their liability in the "
                    + "quarter (%)", ChartKind.LINE, PERCENT, List.of(of("compliance_pct", "All case groups")),
                    List.of(SERVICE_TYPE), ""),
            new ChartSpec("cash_compliance", "Cash compliance", "Cash paid as a share of cash due in the quarter (%)",
                    ChartKind.LINE, PERCENT, List.of(of("cash_compliance_pct", "All case groups")),
                    List.of(SERVICE_TYPE), ""),
            new ChartSpec("arrears", "Arrears and liability", "Outstanding arrears and cumulative liability "
                    + "(GBP million)", ChartKind.AREA, GBP, List.of(of("arrears_gbp", "Outstanding arrears"),
                    of("liability_cumulative_gbp", "Cumulative liability")), List.of(SERVICE_TYPE, COUNTRY), ""),
            new ChartSpec("arrears_share", "Arrears share", "Outstanding arrears as a share of cumulative liability "
                    + "(%)", ChartKind.LINE, PERCENT, List.of(of("arrears_pct_of_liability", "Arrears share")),
                    List.of(SERVICE_TYPE, COUNTRY), ""),
            new ChartSpec("changes", "Changes of circumstances", "Changes of circumstances each month (number)",
                    ChartKind.LINE, COUNT, List.of(of("coc_received", "Received"), of("coc_cleared", "Cleared"),
                    of("coc_outstanding", "Outstanding at month end")), List.of(), ""),
            new ChartSpec("reconsiderations", "Reconsiderations", "Mandatory reconsiderations each month (number)",
                    ChartKind.LINE, COUNT, List.of(of("mr_received", "Received"), of("mr_cleared", "Cleared")),
                    List.of(), ""),
            new ChartSpec("appeals", "Appeals", "Appeals each month (number)", ChartKind.LINE, COUNT,
                    List.of(of("appeals_received", "Received"), of("appeals_cleared", "Cleared")), List.of(),
                    "Appeals figures are revised whatever the size of the change."),
            new ChartSpec("complaints", "Complaints", "Complaints received each month (number)", ChartKind.LINE,
                    COUNT, List.of(of("complaints_received", "Complaints")), List.of(), ""),
            new ChartSpec("telephony", "Telephony", "Calls answered (%)", ChartKind.LINE, PERCENT,
                    List.of(of("calls_answered_pct", "Answered"), of("calls_answered_30s_pct",
                            "Answered within 30 seconds")), List.of(), ""),
            new ChartSpec("accuracy", "Accuracy", "Sampled assessments that were cash-value accurate (%)",
                    ChartKind.LINE, PERCENT, List.of(of("accuracy_pct", "Accurate")), List.of(),
                    "Accurate: within GBP 1.00 or 2% of the correct amount, whichever is higher."),
            new ChartSpec("satisfaction", "Satisfaction", "Clients very or fairly satisfied overall (%)",
                    ChartKind.LINE, PERCENT, List.of(of("satisfaction_pct", "DWP method"),
                            of("satisfaction_pct_incl_dk", "Don't know included")), List.of(CLIENT_TYPE, PRIOR_CSA),
                    "DWP's method leaves \"don't know\" answers out of the base; the second line keeps them in."));

    private ChartCatalog() {
    }

    public static List<ChartSpec> all() {
        return ALL;
    }

    public static Optional<ChartSpec> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * A chart of any measures of one unit, for the command line's {@code --measure}: lines, or the band when the
     * measures are an estimate with its bounds.
     *
     * @throws IllegalArgumentException for an unknown measure or measures of different units
     */
    public static ChartSpec forMeasures(List<String> ids) {
        List<MeasureDefinition> definitions = new ArrayList<>();
        for (String id : ids) {
            definitions.add(MeasureCatalog.find(id).orElseThrow(() -> new IllegalArgumentException("unknown measure '"
                    + id + "' (expected one of " + MeasureCatalog.ids() + ")")));
        }
        if (definitions.stream().map(MeasureDefinition::unit).distinct().count() > 1) {
            throw new IllegalArgumentException("the measures have different units; a chart shows one unit "
                    + "(no dual axes): chart them separately");
        }
        if (ids.equals(List.of("children_benefiting"))) {
            return find("children").orElseThrow();
        }
        List<SeriesSpec> series = definitions.stream().map(d -> of(d.id(), d.title())).toList();
        List<Breakdown> common = new ArrayList<>(definitions.get(0).breakdowns());
        definitions.forEach(d -> common.retainAll(d.breakdowns()));
        String headline = definitions.size() == 1 ? definitions.get(0).title() + " ("
                + ChartSpec.unitLabel(definitions.get(0).unit())
                + ")" : "Selected measures (" + ChartSpec.unitLabel(definitions.get(0).unit()) + ")";
        return new ChartSpec(String.join("+", ids), headline, headline, ChartKind.LINE, definitions.get(0).unit(),
                series, common, "");
    }
}
