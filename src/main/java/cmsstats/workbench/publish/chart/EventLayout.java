package cmsstats.workbench.publish.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Where the scheme's events go on a chart, for the screen and the exported file alike: a dashed rule at the start
 * of the event's month and its label beside it, to the right of the rule unless that would run past the plot,
 * at the top of the plot, moved down below any label it would cover until it covers none.
 */
public final class EventLayout {
    /** Space kept between a rule and its label, and between two labels side by side, in pixels. */
    static final double GAP = 3;

    /** One event placed: the rule's x and the label's top-left corner and width. */
    public record Placed(Timeline.Event event, double ruleX, double labelX, double labelY, double labelWidth) {
    }

    private EventLayout() {
    }

    /**
     * Places the events of the months shown.
     *
     * @param months     the months shown, oldest first
     * @param ruleX      the x of the rule for a month (the start of its slot)
     * @param labelWidth the width of a label's text
     * @param lineHeight the height of a label
     * @param right      the plot's right edge
     * @param top        the plot's top edge (the first row of labels sits just below it)
     */
    public static List<Placed> place(List<YearMonth> months, ToDoubleFunction<YearMonth> ruleX,
                                     ToDoubleFunction<String> labelWidth, double lineHeight, double right,
                                     double top) {
        List<Placed> placed = new ArrayList<>();
        if (months.isEmpty()) {
            return placed;
        }
        for (Timeline.Event event : Timeline.within(months.get(0), months.get(months.size() - 1))) {
            double x = ruleX.applyAsDouble(event.month());
            double width = labelWidth.applyAsDouble(event.label());
            double labelX = x + GAP + width > right ? x - GAP - width : x + GAP;
            double labelY = top + GAP;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Placed other : placed) {
                    boolean sideBySide = labelX < other.labelX() + other.labelWidth() + GAP
                            && other.labelX() < labelX + width + GAP;
                    if (sideBySide && Math.abs(labelY - other.labelY()) < lineHeight) {
                        labelY = other.labelY() + lineHeight;
                        moved = true;
                    }
                }
            }
            placed.add(new Placed(event, x, labelX, labelY, width));
        }
        return placed;
    }
}
