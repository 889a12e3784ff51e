package cmsstats.workbench.publish;

import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.FrameUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables quality assurers work from: a children-benefiting sample list and an accuracy-check worksheet. */
public final class SampleTables {
    /** The accuracy worksheet's columns; the import reads them back by name. */
    public static final List<String> WORKSHEET_COLUMNS = List.of("sample_id", "assessment_id", "case_id",
            "assessment_date", "assessment_type", "weekly_amount_gbp", "correct_weekly_amount_gbp", "checker", "notes");
    /** The worksheet's sheet in a workbook (the import looks for it by name). */
    public static final String WORKSHEET_SHEET = "qa_worksheet";

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
                    null, null, null));
        }
        List<String> about = List.of(
                "Accuracy check worksheet for sample " + sample.id() + ": " + sample.n() + " of " + sample.frameSize()
                        + " assessments dated " + sample.from() + " to " + sample.to()
                        + (sample.type() == null ? "" : ", " + sample.type() + " only")
                        + (sample.stratify() == null ? ", simple random sample" : ", stratified by "
                                + sample.stratify())
                        + ", seed " + sample.seed() + ", drawn " + sample.drawnAt().toLocalDate() + ".",
                "For every row, fill in correct_weekly_amount_gbp (the weekly amount in GBP the assessment should "
                        + "have found, e.g. 23.50), checker (your name or initials) and, if useful, notes.",
                "Leave the other columns as they are: the import checks them against the stored sample.",
                "An assessment is accurate when |weekly_amount_gbp - correct_weekly_amount_gbp| is at most GBP 1.00 "
                        + "or 2% of the correct amount, whichever is higher.",
                "Import the completed worksheet in the workbench (Sampling > Accuracy checks > Import worksheet, or "
                        + "'accuracy score FILE').");
        return new PlainTable(WORKSHEET_SHEET, WORKSHEET_COLUMNS, rows, about);
    }
}
