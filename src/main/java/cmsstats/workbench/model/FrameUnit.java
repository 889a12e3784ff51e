package cmsstats.workbench.model;

/**
 * One unit of a sampling frame: a case, its stratum (or null) and the value to estimate from it.
 *
 * @param caseId  the case
 * @param stratum the stratum value (e.g. DP or ENGLAND), or null without stratification
 * @param value   the value measured on the unit (qualifying children)
 */
public record FrameUnit(String caseId, String stratum, int value) {
}
