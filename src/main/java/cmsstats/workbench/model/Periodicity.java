package cmsstats.workbench.model;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a table's rows group months: single months, quarters of the financial year (April to June, July to
 * September, October to December, January to March) or financial years (April to March). A period is named by
 * its last month.
 */
public enum Periodicity {
    MONTH("month", 1),
    QUARTER("quarter", 3),
    YEAR("year", 12);

    private final String id;
    private final int months;

    Periodicity(String id, int months) {
        this.id = id;
        this.months = months;
    }

    public String id() {
        return id;
    }

    /** How many months a period has. */
    public int months() {
        return months;
    }

    /** The last month of the period a month falls in: March, June, September or December for quarters. */
    public YearMonth end(YearMonth month) {
        // months counted from April: April is 0, so a period ends where (index + 1) is a multiple of its length
        int fromApril = Math.floorMod(month.getMonthValue() - 4, 12);
        return month.plusMonths(months - 1 - fromApril % months);
    }

    /** The first month of the period that ends in {@code end}. */
    public YearMonth start(YearMonth end) {
        return end.minusMonths(months - 1);
    }

    /** The period as a row label: "Aug 2016", "Apr to Jun 2016", "2016-17" (April 2016 to March 2017). */
    public String label(YearMonth end) {
        return switch (this) {
            case MONTH -> Periods.month(end);
            case QUARTER -> Periods.quarterEnding(end);
            case YEAR -> start(end).getYear() + "-" + String.format(Locale.ROOT, "%02d", end.getYear() % 100);
        };
    }

    public static Optional<Periodicity> fromId(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }
}
