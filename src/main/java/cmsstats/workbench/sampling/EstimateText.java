package cmsstats.workbench.sampling;

import java.util.Locale;

/** How the estimates' figures are written wherever they are stated (screen, command line). */
public final class EstimateText {
    private EstimateText() {
    }

    /** Degrees of freedom: whole for a simple sample ("1099"), one decimal for Satterthwaite's ("41.3"). */
    public static String degreesOfFreedom(double df) {
        return df == Math.rint(df) ? String.valueOf((long) df) : String.format(Locale.UK, "%.1f", df);
    }
}
