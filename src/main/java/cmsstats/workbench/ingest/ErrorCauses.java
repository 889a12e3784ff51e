package cmsstats.workbench.ingest;

import cmsstats.workbench.model.ErrorCause;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The worksheet's error_cause rule: a cause from {@link ErrorCause} on every inaccurate row, none on an accurate
 * one, when the worksheet has the column. Problems name the line and the column; they never repeat the
 * checker's notes.
 */
final class ErrorCauses {
    static final String COLUMN = "error_cause";

    private ErrorCauses() {
    }

    /**
     * The row's cause, or null (accurate, no column, or a problem recorded).
     *
     * @param present    whether the worksheet has the column
     * @param accurate   whether the accuracy rule finds the row accurate
     * @param difference calculated - correct, for the message
     */
    static ErrorCause check(ProblemCollector problems, long line, String cell, boolean present, boolean accurate,
                            BigDecimal difference) {
        if (!present) {
            return null;
        }
        String text = cell == null ? "" : cell.strip();
        if (accurate) {
            if (!text.isEmpty()) {
                problems.add(line, COLUMN, "is '" + text + "' but the assessment is accurate (difference "
                        + difference.toPlainString() + " within the tolerance of max(GBP 1.00, 2% of correct)); "
                        + "expected empty: a cause is given only for an inaccurate assessment");
            }
            return null;
        }
        if (text.isEmpty()) {
            problems.add(line, COLUMN, "is empty but the assessment is inaccurate (difference "
                    + difference.toPlainString() + " beyond the tolerance of max(GBP 1.00, 2% of correct)); expected "
                    + "one of " + String.join(", ", ErrorCause.codes()));
            return null;
        }
        Optional<ErrorCause> cause = ErrorCause.ofCode(text);
        if (cause.isEmpty()) {
            problems.add(line, COLUMN, "'" + text + "' is not a cause (expected one of "
                    + String.join(", ", ErrorCause.codes()) + ")");
            return null;
        }
        return cause.get();
    }
}
