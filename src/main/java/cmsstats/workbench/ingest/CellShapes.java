package cmsstats.workbench.ingest;

/**
 * The written shapes a cell must have before it is read as a number or a date (docs/EXTRACTS.md), checked
 * character by character. Each check accepts exactly the strings its regular expression in the Javadoc matches
 * (digits are ASCII 0-9 only). They are written out by hand, and dates read from their digits, because the import
 * checks tens of millions of cells: with a {@code Matcher} per cell and {@code LocalDate.parse}, converting the
 * 3.6 million case_months rows of the full-scale sample took 2.7 s of the reading thread, and 0.8 s so. CellShapesTest
 * holds each check equal to its expression and the dates equal to the ISO parser's.
 */
final class CellShapes {
    private static final int MONEY_WHOLE_DIGITS = 13;
    private static final int MONEY_FRACTION_DIGITS = 2;
    private static final int INTEGER_DIGITS = 18;

    private CellShapes() {
    }

    /** {@code \d{4}-\d{2}-\d{2}}. */
    static boolean isDate(String text) {
        return text.length() == 10 && isMonthPrefix(text) && text.charAt(7) == '-' && isDigits(text, 8, 10);
    }

    /** {@code \d{4}-\d{2}}. */
    static boolean isMonth(String text) {
        return text.length() == 7 && isMonthPrefix(text);
    }

    /** {@code \d{1,13}(\.\d{1,2})?}. */
    static boolean isMoney(String text) {
        int point = text.indexOf('.');
        int whole = point < 0 ? text.length() : point;
        if (whole < 1 || whole > MONEY_WHOLE_DIGITS || !isDigits(text, 0, whole)) {
            return false;
        }
        int fraction = point < 0 ? 0 : text.length() - point - 1;
        return point < 0 || fraction >= 1 && fraction <= MONEY_FRACTION_DIGITS && isDigits(text, point + 1,
                text.length());
    }

    /** {@code -?\d{1,18}}. */
    static boolean isInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        return digits >= 1 && digits <= INTEGER_DIGITS && isDigits(text, start, text.length());
    }

    /** {@code -?\d+(\.\d+)?}. */
    static boolean isDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        int whole = point < 0 ? text.length() : point;
        return whole > start && isDigits(text, start, whole)
                && (point < 0 || point + 1 < text.length() && isDigits(text, point + 1, text.length()));
    }

    /** The number the ASCII digits from {@code from} (inclusive) to {@code to} (exclusive) write. */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** {@code \d{4}-\d{2}} at the start of the text, which is at least 7 characters long. */
    private static boolean isMonthPrefix(String text) {
        return isDigits(text, 0, 4) && text.charAt(4) == '-' && isDigits(text, 5, 7);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
