package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import java.util.List;

/**
 * Measures computed from the same aggregate query. A family names the extract it reads, the breakdowns its query
 * can split by, and whether a month with no data is zero (event counts) or missing (reported totals).
 */
enum Family {
    APPLICATIONS(ExtractKind.CASES, List.of(Breakdown.APPLICATION_TYPE, Breakdown.COUNTRY, Breakdown.PRIOR_CSA), false),
    CASELOAD(ExtractKind.CASES, List.of(Breakdown.APPLICATION_TYPE, Breakdown.COUNTRY, Breakdown.PRIOR_CSA), false),
    CASE_MONTHS(ExtractKind.CASE_MONTHS, List.of(Breakdown.SERVICE_TYPE, Breakdown.COUNTRY), false),
    GROUPS_WITH_ARREARS(ExtractKind.CASE_MONTHS, List.of(Breakdown.SERVICE_TYPE, Breakdown.COUNTRY), false),
    QUARTERS(ExtractKind.CASE_MONTHS, List.of(Breakdown.SERVICE_TYPE), false),
    SERVICE_REQUESTS(ExtractKind.SERVICE_REQUESTS, List.of(), false),
    RECONSIDERATIONS(ExtractKind.RECONSIDERATIONS, List.of(), false),
    APPEALS(ExtractKind.APPEALS, List.of(), false),
    COMPLAINTS(ExtractKind.COMPLAINTS, List.of(), false),
    TELEPHONY(ExtractKind.TELEPHONY, List.of(), true),
    SURVEY(ExtractKind.SURVEY_RESPONSES, List.of(Breakdown.CLIENT_TYPE, Breakdown.PRIOR_CSA), true),
    /** Stored children-benefiting samples with the quarter's paying cases, read as they are at each request. */
    CHILDREN(ExtractKind.CASE_MONTHS, List.of(), true),
    /** Stored, finalised accuracy checks (latest version of each sample), read as they are at each request. */
    ACCURACY(ExtractKind.ASSESSMENTS, List.of(), true);

    final ExtractKind source;
    final List<Breakdown> breakdowns;
    final boolean absentIsMissing;

    Family(ExtractKind source, List<Breakdown> breakdowns, boolean absentIsMissing) {
        this.source = source;
        this.breakdowns = breakdowns;
        this.absentIsMissing = absentIsMissing;
    }

    /** What a user must provide before the family has figures, in words for an empty chart or table. */
    String needs() {
        return switch (this) {
            case CHILDREN -> "a children-benefiting sample (Sampling, Children benefiting) drawn from the "
                    + "case_months extract";
            case ACCURACY -> "a finalised accuracy check (Sampling, Accuracy checks) on the assessments extract";
            default -> "the " + source.id() + " extract (Data, Import)";
        };
    }
}
