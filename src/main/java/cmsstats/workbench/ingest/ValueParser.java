package cmsstats.workbench.ingest;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ColumnType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Reads one cell as its column's type, exactly as docs/EXTRACTS.md defines it. Surrounding spaces are
 * ignored; an empty cell is null, allowed only in optional columns. A bad value yields a {@link Rejection} whose
 * message says what was found and what was expected.
 */
final class ValueParser {
    private static final int MAX_ID_LENGTH = 40;
    private static final int SHOWN_VALUE_LENGTH = 40;

    /** A cell that does not fit its column. */
    static final class Rejection extends Exception {
        Rejection(String message) {
            super(message, null, false, false);
        }
    }

    private ValueParser() {
    }

    /** The cell's value: String, Long, BigDecimal, LocalDate, YearMonth, or null for an empty optional cell. */
    static Object parse(Column column, String cell) throws Rejection {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            if (column.optional()) {
                return null;
            }
            throw rejection("is empty", column);
        }
        return switch (column.type()) {
            case ID -> identifier(column, text);
            case DATE -> date(column, text);
            case MONTH -> month(column, text);
            case MONEY -> money(column, text);
            case INTEGER -> integer(column, text);
            case DECIMAL -> decimal(column, text);
            case POSITIVE_DECIMAL -> positiveDecimal(column, text);
            case CODE -> code(column, text);
            case TEXT -> text;
        };
    }

    private static String identifier(Column column, String text) throws Rejection {
        if (text.length() > MAX_ID_LENGTH) {
            throw rejection("is " + text.length() + " characters long", column);
        }
        return text;
    }

    private static LocalDate date(Column column, String text) throws Rejection {
        if (CellShapes.isDate(text)) {
            try {
                return LocalDate.of(CellShapes.digits(text, 0, 4), CellShapes.digits(text, 5, 7),
                        CellShapes.digits(text, 8, 10));
            } catch (DateTimeException e) {
                throw rejection(shown(text) + " is not a real date", column);
            }
        }
        throw rejection(shown(text) + " is not a date", column);
    }

    private static YearMonth month(Column column, String text) throws Rejection {
        if (CellShapes.isMonth(text)) {
            try {
                return YearMonth.of(CellShapes.digits(text, 0, 4), CellShapes.digits(text, 5, 7));
            } catch (DateTimeException e) {
                throw rejection(shown(text) + " is not a real month", column);
            }
        }
        throw rejection(shown(text) + " is not a month", column);
    }

    private static BigDecimal money(Column column, String text) throws Rejection {
        if (!CellShapes.isMoney(text)) {
            throw rejection(shown(text) + " is not an amount", column);
        }
        return new BigDecimal(text);
    }

    private static Long integer(Column column, String text) throws Rejection {
        if (!CellShapes.isInteger(text)) {
            throw rejection(shown(text) + " is not a whole number", column);
        }
        long value = Long.parseLong(text);
        if (value < column.min() || value > column.max()) {
            throw rejection(text + " is out of range", column);
        }
        return value;
    }

    private static BigDecimal decimal(Column column, String text) throws Rejection {
        if (!CellShapes.isDecimal(text)) {
            throw rejection(shown(text) + " is not a number", column);
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > ColumnType.DECIMAL_SCALE) {
            throw rejection(shown(text) + " has " + value.scale() + " digits after the point", column);
        }
        if (value.precision() - value.scale() > ColumnType.DECIMAL_INTEGER_DIGITS) {
            throw rejection(shown(text) + " is too large", column);
        }
        return value;
    }

    private static BigDecimal positiveDecimal(Column column, String text) throws Rejection {
        BigDecimal value = decimal(column, text);
        if (value.signum() <= 0) {
            throw rejection(text + " is not above 0", column);
        }
        return value;
    }

    private static String code(Column column, String text) throws Rejection {
        if (column.codes().contains(text)) {
            return text;
        }
        if (column.codes().contains(text.toUpperCase(Locale.ROOT))) {
            throw rejection(shown(text) + " is not upper case", column);
        }
        throw rejection(shown(text) + " is not a known code", column);
    }

    static Rejection rejection(String what, Column column) {
        return new Rejection(what + " (expected " + column.expectation() + ")");
    }

    /** A cell's text quoted for a message, cut short when long. */
    static String shown(String text) {
        String cut = text.length() > SHOWN_VALUE_LENGTH ? text.substring(0, SHOWN_VALUE_LENGTH) + "..." : text;
        return "'" + cut + "'";
    }
}
