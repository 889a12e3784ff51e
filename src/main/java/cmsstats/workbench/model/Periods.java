package cmsstats.workbench.model;

import java.time.YearMonth;

/** Months as charts and tables write them: "Aug 2016"; spans as "Dec 2013 to Aug 2016". */
public final class Periods {
    // spelled out rather than taken from the locale: some JDKs abbreviate September as "Sept"
    private static final String[] NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Periods() {
    }

    public static String month(YearMonth month) {
        return NAMES[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /** The quarter ending in a month: "Jun to Aug 2016", or "Nov 2015 to Jan 2016" across a year. */
    public static String quarterEnding(YearMonth end) {
        YearMonth start = end.minusMonths(2);
        String first = NAMES[start.getMonthValue() - 1] + (start.getYear() == end.getYear() ? "" : " "
                + start.getYear());
        return first + " to " + month(end);
    }

    public static String span(YearMonth from, YearMonth to) {
        return from.equals(to) ? month(from) : month(from) + " to " + month(to);
    }
}
