package cmsstats.workbench.sampling;

/**
 * A confidence interval. Unlike Commons Math's {@code ConfidenceInterval} it allows zero width and the bounds 0 and
 * 1, which exact binomial intervals reach at 0 of n and n of n.
 *
 * @param lower the lower bound
 * @param upper the upper bound, at least the lower one
 * @param level the confidence level, e.g. 0.95
 */
public record Interval(double lower, double upper, double level) {
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: " + lower + " to " + upper);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the level must be between 0 and 1, not " + level);
        }
    }

    public Interval scaled(double factor) {
        return new Interval(lower * factor, upper * factor, level);
    }
}
