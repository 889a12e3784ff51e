package cmsstats.workbench.publish.chart;

import cmsstats.workbench.model.MeasureUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as charts show them: thousands separators; money in GBP million; exact figures for tooltips. */
public final class ValueFormat {
    private ValueFormat() {
    }

    /** An axis label for a tick value already in display units. */
    public static String tick(double value, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return pattern(decimals).format(value);
    }

    /** A figure in full, for a tooltip or the table: counts whole, percentages to 2 decimals, GBP million to 3. */
    public static String exact(BigDecimal value, MeasureUnit unit) {
        if (value == null) {
            return "no value";
        }
        return switch (unit) {
            case COUNT -> pattern(value.stripTrailingZeros().scale() > 0 ? 2 : 0).format(value);
            case PERCENT -> pattern(2).format(value.setScale(2, RoundingMode.HALF_UP)) + "%";
            case GBP -> "GBP " + pattern(3).format(value.movePointLeft(6).setScale(3, RoundingMode.HALF_UP))
                    + " million";
        };
    }

    /** A table cell: the figure in display units (GBP million for money) with separators, the unit in the header. */
    public static String cell(BigDecimal value, MeasureUnit unit) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case COUNT -> pattern(value.stripTrailingZeros().scale() > 0 ? 2 : 0).format(value);
            case PERCENT -> pattern(2).format(value.setScale(2, RoundingMode.HALF_UP));
            case GBP -> pattern(3).format(value.movePointLeft(6).setScale(3, RoundingMode.HALF_UP));
        };
    }

    /** A figure in display units (GBP million for money) as a plain number for CSV and the table. */
    public static BigDecimal display(BigDecimal value, MeasureUnit unit) {
        return value == null ? null : unit == MeasureUnit.GBP ? value.movePointLeft(6) : value;
    }

    private static DecimalFormat pattern(int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
