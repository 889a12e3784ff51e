package cmsstats.workbench.cli;

import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.sampling.AccuracyReport;
import cmsstats.workbench.sampling.CauseBreakdown;
import cmsstats.workbench.sampling.MonetaryError;
import cmsstats.workbench.sampling.MusEvaluation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON of an accuracy report's monetary error, MUS evaluation and causes ({@code accuracy score --json}). */
final class ReportJson {
    private ReportJson() {
    }

    static Map<String, Object> of(AccuracyReport report, boolean causesRecorded) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("design", report.design() == null ? null : report.design().design());
        MonetaryError m = report.monetary();
        if (m != null) {
            json.put("gross_error_rate_se", m.grossRate().se());
            json.put("gross_error_rate_low", m.grossRate().interval().lower());
            json.put("gross_error_rate_high", m.grossRate().interval().upper());
            json.put("net_error_rate_se", m.netRate().se());
            json.put("net_error_rate_low", m.netRate().interval().lower());
            json.put("net_error_rate_high", m.netRate().interval().upper());
            json.put("df", m.df());
            json.put("frame_gbp_per_week", m.frameTotal());
            json.put("error_gbp_per_week", m.grossPerWeek().value());
            json.put("error_gbp_per_week_low", m.grossPerWeek().interval().lower());
            json.put("error_gbp_per_week_high", m.grossPerWeek().interval().upper());
            json.put("net_error_gbp_per_week", m.netPerWeek().value());
            json.put("net_error_gbp_per_week_low", m.netPerWeek().interval().lower());
            json.put("net_error_gbp_per_week_high", m.netPerWeek().interval().upper());
            json.put("frame_error_rate", m.frameRate().value());
            json.put("frame_error_rate_low", m.frameRate().interval().lower());
            json.put("frame_error_rate_high", m.frameRate().interval().upper());
        }
        MusEvaluation mus = report.mus();
        if (mus != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("interval_gbp", mus.stringer().interval());
            out.put("certain", report.design().certain().size());
            out.put("zero_awards", report.design().zeroAwards());
            out.put("errors", mus.errors());
            out.put("taintings", mus.stringer().taintings());
            out.put("poisson_factors", mus.stringer().factors());
            out.put("basic_precision_gbp_per_week", mus.stringer().basicPrecision());
            out.put("projected_misstatement_gbp_per_week", mus.projected());
            out.put("net_projected_misstatement_gbp_per_week", mus.netProjected());
            out.put("certain_error_gbp_per_week", mus.certainError());
            out.put("upper_error_limit_gbp_per_week", mus.upperLimit());
            out.put("frame_gbp_per_week", mus.frameTotal());
            out.put("projected_rate", mus.projectedRate());
            out.put("upper_error_limit_rate", mus.upperLimitRate());
            json.put("mus", out);
        }
        json.put("causes_recorded", causesRecorded);
        CauseBreakdown causes = report.causes();
        Map<String, Object> byCause = new LinkedHashMap<>();
        for (Map.Entry<ErrorCause, CauseBreakdown.Row> e : causes.byCause().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("errors", e.getValue().errors());
            row.put("error_gbp_per_week", e.getValue().gbp());
            row.put("share_of_monetary_error_pct", e.getValue().share());
            byCause.put(e.getKey().code(), row);
        }
        json.put("by_cause", byCause);
        json.put("causes_unrecorded", causes.unrecorded());
        return json;
    }
}
