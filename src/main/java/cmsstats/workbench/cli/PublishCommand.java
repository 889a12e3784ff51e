package cmsstats.workbench.cli;

import cmsstats.workbench.publish.release.ReleaseChecker;
import cmsstats.workbench.publish.release.ReleaseOptions;
import cmsstats.workbench.publish.release.ReleaseWriter;
import cmsstats.workbench.publish.release.WorkbookView;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code publish}: writes the release (workbooks, CSV, charts, manifest) for a month, checked against the
 * publication rules; or with {@code --check FILE}, lints any XLSX or ODS workbook against them.
 */
@Command(name = "publish", description = "Write the release for a month (XLSX, ODS, CSV per table, charts, "
        + "manifest.json), or check a workbook against the publication rules with --check.")
final class PublishCommand implements Callable<Integer> {
    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--check", paramLabel = "FILE", description = "Check an XLSX or ODS workbook; list each breach.")
    private Path check;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "The release month (the tables' last row).")
    private String period;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "The tables' first month (default: "
            + ReleaseOptions.DEFAULT_MONTHS + " months up to --period).")
    private String from;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder the release's files are written into "
            + "(created if need be; files already there are kept, and a warning names them).")
    private Path out;

    @Option(names = "--formats", defaultValue = ReleaseWriter.ALL_FORMATS, paramLabel = "LIST", description = "Some of "
            + ReleaseWriter.ALL_FORMATS + " (default: ${DEFAULT-VALUE}).")
    private String formats;

    @Option(names = "--tables", paramLabel = "ID,...", description = "Tables to include (default: all).")
    private String tables;

    @Option(names = "--unrounded", paramLabel = "ID,...", description = "Tables to publish without rounding (their "
            + "measures are then unrounded in every table, so a figure is shown one way).")
    private String unrounded;

    @Option(names = "--threshold", defaultValue = ReleaseOptions.DEFAULT_THRESHOLD_TEXT, paramLabel = "N",
            description = "Suppress counts from 1 to "
            + "N-1 in breakdown tables (default: ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--release-date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: the "
            + "first of the second month after --period); the next release is three months on.")
    private String releaseDate;

    @Option(names = "--status", paramLabel = "TEXT", defaultValue = ReleaseOptions.DEFAULT_STATUS, description =
            "Status on the cover: one of 'Accredited official statistics', 'Official statistics', 'Official "
                    + "statistics in development' (default: ${DEFAULT-VALUE}).")
    private String status;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = parent.err();
        if (check != null) {
            return check(err);
        }
        if (period == null || out == null) {
            return fail("give --period and --out to write a release, or --check FILE to check a workbook");
        }
        ReleaseOptions options;
        Set<String> chosenFormats = new LinkedHashSet<>(list(formats));
        try {
            options = ReleaseOptions.of(YearMonth.parse(period), from == null ? null : YearMonth.parse(from),
                    list(tables), Set.copyOf(list(unrounded)), threshold,
                    releaseDate == null ? null : LocalDate.parse(releaseDate), status);
        } catch (DateTimeParseException e) {
            return fail("'" + e.getParsedString() + "' is not a month YYYY-MM or a date YYYY-MM-DD");
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        try (Store store = parent.openStore()) {
            if (store.extracts().list().isEmpty()) {
                return fail("the store holds no extracts: import them first (see 'import --help')");
            }
            List<String> present = ReleaseWriter.othersIn(out);
            ReleaseWriter.Written written;
            try {
                written = new ReleaseWriter(store).write(options, chosenFormats, out, TaskContext.silent());
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            } catch (ReleaseWriter.RefusedException e) {
                err.println("cms-workbench: " + e.getMessage());
                e.breaches().forEach(b -> err.println("  " + b));
                err.flush();
                return WorkbenchCommand.FAILED;
            }
            written.warnings().forEach(w -> err.println("warning: " + w));
            List<String> others = present.stream().filter(name -> !written.files().contains(name)).toList();
            if (!others.isEmpty()) {
                err.println("warning: " + out + " already held " + others.size() + " other file(s), kept beside the "
                        + "release (manifest.json lists the release's own): " + ReleaseWriter.sample(others));
            }
            err.flush();
            parent.out().printf("release for %s written to %s: %d files, checked against the publication rules; "
                    + "manifest.json lists them with their SHA-256%n", options.period(), out, written.files().size());
            parent.out().flush();
        }
        return 0;
    }

    private int check(PrintWriter err) throws IOException {
        if (!Files.isRegularFile(check)) {
            return fail(check + ": no such file");
        }
        List<WorkbookView.Breach> breaches;
        try {
            breaches = ReleaseChecker.check(check);
        } catch (IOException | RuntimeException e) {
            return fail(check.getFileName() + ": cannot be read as a workbook (" + e.getMessage() + ")");
        }
        if (breaches.isEmpty()) {
            parent.out().println(check.getFileName() + ": no breaches of the publication rules");
            parent.out().flush();
            return 0;
        }
        err.println(check.getFileName() + ": " + breaches.size() + " breach" + (breaches.size() == 1 ? "" : "es"));
        breaches.forEach(b -> err.println("  " + b));
        err.flush();
        return WorkbenchCommand.FAILED;
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private int fail(String message) {
        parent.err().println("cms-workbench: " + message);
        parent.err().flush();
        return WorkbenchCommand.FAILED;
    }
}
