package cmsstats.workbench.model;

import java.util.List;

/**
 * The outcome of importing one file: either a new version, or the problems that refused the file.
 *
 * @param file          the file's name
 * @param kind          the kind it was read as
 * @param version       the stored version, null when refused or cancelled
 * @param problems      the first problems in file order (at most {@link #SHOWN_PROBLEMS})
 * @param problemCount  how many problems there were in all
 * @param blankLines    blank lines passed over (reported, never silently)
 * @param cancelled     whether the user cancelled; nothing is stored then
 */
public record ImportResult(String file, ExtractKind kind, ExtractVersion version, List<ImportProblem> problems,
                           long problemCount, long blankLines, boolean cancelled) {

    /** How many problems are listed in full; the rest are counted. */
    public static final int SHOWN_PROBLEMS = 50;

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return version != null;
    }

    /** One line for a log or the command line. */
    public String summary() {
        if (cancelled) {
            return file + ": cancelled, nothing stored";
        }
        if (!accepted()) {
            return file + ": refused, " + problemCount + (problemCount == 1 ? " problem" : " problems")
                    + ", nothing stored";
        }
        String blanks = blankLines == 0 ? "" : " (" + blankLines + " blank lines passed over)";
        return file + ": imported " + version.rowCount() + " " + kind.id() + " rows as version " + version.id()
                + blanks;
    }

    /** The problems as a report: the first ones in full, then a count of the rest. */
    public List<String> problemReport() {
        List<String> lines = new java.util.ArrayList<>(problems.stream().map(ImportProblem::toString).toList());
        long more = problemCount - problems.size();
        if (more > 0) {
            lines.add("... and " + more + " more " + (more == 1 ? "problem" : "problems"));
        }
        return lines;
    }
}
