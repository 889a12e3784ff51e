package cmsstats.workbench.ui;

import java.util.List;

/** The workbench's sections, in navigation order. */
enum Section {
    DATA("Data", "Extracts and versions", null, List.of()),
    TRENDS("Trends", "Charts of the measures", null, List.of()),
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
