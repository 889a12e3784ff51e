package cmsstats.workbench.ui;

import cmsstats.workbench.model.WorkbenchVersion;
import java.nio.file.Path;

/**
 * What Help, About says: the version, the store open, where the log is, and the licences of the libraries
 * shipped in the program.
 */
final class AboutText {
    /** The libraries in the shipped jar and their licences, as their projects publish them. */
    static final String LICENCES = String.join("\n",
            "OpenJFX (GPL 2.0 with the Classpath Exception)",
            "AtlantaFX (MIT), ControlsFX (BSD 3-Clause)",
            "H2 Database (MPL 2.0 or EPL 1.0), DuckDB and its JDBC driver (MIT), Flyway (Apache 2.0)",
            "Apache POI, Apache Commons Math, Apache Commons IO, Apache Batik (Apache 2.0)",
            "FastCSV (MIT), picocli (Apache 2.0), Jackson (Apache 2.0), SLF4J (MIT), Logback (EPL 1.0 or LGPL "
                    + "2.1), Log4j API (Apache 2.0)",
            "OpenPDF fonts extra (LGPL 2.1 or MPL 2.0), with the Liberation fonts (SIL Open Font Licence 1.1)");

    private AboutText() {
    }

    static String of(Path store) {
        return "CMS Statistics Workbench " + WorkbenchVersion.get() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n\n"
                + "Store: " + (store == null ? "none open" : store.toAbsolutePath()) + "\n"
                + "Log: " + cmsstats.workbench.store.StoreLocation.logDirectory().resolve("workbench.log")
                + " (actions, timings and failures; never "
                + "extract rows)\n\n"
                + "Built with:\n" + LICENCES;
    }
}
