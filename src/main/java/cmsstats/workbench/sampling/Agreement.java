package cmsstats.workbench.sampling;

import java.util.List;

/**
 * Agreement of two checkers on the accurate / inaccurate decision for the same assessments, from the 2x2 table
 * <pre>
 *                     second accurate   second inaccurate
 *   first accurate           a                  b
 *   first inaccurate         c                  d              n = a + b + c + d
 *
 *   p_o = (a + d) / n,   p_e = ((a + b)(a + c) + (c + d)(b + d)) / n^2
 *   kappa = (p_o - p_e) / (1 - p_e)                                     (Cohen 1960)
 *   SE(kappa) = sqrt(p_o (1 - p_o) / (n (1 - p_e)^2))                    (Cohen 1960, eq. 9, large sample)
 *   CI = kappa -/+ z(1 - alpha/2) SE, clipped to [-1, 1]
 * </pre>
 * Cohen, J. (1960) "A coefficient of agreement for nominal scales", Educational and Psychological Measurement
 * 20:37-46. Kappa is undefined when p_e = 1 (both checkers gave one answer to everything): then it is null and
 * only the percentage agreeing is given.
 *
 * @param a     both accurate
 * @param b     first accurate, second inaccurate
 * @param c     first inaccurate, second accurate
 * @param d     both inaccurate
 * @param kappa Cohen's kappa, or null
 * @param se    its standard error, or null
 * @param interval its interval, or null
 */
public record Agreement(int a, int b, int c, int d, Double kappa, Double se, Interval interval) {

    public int n() {
        return a + b + c + d;
    }

    public int agreed() {
        return a + d;
    }

    public double percent() {
        return 100.0 * agreed() / n();
    }

    /** The table of decisions (first[i], second[i]: accurate) at a two-sided level. */
    public static Agreement of(List<Boolean> first, List<Boolean> second, double level) {
        if (first.size() != second.size() || first.isEmpty()) {
            throw new IllegalArgumentException("need the same assessments, at least one, decided by both checkers");
        }
        int a = 0;
        int b = 0;
        int c = 0;
        int d = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i)) {
                if (second.get(i)) {
                    a++;
                } else {
                    b++;
                }
            } else if (second.get(i)) {
                c++;
            } else {
                d++;
            }
        }
        return of(a, b, c, d, level);
    }

    /** The statistics of a 2x2 table. */
    public static Agreement of(int a, int b, int c, int d, double level) {
        double n = a + b + c + d;
        double po = (a + d) / n;
        double pe = ((double) (a + b) * (a + c) + (double) (c + d) * (b + d)) / (n * n);
        if (pe >= 1) {
            return new Agreement(a, b, c, d, null, null, null);
        }
        double kappa = (po - pe) / (1 - pe);
        double se = Math.sqrt(po * (1 - po) / (n * (1 - pe) * (1 - pe)));
        double z = BinomialIntervals.z(level);
        return new Agreement(a, b, c, d, kappa, se, new Interval(Math.max(-1, kappa - z * se),
                Math.min(1, kappa + z * se), level));
    }
}
