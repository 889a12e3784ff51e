package cmsstats.workbench.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The facts of the frame a sample was drawn from that its estimates need, stored with the sample.
 *
 * @param design     SRS, STRATIFIED or MUS
 * @param frameTotal the frame's total weekly amount (GBP)
 * @param strata     each stratum's population and total weekly amount (one, "all", when not stratified)
 * @param interval   MUS: the sampling interval (GBP of weekly amount), else null
 * @param start      MUS: the random start, else null
 * @param zeroAwards MUS: the frame's assessments with a weekly amount of 0 (never selectable), else 0
 * @param certain    MUS: the assessments taken with certainty (weekly amount at least the interval)
 */
public record AccuracyDesign(String design, BigDecimal frameTotal, List<Stratum> strata, BigDecimal interval,
                             BigDecimal start, long zeroAwards, Set<String> certain) {
    public static final String SRS = "SRS";
    public static final String STRATIFIED = "STRATIFIED";
    public static final String MUS = "MUS";
    /** The one stratum of a design that is not stratified. */
    public static final String ALL = "all";

    public AccuracyDesign {
        strata = List.copyOf(strata);
        certain = Set.copyOf(certain);
    }

    /** One stratum of the frame at the draw. */
    public record Stratum(String name, long population, BigDecimal total) {
    }

    public boolean mus() {
        return MUS.equals(design);
    }
}
