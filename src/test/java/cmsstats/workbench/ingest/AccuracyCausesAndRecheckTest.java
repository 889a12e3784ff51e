package cmsstats.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.sampling.AccuracyRechecks;
import cmsstats.workbench.sampling.AccuracyReport;
import cmsstats.workbench.sampling.AccuracyRule;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error causes on the worksheet, and second checks: refused with located messages, nothing stored. */
class AccuracyCausesAndRecheckTest extends StoreTestBase {
    private AccuracySample sample;

    @BeforeEach
    void drawASample() {
        List<String> lines = new ArrayList<>(List.of("assessment_id,case_id,assessment_date,assessment_type,"
                + "weekly_amount_gbp"));
        for (int i = 1; i <= 30; i++) {
            lines.add(String.format("AS%03d,C%d,2016-05-%02d,NEW,%d.00", i, i, 1 + i % 28, 20 + i));
        }
        assertThat(fixture.importLines(ExtractKind.ASSESSMENTS, "assessments.csv", lines.toArray(String[]::new))
                .accepted()).isTrue();
        sample = new AccuracyChecks(fixture.store()).draw(new AccuracyChecks.Design(LocalDate.of(2016, 5, 1),
                LocalDate.of(2016, 5, 31), null, false, 6, 4));
    }

    private AccuracyWorksheetReader reader() {
        return new AccuracyWorksheetReader(fixture.store().accuracy(), AccuracyRule::accurate);
    }

    /** The worksheet with row r's correct amount GBP 5 high when wrong[r], and cause[r] in error_cause. */
    private Path filled(String name, boolean[] wrong, String[] cause) throws Exception {
        Path file = temp.resolve(name);
        PlainTableWriter.write(SampleTables.accuracyWorksheet(sample,
                fixture.store().accuracy().members(sample.id())), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).endsWith(",checker,notes,error_cause");
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            BigDecimal calculated = new BigDecimal(cells[5]);
            String correct = (wrong[i - 1] ? calculated.add(new BigDecimal("5.00")) : calculated).toPlainString();
            out.add(String.join(",", List.of(cells).subList(0, 6)) + "," + correct + ",QA,," + cause[i - 1]);
        }
        return Files.write(file, out);
    }

    @Test
    void causesAreRequiredOnInaccurateRowsAndRefusedOnAccurateOnes() throws Exception {
        Path bad = filled("bad.csv", new boolean[] {true, true, true, false, false, false},
                new String[] {"", "typo", "shared_care", "income_change", "", ""});
        AccuracyWorksheetReader.Result result = reader().read(bad);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problemReport()).containsExactlyInAnyOrder(
                "bad.csv:2: column error_cause: is empty but the assessment is inaccurate (difference -5.00 beyond "
                        + "the tolerance of max(GBP 1.00, 2% of correct)); expected one of income_change, "
                        + "other_income, shared_care, number_of_children, other_relevant_children, "
                        + "calculation_or_keying, other",
                "bad.csv:3: column error_cause: 'typo' is not a cause (expected one of income_change, other_income, "
                        + "shared_care, number_of_children, other_relevant_children, calculation_or_keying, other)",
                "bad.csv:5: column error_cause: is 'income_change' but the assessment is accurate (difference 0.00 "
                        + "within the tolerance of max(GBP 1.00, 2% of correct)); expected empty: a cause is given "
                        + "only for an inaccurate assessment");
        assertThat(fixture.store().accuracy().checks(sample.id())).isEmpty();
    }

    @Test
    void causesAreScoredWithTheirShareOfMonetaryError() throws Exception {
        Path good = filled("good.csv", new boolean[] {true, true, true, false, false, false},
                new String[] {"income_change", "INCOME_CHANGE", "shared_care", "", "", ""});
        AccuracyWorksheetReader.Result result = reader().read(good);
        assertThat(result.problemReport()).isEmpty();
        AccuracyChecks.Finalised finalised = new AccuracyChecks(fixture.store()).finalise(sample.id(), null,
                result.source(), result.checked(), 0.95);
        AccuracyReport report = new AccuracyChecks(fixture.store()).report(finalised.check(), 0.95);
        // three errors of GBP 5.00: income change 2 (GBP 10, 66.7%), shared care 1 (GBP 5, 33.3%)
        assertThat(report.causes().byCause().get(ErrorCause.INCOME_CHANGE).errors()).isEqualTo(2);
        assertThat(report.causes().byCause().get(ErrorCause.INCOME_CHANGE).gbp()).isEqualByComparingTo("10.00");
        assertThat(report.causes().byCause().get(ErrorCause.INCOME_CHANGE).share().doubleValue())
                .isCloseTo(200.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(report.causes().byCause().get(ErrorCause.SHARED_CARE).errors()).isEqualTo(1);
        assertThat(report.monetary()).isNotNull();
        assertThat(report.monetary().frameTotal()).isEqualTo(30 * 20 + 465.0);
    }

    @Test
    void aSecondCheckIsComparedAndAWorksheetForTheWrongSampleIsRefused() throws Exception {
        Path first = filled("first.csv", new boolean[] {true, false, false, false, false, false},
                new String[] {"other", "", "", "", "", ""});
        AccuracyWorksheetReader.Result firstRead = reader().read(first);
        new AccuracyChecks(fixture.store()).finalise(sample.id(), null, firstRead.source(), firstRead.checked(),
                0.95);
        AccuracyRechecks rechecks = new AccuracyRechecks(fixture.store());
        AccuracyRecheck recheck = rechecks.draw(sample.id(), 6, 2);
        assertThat(rechecks.draw(sample.id(), 6, 2).n()).isEqualTo(6);
        Path worksheet = temp.resolve("second.csv");
        PlainTableWriter.write(SampleTables.recheckWorksheet(recheck, sample, rechecks.members(recheck)), worksheet);
        List<String> lines = Files.readAllLines(worksheet);
        assertThat(lines.get(1)).endsWith(",,,,"); // no first answers
        List<String> answered = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            answered.add(String.join(",", List.of(cells).subList(0, 7)) + "," + cells[6] + ",QB,,");
        }
        AccuracySample other = new AccuracyChecks(fixture.store()).draw(new AccuracyChecks.Design(
                LocalDate.of(2016, 5, 1), LocalDate.of(2016, 5, 31), null, false, 6, 5));
        List<String> wrongSample = new ArrayList<>(List.of(answered.get(0)));
        answered.stream().skip(1).forEach(line -> wrongSample.add(line.replaceFirst("^(\\d+),\\d+,",
                "$1," + other.id() + ",")));
        AccuracyWorksheetReader.Result refused = AccuracyWorksheetReader.forRecheck(fixture.store().accuracy(),
                fixture.store().rechecks(), AccuracyRule::accurate).read(Files.write(temp.resolve("wrong.csv"),
                wrongSample));
        assertThat(refused.problemReport()).containsExactly("wrong.csv:2: column sample_id: is " + other.id()
                + " but second check " + recheck.id() + " is of sample " + sample.id() + " (expected the worksheet "
                + "of the sample the second check was drawn from)");
        assertThat(fixture.store().rechecks().recheck(recheck.id()).orElseThrow().imported()).isFalse();
        AccuracyWorksheetReader.Result read = AccuracyWorksheetReader.forRecheck(fixture.store().accuracy(),
                fixture.store().rechecks(), AccuracyRule::accurate).read(Files.write(worksheet, answered));
        assertThat(read.problemReport()).isEmpty();
        assertThat(reader().read(worksheet).problemReport()).singleElement().asString()
                .startsWith("second.csv:1: column recheck_id: is in the header");
        AccuracyRechecks.Compared compared = rechecks.finalise(read.recheckId(), read.source(), read.checked(), 0.95);
        // first: 1 inaccurate of 6; second: all accurate. a = 5, b = 0, c = 1, d = 0: 5 of 6 agree, kappa 0
        assertThat(compared.agreement().agreed()).isEqualTo(5);
        assertThat(compared.agreement().kappa()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(compared.disagreements()).hasSize(1);
        assertThat(fixture.store().rechecks().ofSample(sample.id())).hasSize(2)
                .first().matches(AccuracyRecheck::imported);
    }
}
