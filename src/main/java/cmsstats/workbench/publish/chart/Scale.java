package cmsstats.workbench.publish.chart;

/**
 * A value axis from zero to a round maximum with round steps (1, 2 or 5 times a power of ten), about five
 * gridlines, as the guidance's "axes start at zero" and "major gridlines only" ask.
 */
public record Scale(double max, double step) {

    public static Scale fromZero(double dataMax, boolean percent) {
        double top = dataMax <= 0 || Double.isNaN(dataMax) ? 1 : dataMax;
        double rough = top / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            step = factor * power;
            if (step >= rough) {
                break;
            }
        }
        double max = Math.ceil(top / step - 1e-9) * step;
        if (percent && max > 100 && dataMax <= 100) {
            max = 100;
        }
        return new Scale(max, step);
    }

    public int ticks() {
        return (int) Math.round(max / step);
    }
}
