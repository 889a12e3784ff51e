package cmsstats.workbench.publish;

import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.FrameUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The tables quality assurers work from: a children-benefiting sample list and an accuracy-check worksheet. */
public final class SampleTables {
    /** The accuracy worksheet's columns; the import reads them back by name. */
    public static final List<String> WORKSHEET_COLUMNS = List.of("sample_id", "assessment_id", "case_id",
            "assessment_date", "assessment_type", "weekly_amount_gbp", "correct_weekly_amount_gbp", "checker", "notes",
            "error_cause");
    /** The recheck worksheet's columns: the worksheet's, after the id of the second check it belongs to. */
    public static final List<String> RECHECK_COLUMNS = Stream.concat(Stream.of("recheck_id"),
            WORKSHEET_COLUMNS.stream()).toList();
    /** The line every worksheet's about sheet starts with: what it holds. */
    public static final String PERSONAL_DATA = "This worksheet holds case-level personal data (case and assessment "
            + "ids with amounts): keep it on approved systems, share it only with the checkers, and delete copies "
            + "once the check is imported.";
    /** The worksheet's sheet in a workbook (the import looks for it by name). */
    public static final String WORKSHEET_SHEET = "qa_worksheet";

    /** What error_cause takes: the list of causes, from the one enum that holds it. */
    public static final String CAUSE_NOTE = "error_cause: for an inaccurate assessment (difference beyond the "
            + "tolerance) one of " + ErrorCause.describeAll() + ". Leave it empty for an accurate assessment.";

    private SampleTables() {
    }

    /** {@code case_id,qualifying_children} and, for a stratified sample, {@code stratum}. */
    public static PlainTable children(long sampleId, List<FrameUnit> members, boolean stratified) {
        List<String> columns = stratified ? List.of("case_id", "qualifying_children", "stratum")
                : List.of("case_id", "qualifying_children");
        List<List<Object>> rows = new ArrayList<>();
        for (FrameUnit unit : members) {
            rows.add(stratified ? Arrays.asList(unit.caseId(), unit.value(), unit.stratum())
                    : Arrays.asList(unit.caseId(), unit.value()));
        }
        return new PlainTable("sample_" + sampleId, columns, rows, List.of("Children-benefiting sample " + sampleId
                + ": " + members.size() + " cases with a liability in the frame month, in the order drawn."));
    }

    /**
     * The QA worksheet: the sampled facts, then empty correct_weekly_amount_gbp, checker and notes for the checker
     * to fill in, one row per assessment in the order drawn.
     */
    public static PlainTable accuracyWorksheet(AccuracySample sample, List<Assessment> members) {
        List<List<Object>> rows = new ArrayList<>();
        for (Assessment a : members) {
            rows.add(Arrays.asList(sample.id(), a.assessmentId(), a.caseId(), a.date(), a.type(), a.calculated(),
                    null, null, null, null));
        }
        List<String> about = List.of(PERSONAL_DATA,
                "Accuracy check worksheet for sample " + sample.id() + ": " + sample.n() + " of " + sample.frameSize()
                        + " assessments dated " + sample.from() + " to " + sample.to()
                        + (sample.type() == null ? "" : ", " + sample.type() + " only")
                        + (sample.mus() ? ", monetary-unit sample" : sample.stratify() == null
                                ? ", simple random sample" : ", stratified by " + sample.stratify())
                        + ", seed " + sample.seed() + ", drawn " + sample.drawnAt().toLocalDate() + ".",
                "For every row, fill in correct_weekly_amount_gbp (the weekly amount in GBP the assessment should "
                        + "have found, e.g. 23.50), checker (your name or initials) and, if useful, notes.",
                CAUSE_NOTE,
                "Leave the other columns as they are: the import checks them against the stored sample.",
                "An assessment is accurate when |weekly_amount_gbp - correct_weekly_amount_gbp| is at most GBP 1.00 "
                        + "or 2% of the correct amount, whichever is higher.",
                "Import the completed worksheet in the workbench (Sampling > Accuracy checks > Import worksheet, or "
                        + "'accuracy score FILE').");
        return new PlainTable(WORKSHEET_SHEET, WORKSHEET_COLUMNS, rows, about, Map.of("error_cause", CAUSE_NOTE));
    }

    /**
     * The second checker's worksheet: the subsample's sampled facts, the answer columns empty (the first checker's
     * answers are not shown), and the recheck's id first.
     */
    public static PlainTable recheckWorksheet(AccuracyRecheck recheck, AccuracySample sample,
                                              List<Assessment> members) {
        List<List<Object>> rows = new ArrayList<>();
        for (Assessment a : members) {
            rows.add(Arrays.asList(recheck.id(), sample.id(), a.assessmentId(), a.caseId(), a.date(), a.type(),
                    a.calculated(), null, null, null, null));
        }
        List<String> about = List.of(PERSONAL_DATA,
                "Second check " + recheck.id() + ": " + members.size() + " assessments of accuracy sample "
                        + sample.id() + " (check version " + recheck.checkVersion() + "), drawn with seed "
                        + recheck.seed() + ". Check each one afresh: the first checker's answers are not shown.",
                "For every row, fill in correct_weekly_amount_gbp, checker and, for an inaccurate assessment, "
                        + "error_cause; notes if useful.",
                CAUSE_NOTE,
                "Import it with 'accuracy recheck-score FILE' or Sampling > Accuracy checks > Import second check.");
        return new PlainTable(WORKSHEET_SHEET, RECHECK_COLUMNS, rows, about, Map.of("error_cause", CAUSE_NOTE));
    }
}
