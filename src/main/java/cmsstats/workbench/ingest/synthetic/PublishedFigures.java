package cmsstats.workbench.ingest.synthetic;

import java.io.IOException;
import java.io.Writer;

/**
 * Headline figures as DWP published them on 26 October 2016 (ref. 002), in the {@code published} layout, as the
 * bundled sample's {@code published.csv} holds them. These are real published values, not synthetic.
 */
final class PublishedFigures {
    static final String EDITION = "2016-10-26";
    private static final String[][] FIGURES = {
        {"caseload_total", "2016-08", "338900"}, {"intake_total", "2016-08", "21400"},
        {"fee_exemptions", "2016-08", "3540"}, {"fee_exemptions_dv", "2016-08", "3500"},
        {"fee_exemption_pct", "2016-08", "33"}, {"children_per_case", "2016-03", "1.51"},
        {"children_benefiting", "2016-08", "281100"}, {"compliance_pct", "2016-08", "88"},
        {"compliance_pct", "2016-05", "88"}, {"cash_compliance_pct", "2016-08", "89"},
        {"direct_pay_pct", "2016-08", "70"}, {"arrears_gbp", "2016-08", "77500000"},
        {"case_groups_with_arrears", "2016-08", "93500"}, {"liability_cumulative_gbp", "2016-08", "594900000"},
        {"coc_received", "2016-07", "166200"}, {"coc_cleared_28d_pct", "2016-07", "81"},
        {"coc_received", "2016-04", "151800"}, {"coc_cleared_28d_pct", "2016-04", "88"},
        {"mr_received", "2016-08", "1520"}, {"mr_cleared", "2016-08", "1310"}, {"mr_cleared_20d_pct", "2016-08", "83"},
        {"appeals_received", "2016-08", "140"}, {"appeals_cleared", "2016-08", "70"},
        {"appeals_cleared_tribunal", "2016-08", "50"}, {"appeals_cleared_cms", "2016-08", "20"},
        {"complaints_received", "2016-08", "255"}, {"calls_answered_pct", "2016-08", "98"},
        {"calls_answered_30s_pct", "2016-08", "86"}, {"accuracy_pct", "2016-05", "95"},
        {"accuracy_pct", "2016-08", "100"},
    };

    private PublishedFigures() {
    }

    static long write(Writer out) throws IOException {
        out.write("measure,period,breakdown,value,edition\n");
        for (String[] figure : FIGURES) {
            out.write(figure[0] + "," + figure[1] + ",," + figure[2] + "," + EDITION + "\n");
        }
        return FIGURES.length;
    }
}
