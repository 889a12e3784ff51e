package cmsstats.workbench.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses a date option: YYYY-MM-DD, or YYYY-MM for the month's first (start) or last (end) day. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(CommandLine.Model.CommandSpec spec, String option, String text, boolean end) {
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + text
                    + "' is not a date (expected YYYY-MM-DD, or YYYY-MM for a whole month)");
        }
    }
}
