package cmsstats.workbench.cli;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a {@code YYYY-MM} option; anything else is a usage error (exit 2) that says what is expected. */
final class Months {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private Months() {
    }

    static YearMonth parse(CommandLine.Model.CommandSpec spec, String option, String text) {
        try {
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeException e) {
            // a month such as 2016-13: reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "bad month for " + option + ": '" + text
                + "' (expected YYYY-MM, e.g. 2016-08)");
    }
}
