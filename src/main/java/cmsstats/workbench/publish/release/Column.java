package cmsstats.workbench.publish.release;

/**
 * A column of a release table: its header (with the unit, as the guidance asks) and whether it holds numbers,
 * text, or revision markers beside a number.
 */
public record Column(String header, Kind kind) {
    /** What a column holds. */
    public enum Kind { TEXT, NUMBER, MARKER }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column number(String header) {
        return new Column(header, Kind.NUMBER);
    }

    public static Column marker(String header) {
        return new Column(header, Kind.MARKER);
    }
}
