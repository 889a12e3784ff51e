package cmsstats.workbench.publish.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Which months a chart labels under its plot, for the screen and the file alike: every k-th month counting back
 * from the last, k the first of 1, 2, 3, 6, 12 or 24 months whose slots are wide enough for a label, so labels
 * stay level and apart and the newest month is always named.
 */
public final class MonthLabels {
    private static final int[] STEPS = {1, 2, 3, 6, 12, 24};

    private MonthLabels() {
    }

    /**
     * @param months the number of months on the axis
     * @param slot   the width of one month on the axis
     * @param widest the width a label needs, with the space between labels
     * @return the indices of the months to label, newest first
     */
    public static List<Integer> labelled(int months, double slot, double widest) {
        int every = STEPS[STEPS.length - 1];
        for (int step : STEPS) {
            if (step * slot >= widest) {
                every = step;
                break;
            }
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = months - 1; i >= 0; i -= every) {
            indices.add(i);
        }
        return indices;
    }
}
