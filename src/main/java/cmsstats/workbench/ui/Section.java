package cmsstats.workbench.ui;

/** The workbench's sections, in navigation order. */
enum Section {
    DATA("Data", "Extracts and versions"),
    TRENDS("Trends", "Charts of the measures"),
    EXPLORE("Explore", "Tables you build"),
    SAMPLING("Sampling", "Estimates and QA samples"),
    PUBLISH("Publish", "Release tables and charts");

    final String title;
    final String caption;

    Section(String title, String caption) {
        this.title = title;
        this.caption = caption;
    }
}
