package cmsstats.workbench.ui;

import java.util.List;

/** The workbench's sections, in navigation order. */
enum Section {
    DATA("Data", "Extracts and versions", null, List.of()),
    TRENDS("Trends", "Charts of the measures",
            "Interactive charts of every published CMS measure, as the release would draw them.",
            List.of("Intake, caseload, fee exemptions, service type, compliance, arrears and liability, changes of "
                            + "circumstances, reconsiderations, appeals, complaints, telephony, accuracy and "
                            + "satisfaction",
                    "Exact tooltips, a period range slider, zoom, breakdowns, and the scheme's events as markers",
                    "As published beside as computed, to see revisions",
                    "Export as SVG and PNG in the Analysis Function style")),
    SAMPLING("Sampling", "Estimates and QA samples", null, List.of()),
    PUBLISH("Publish", "Release tables and charts",
            "Publication-ready release, reproducible from the same extracts.",
            List.of("Accessible spreadsheet tables (ODS and XLSX) following the Analysis Function guidance",
                    "Rounding and small-count suppression as the release does",
                    "Charts as SVG and PNG, and a manifest of every file with its checksum"));

    final String title;
    final String caption;
    final String purpose;
    final List<String> planned;

    Section(String title, String caption, String purpose, List<String> planned) {
        this.title = title;
        this.caption = caption;
        this.purpose = purpose;
        this.planned = planned;
    }
}
