package cmsstats.workbench.publish.release;

/**
 * The symbols the Analysis Function guidance ("Releasing statistics in spreadsheets", Symbols) puts in a cell
 * in place of a number, each explained above every table that uses it.
 */
public enum Shorthand {
    NOT_AVAILABLE("[x]", "not available"),
    NOT_APPLICABLE("[z]", "not applicable"),
    CONFIDENTIAL("[c]", "confidential: suppressed so that no one case can be identified"),
    LOW_RELIABILITY("[u]", "low reliability"),
    ESTIMATED("[e]", "estimated"),
    PROVISIONAL("[p]", "provisional"),
    REVISED("[r]", "revised since the previous edition"),
    BREAK("[b]", "break in series");

    private final String symbol;
    private final String meaning;

    Shorthand(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    /** The symbol a text is, if it is one. */
    public static java.util.Optional<Shorthand> of(String text) {
        return java.util.Arrays.stream(values()).filter(s -> s.symbol.equals(text)).findFirst();
    }
}
