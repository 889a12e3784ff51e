package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.PeriodType;
import java.util.List;

/**
 * A published CMS measure: its id as in the measure catalogue (docs/MEASURES.md), what it means, how it
 * is computed and where the definition comes from.
 *
 * @param id         catalogue id, e.g. {@code caseload_total}
 * @param title      a title for tables and charts, with the subject and what is counted
 * @param unit       count, GBP or percentage (0-100)
 * @param period     what a period means for it
 * @param rule       the rule in words, as the catalogue states it
 * @param source     the source document and section
 * @param family     the aggregate query it is computed from
 * @param formula    how the value follows from the family's sums
 */
public record MeasureDefinition(String id, String title, MeasureUnit unit, PeriodType period, String rule,
                                String source, Family family, Formula formula) {

    /** What must be in the store before the measure has a value, e.g. "the cases extract (Data, Import)". */
    public String needs() {
        return family.needs();
    }

    /** The extract kind the measure is computed from. */
    public ExtractKind extractKind() {
        return family.source;
    }

    /**
     * The name of the aggregate query the measure is computed from (measures of one family cost one query
     * between them), e.g. {@code quarters}.
     */
    public String familyId() {
        return family.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The breakdowns this measure can be split by. */
    public List<Breakdown> breakdowns() {
        return family.breakdowns;
    }
}
