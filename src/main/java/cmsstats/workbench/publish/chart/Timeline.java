package cmsstats.workbench.publish.chart;

import java.time.YearMonth;
import java.util.List;

/** The scheme's events, for chart markers (docs/MEASURES.md, "Timeline"), and the pathfinder phase. */
public final class Timeline {
    /** An event in the month it happened. */
    public record Event(YearMonth month, String label) {
    }

    /** Data before this month are not representative (pathfinder phase; docs/MEASURES.md, "Conventions"). */
    public static final YearMonth REPRESENTATIVE_FROM = YearMonth.of(2013, 12);
    /** What the shading of those months means, in a chart's notes and wherever the shading is shown. */
    public static final String PATHFINDER_NOTE = "Note: figures before " + REPRESENTATIVE_FROM.format(
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)) + " (shaded) come from "
            + "the pathfinder phase and are not representative.";

    private static final List<Event> EVENTS = List.of(
            new Event(YearMonth.of(2012, 12), "Scheme opens (pathfinder: 4+ children)"),
            new Event(YearMonth.of(2013, 7), "Extended to 2+ children"),
            new Event(YearMonth.of(2013, 11), "Open to all applicants"),
            new Event(YearMonth.of(2014, 1), "Telephony dip: calls misrouted"),
            new Event(YearMonth.of(2014, 6), "GBP 20 fee; CSA case closure begins"),
            new Event(YearMonth.of(2014, 8), "Collection charges"),
            new Event(YearMonth.of(2015, 5), "Telephony routing change"),
            new Event(YearMonth.of(2015, 12), "Arrears-only applications rise"),
            new Event(YearMonth.of(2018, 12), "CSA case closure ends"),
            new Event(YearMonth.of(2020, 3), "COVID-19 operating model"));

    private Timeline() {
    }

    public static List<Event> events() {
        return EVENTS;
    }

    /** The events within a span. */
    public static List<Event> within(YearMonth from, YearMonth to) {
        return EVENTS.stream().filter(e -> !e.month().isBefore(from) && !e.month().isAfter(to)).toList();
    }
}
