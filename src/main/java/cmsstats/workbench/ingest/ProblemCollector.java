package cmsstats.workbench.ingest;

import cmsstats.workbench.model.ImportProblem;
import cmsstats.workbench.model.ImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Gathers a file's problems: keeps the first {@link ImportResult#SHOWN_PROBLEMS} in file order (problems found
 * late, such as repeated keys and missing cases, slot in by line) and counts them all.
 */
final class ProblemCollector {
    private final String file;
    private final TreeSet<ImportProblem> first = new TreeSet<>(ImportProblem.IN_FILE_ORDER
            .thenComparing(ImportProblem::message));
    private long count;

    ProblemCollector(String file) {
        this.file = file;
    }

    void add(long line, String column, String message) {
        count++;
        first.add(new ImportProblem(file, line, column, message));
        if (first.size() > ImportResult.SHOWN_PROBLEMS) {
            first.pollLast();
        }
    }

    /** Counts problems found beyond those listed (for example by a set-based check with a limit). */
    void countMore(long more) {
        count += more;
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    List<ImportProblem> first() {
        return new ArrayList<>(first);
    }
}
