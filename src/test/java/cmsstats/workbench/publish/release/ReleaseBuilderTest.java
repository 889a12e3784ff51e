package cmsstats.workbench.publish.release;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.FrameUnit;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.store.SampleRepository;
import cmsstats.workbench.task.TaskContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tables hold decides what they say: one rounding per measure whichever table shows it, titles from the
 * first and last rows present, the children note from the designs of the samples the rows used, and the accuracy
 * rate with its n and exact interval. March to August 2016; every expected value is worked out in the comments.
 */
class ReleaseBuilderTest {
    private static final YearMonth PERIOD = YearMonth.of(2016, 8);
    private static final YearMonth FROM = YearMonth.of(2016, 3);
    @TempDir
    Path temp;
    private ImportFixture fixture;
    private long simple;
    private long stratified;

    @BeforeEach
    void store() {
        fixture = new ImportFixture(temp.resolve("store"));
        List<String> cases = new ArrayList<>(List.of(ImportFixture.CASES_HEADER,
                "P1,H1,NEW,2016-03-01,,2,PAID,ENGLAND,N", "P2,H2,NEW,2016-03-02,,1,PAID,WALES,N"));
        int id = 0;
        for (int month = 6; month <= 8; month++) {
            for (int i = 0; i < 30 + month; i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-0" + (1 + i % 9) + ",,2,PAID,ENGLAND,N");
            }
            for (int i = 0; i < (month == 7 ? 3 : 12); i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-11,,2,PAID,WALES,N");
            }
            for (int i = 0; i < 9; i++) {
                cases.add("C" + ++id + ",G" + id + ",NEW,2016-0" + month + "-12,,2,PAID,SCOTLAND,Y");
            }
        }
        // August's intake: 38 in England, 12 in Wales, 9 in Scotland = 59 in Great Britain
        assertThat(fixture.importLines(ExtractKind.CASES, "cases.csv", cases.toArray(String[]::new)).accepted())
                .isTrue();
        // paying cases: quarter ending May 2016, P1 (Direct Pay with a liability) = 1; ending August, P1 and P2
        // (Collect and Pay, paid) = 2
        assertThat(fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv", ImportFixture.CASE_MONTHS_HEADER,
                "P1,2016-05,DP,100.00,,0", "P1,2016-08,DP,100.00,,0", "P2,2016-08,CP,50.00,50.00,0").accepted())
                .isTrue();
        var casesVersion = fixture.store().extracts().newest(ExtractKind.CASES).orElseThrow();
        var monthsVersion = fixture.store().extracts().newest(ExtractKind.CASE_MONTHS).orElseThrow();
        // a simple random sample on the April frame (used by the quarter ending May), then a stratified Neyman
        // sample on the July frame (used by the quarter ending August)
        simple = fixture.store().samples().save(new SampleRepository.Design("CHILDREN", YearMonth.of(2016, 4), 2, 1,
                null, null, casesVersion.id(), monthsVersion.id()), 1.5, 0.1, 9,
                List.of(new FrameUnit("P1", null, 2), new FrameUnit("P2", null, 1)));
        stratified = fixture.store().samples().save(new SampleRepository.Design("CHILDREN", YearMonth.of(2016, 7), 2,
                2, "country", "neyman", casesVersion.id(), monthsVersion.id()), 2.0, 0.2, 5,
                List.of(new FrameUnit("P1", "ENGLAND", 2), new FrameUnit("P2", "WALES", 2),
                        new FrameUnit("P1", "ENGLAND", 2)));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ReleaseOptions options(Set<String> unrounded) {
        return ReleaseOptions.of(PERIOD, FROM, List.of(), unrounded, 5, LocalDate.of(2016, 10, 27), null);
    }

    private static Sheet sheet(ReleaseBuilder.Built built, String name) {
        return built.workbook().sheets().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Cell> row(Sheet sheet, String first) {
        return sheet.table().rows().stream().filter(r -> r.get(0).text().equals(first)).findFirst().orElseThrow();
    }

    private static String note(ReleaseBuilder.Built built, String startsWith) {
        return sheet(built, "Notes").table().rows().stream().map(r -> r.get(1).text())
                .filter(text -> text.startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void aFigureInTwoTablesIsRoundedOneWay() {
        ReleaseBuilder.Built built = new ReleaseBuilder(fixture.store()).build(options(Set.of()));
        // GB intake, August 2016: 59. Intake never reaches 10,000 in the release, so it is rounded to the nearest
        // 10 in both tables (it used to be 100 in "Intake" and 60 in "Intake by country")
        BigDecimal intake = row(sheet(built, "Intake"), "August 2016").get(3).number();
        BigDecimal byCountry = row(sheet(built, "Intake_by_country"), "August 2016").get(4).number();
        assertThat(intake).isEqualByComparingTo("60");
        assertThat(byCountry).isEqualByComparingTo("60");
        assertThat(sheet(built, "Intake").lines()).contains("Rounding: New applications, Arrears-only "
                + "applications, Total intake to the nearest 10.");
        assertThat(note(built, "Figures are rounded by measure")).contains("the same way in every table");

        // unrounded asked for the country table: intake is unrounded in "Intake" too, 59 in both
        ReleaseBuilder.Built unrounded = new ReleaseBuilder(fixture.store()).build(options(Set.of(
                ReleaseTables.BY_COUNTRY)));
        assertThat(row(sheet(unrounded, "Intake"), "August 2016").get(3).number()).isEqualByComparingTo("59");
        assertThat(row(sheet(unrounded, "Intake_by_country"), "August 2016").get(4).number())
                .isEqualByComparingTo("59");
    }

    @Test
    void theChildrenTableSaysWhatItHolds() {
        ReleaseBuilder.Built built = new ReleaseBuilder(fixture.store()).build(options(Set.of()));
        Sheet children = sheet(built, "Children_benefiting");
        // from March with the release in August: quarter ends May and August, so the title starts at May
        assertThat(children.table().rows()).extracting(r -> r.get(0).text()).containsExactly("May 2016",
                "August 2016");
        assertThat(children.title()).isEqualTo("Children benefiting from maintenance paid, Great Britain, quarters "
                + "ending May 2016 to August 2016");
        assertThat(children.period()).isEqualTo("May 2016 to August 2016");
        // children per case: 1.5 from the April sample, 2.0 from the July one
        assertThat(row(children, "May 2016").get(2).number()).isEqualByComparingTo("1.50");
        assertThat(row(children, "August 2016").get(2).number()).isEqualByComparingTo("2.00");
        assertThat(note(built, "Children benefiting")).doesNotContain("estimated from a simple random sample")
                .contains("designs differ between rows (simple random sample; stratified sample (strata: country; "
                        + "Neyman allocation))")
                .contains("quarter ending May 2016: sample " + simple + ", a simple random sample of 2 cases with a "
                        + "liability in April 2016")
                .contains("quarter ending August 2016: sample " + stratified + ", a stratified sample (strata: "
                        + "country; Neyman allocation) of 3 cases with a liability in July 2016");

        // only the stratified sample in the rows: from June, the one row is the quarter ending August
        ReleaseBuilder.Built later = new ReleaseBuilder(fixture.store()).build(ReleaseOptions.of(PERIOD,
                YearMonth.of(2016, 6), List.of("children"), Set.of(), 5, null, null));
        assertThat(sheet(later, "Children_benefiting").title()).isEqualTo("Children benefiting from maintenance "
                + "paid, Great Britain, quarter ending August 2016");
        assertThat(note(later, "Children benefiting")).startsWith("Children benefiting is estimated from a "
                + "stratified sample (strata: country; Neyman allocation) of cases with a liability")
                .doesNotContain("simple random");
    }

    @Test
    void theAccuracyRateComesWithItsNAndItsExactInterval() throws Exception {
        List<String> lines = new ArrayList<>(List.of("assessment_id,case_id,assessment_date,assessment_type,"
                + "weekly_amount_gbp"));
        for (int i = 1; i <= 14; i++) {
            lines.add(String.format("AS%02d,C%d,2016-%02d-%02d,NEW,%d.00", i, i, i <= 10 ? 5 : 6, i, 20 + i));
        }
        assertThat(fixture.importLines(ExtractKind.ASSESSMENTS, "assessments.csv", lines.toArray(String[]::new))
                .accepted()).isTrue();
        AccuracyChecks checks = new AccuracyChecks(fixture.store());
        AccuracySample sample = checks.draw(new AccuracyChecks.Design(LocalDate.of(2016, 5, 1),
                LocalDate.of(2016, 6, 30), null, false, 14, 7));
        List<CheckedAssessment> checked = new ArrayList<>();
        for (Assessment a : fixture.store().accuracy().members(sample.id())) {
            // May's ten all right; June's four each GBP 100 out
            BigDecimal correct = a.date().getMonthValue() == 5 ? a.calculated() : a.calculated().add(BigDecimal
                    .valueOf(100));
            checked.add(new CheckedAssessment(a.assessmentId(), a.date(), a.type(), a.calculated(), correct, "QA1",
                    null));
        }
        checks.finalise(sample.id(), null, new cmsstats.workbench.model.SourceFile("worksheet.xlsx", null), checked,
                0.95);

        ReleaseBuilder.Built built = new ReleaseBuilder(fixture.store()).build(options(Set.of()));
        Sheet accuracy = sheet(built, "Accuracy");
        assertThat(accuracy.table().columns()).extracting(Column::header).containsExactly("Month",
                "Assessments checked (number)", "Assessments accurate (%)",
                "Lower bound, 95% Clopper-Pearson interval (%)", "Upper bound, 95% Clopper-Pearson interval (%)",
                "Gross monetary error (% of correct amounts)", "Net monetary error (% of correct amounts)");
        // May, 10 of 10: exact bounds (0.025)^(1/10) = 0.6915 and 1, so 69% to 100%
        assertThat(row(accuracy, "May 2016").subList(1, 5)).extracting(Cell::number)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("10"),
                        new BigDecimal("100"), new BigDecimal("69"), new BigDecimal("100"));
        // June, 0 of 4: bounds 0 and 1 - (0.025)^(1/4) = 1 - 0.3976 = 0.6024, so 0% to 60%
        assertThat(row(accuracy, "June 2016").subList(1, 5)).extracting(Cell::number)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4"),
                        new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("60"));
        // monetary error, to two decimals: May none; June GBP 400 out of correct 131 + 132 + 133 + 134 = 530,
        // 75.47% gross, all under-calculated so -75.47% net
        assertThat(row(accuracy, "May 2016").subList(5, 7)).extracting(Cell::number)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(row(accuracy, "June 2016").subList(5, 7)).extracting(Cell::number)
                .containsExactly(new BigDecimal("75.47"), new BigDecimal("-75.47"));
        assertThat(row(accuracy, "July 2016").get(1).kind()).isEqualTo(Cell.Kind.SYMBOL);
        assertThat(note(built, "An assessment is accurate")).contains("number of assessments checked (n)",
                "95% Clopper-Pearson (exact) interval",
                "the net error lets over- and under-calculations cancel");

        // and the release with these tables passes the publication check (a breach would refuse it)
        ReleaseWriter.Written written = new ReleaseWriter(fixture.store()).write(options(Set.of()), Set.of("xlsx",
                "ods"), temp.resolve("release"), TaskContext.silent());
        assertThat(written.files()).contains("cms-statistics-2016-08.xlsx", "cms-statistics-2016-08.ods");
    }
}
