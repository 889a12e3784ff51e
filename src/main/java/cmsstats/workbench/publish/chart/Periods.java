package cmsstats.workbench.publish.chart;

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

    public static String span(YearMonth from, YearMonth to) {
        return from.equals(to) ? month(from) : month(from) + " to " + month(to);
    }
}
