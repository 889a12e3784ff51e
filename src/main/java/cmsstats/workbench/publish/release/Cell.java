package cmsstats.workbench.publish.release;

import java.math.BigDecimal;

/**
 * One cell of a release table: a number (with the decimals it is shown to), a text, a shorthand symbol in place
 * of a number, or a link to another sheet.
 */
public record Cell(Kind kind, BigDecimal number, int decimals, String text, Shorthand symbol, String linkSheet) {
    /** What a cell holds. */
    public enum Kind { NUMBER, TEXT, SYMBOL, LINK, EMPTY }

    public static Cell number(BigDecimal value, int decimals) {
        return value == null ? symbol(Shorthand.NOT_AVAILABLE) : new Cell(Kind.NUMBER, value, decimals, null, null,
                null);
    }

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, null, 0, text, null, null);
    }

    public static Cell symbol(Shorthand symbol) {
        return new Cell(Kind.SYMBOL, null, 0, symbol.symbol(), symbol, null);
    }

    public static Cell link(String text, String sheet) {
        return new Cell(Kind.LINK, null, 0, text, null, sheet);
    }

    /** An empty marker cell (nothing to flag). */
    public static Cell empty() {
        return new Cell(Kind.EMPTY, null, 0, null, null, null);
    }

    /** The cell as CSV shows it. */
    public String plain() {
        return switch (kind) {
            case NUMBER -> number.toPlainString();
            case EMPTY -> "";
            default -> text;
        };
    }
}
