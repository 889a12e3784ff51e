package cmsstats.workbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written shape checks accept exactly what the contract's regular expressions accept, and dates and months
 * read exactly as {@code LocalDate.parse} and {@code YearMonth.parse} read them.
 */
class CellShapesTest {
    private static final String ALPHABET = "0123456789-.-.5a \u0663";
    private static final int CASES = 400_000;

    @Test
    void eachCheckAgreesWithItsRegularExpressionOnRandomAndEdgeStrings() {
        agrees("\\d{4}-\\d{2}-\\d{2}", CellShapes::isDate, "2016-08-31", "2016-8-31", "20160831", "2016-08-3a",
                "2016-08-31 ", "\u0663016-08-31");
        agrees("\\d{4}-\\d{2}", CellShapes::isMonth, "2016-08", "2016-8", "201608", "2016-08-01");
        agrees("\\d{1,13}(\\.\\d{1,2})?", CellShapes::isMoney, "0", "0.5", "12.34", "12.345", "1.", ".5",
                "1234567890123", "12345678901234", "1234567890123.99", "-1", "1.2.3");
        agrees("-?\\d{1,18}", CellShapes::isInteger, "-", "-0", "123456789012345678", "1234567890123456789",
                "--1", "1-");
        agrees("-?\\d+(\\.\\d+)?", CellShapes::isDecimal, "-.5", "5.", "-5.25", "0.000001", "1.2.3", "-");
    }

    @Test
    void datesAndMonthsReadAsTheIsoParserReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            String date = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33));
            assertEquals(isoDate(date), handDate(date), date);
            String month = date.substring(0, 7);
            assertEquals(isoMonth(month), handMonth(month), month);
        }
        assertEquals(LocalDate.of(2016, 2, 29), handDate("2016-02-29"));
        assertEquals("invalid", handDate("2015-02-29"));
        assertEquals(YearMonth.of(2016, 12), handMonth("2016-12"));
        assertEquals("invalid", handMonth("2016-00"));
    }

    @Test
    void digitsReadTheNumberTheyWrite() {
        assertEquals(2016, CellShapes.digits("2016-08", 0, 4));
        assertEquals(8, CellShapes.digits("2016-08", 5, 7));
        assertTrue(CellShapes.isDate("0000-01-01"));
        assertFalse(CellShapes.isDate(""));
    }

    private static void agrees(String expression, Predicate<String> check, String... edges) {
        Pattern pattern = Pattern.compile(expression);
        for (String edge : edges) {
            assertEquals(pattern.matcher(edge).matches(), check.test(edge), expression + " on '" + edge + "'");
        }
        Random random = new Random(expression.hashCode());
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            String text = randomText(random);
            boolean expected = pattern.matcher(text).matches();
            assertEquals(expected, check.test(text), expression + " on '" + text + "'");
            accepted += expected ? 1 : 0;
        }
        // the random strings must reach both answers, or the comparison proves nothing
        assertTrue(accepted > 100, expression + " accepted only " + accepted + " random strings");
    }

    /** Mostly digits with separators, shaped near the contract's forms so that many are accepted. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(21);
        for (int i = 0; i < length; i++) {
            boolean digit = random.nextInt(4) != 0;
            text.append(digit ? (char) ('0' + random.nextInt(10)) : ALPHABET.charAt(random.nextInt(ALPHABET
                    .length())));
        }
        if (random.nextBoolean() && text.length() >= 10) {
            text.setCharAt(4, '-');
            text.setCharAt(7, '-');
            text.setLength(random.nextBoolean() ? 10 : 7);
        }
        return text.toString();
    }

    private static Object isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return "invalid";
        }
    }

    private static Object isoMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            return "invalid";
        }
    }

    private static Object handDate(String text) {
        return parsed(ExtractKind.CASES.column("application_date"), text);
    }

    private static Object handMonth(String text) {
        return parsed(ExtractKind.CASE_MONTHS.column("month"), text);
    }

    /** What the importer reads: the value, or "invalid" for a real-looking date that does not exist. */
    private static Object parsed(Column column, String text) {
        try {
            return ValueParser.parse(column, text);
        } catch (ValueParser.Rejection e) {
            return e.getMessage().contains("is not a real") ? "invalid" : "refused: " + e.getMessage();
        }
    }
}
