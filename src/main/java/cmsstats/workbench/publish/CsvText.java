package cmsstats.workbench.publish;

/**
 * Text for a CSV cell that a spreadsheet will never run as a formula (OWASP, "CSV Injection"): a value starting
 * with =, +, -, @, tab or carriage return is prefixed with a single quote; a value with a comma, quote or line
 * break is quoted.
 */
public final class CsvText {
    private CsvText() {
    }

    public static String safe(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
