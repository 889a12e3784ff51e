package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.MeasureValue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every measure of the catalogue on a tiny hand-built dataset, June to August 2016, whose expected values are
 * worked out by hand in the comments. Boundary cases: a case closed on the last day of a month, a case applying on
 * the last day, a request cleared on day 28 and one on day 29, a reconsideration cleared on day 20 and one on day
 * 21, a Collect and Pay row with no payment, a case group with one Direct Pay and one Collect and Pay case, an
 * arrears-only row with no liability, a "don't know" survey answer, an empty month, a month with no calls.
 */
class MeasureEngineTest {
    @TempDir
    static Path temp;
    static ImportFixture fixture;
    static MeasureEngine engine;

    @BeforeAll
    static void load() {
        fixture = new ImportFixture(temp);
        // C1 (G1) applies in June and closes on 31 July, the last day of the month.
        // C2 (G1, same paying parent) applies on 1 July, fee exempt for domestic violence.
        // C3 (G2) is arrears only, July. C4 (G3) applies on 31 August, exempt as under 19.
        // C5 (G4) applied before the fee existed and closes on 1 August.
        require(fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-06-10,2016-07-31,2,PAID,ENGLAND,N",
                "C2,G1,NEW,2016-07-01,,1,EXEMPT_DV,WALES,Y",
                "C3,G2,ARREARS_ONLY,2016-07-15,,3,NOT_APPLICABLE,SCOTLAND,Y",
                "C4,G3,NEW,2016-08-31,,1,EXEMPT_UNDER19,ENGLAND,N",
                "C5,G4,NEW,2014-01-05,2016-08-01,2,NOT_APPLICABLE,ENGLAND,N"));
        require(fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-06,DP,100.00,,0",
                "C1,2016-07,DP,100.00,,0",
                "C2,2016-07,CP,50.00,50.00,0",
                "C2,2016-08,CP,50.00,,50.00",
                "C3,2016-08,CP,0.00,0.00,1000.00",
                "C5,2016-08,CP,80.00,20.00,60.00"));
        require(fixture.importLines(ExtractKind.SERVICE_REQUESTS, "sr.csv",
                "request_id,case_id,received_date,cleared_date",
                "R1,C1,2016-07-01,2016-07-29",
                "R2,C1,2016-07-01,2016-07-30",
                "R3,C2,2016-07-31,",
                "R4,C2,2016-06-15,2016-07-02"));
        require(fixture.importLines(ExtractKind.RECONSIDERATIONS, "mr.csv",
                "mr_id,case_id,received_date,cleared_date,outcome",
                "M1,C1,2016-08-01,2016-08-21,REVISED",
                "M2,C1,2016-08-01,2016-08-22,NOT_REVISED",
                "M3,C2,2016-07-20,2016-08-05,NOT_REVISED",
                "M4,C3,2016-08-30,,"));
        require(fixture.importLines(ExtractKind.APPEALS, "appeals.csv",
                "appeal_id,case_id,received_date,cleared_date,outcome",
                "A1,C1,2016-06-03,2016-08-10,TRIBUNAL",
                "A2,C2,2016-08-03,2016-08-20,CMS",
                "A3,C3,2016-08-04,,"));
        require(fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                "K1,2016-06-30,RESOLUTION", "K2,2016-08-01,REVIEW", "K3,2016-08-31,RESOLUTION"));
        require(fixture.importLines(ExtractKind.TELEPHONY, "telephony.csv",
                "month,calls_received,calls_answered,answered_within_30s",
                "2016-06,1000,980,860", "2016-07,0,0,0"));
        require(fixture.importLines(ExtractKind.SURVEY_RESPONSES, "survey.csv",
                "response_id,quarter,client_type,prior_csa,weight,overall,service_1,service_2,service_3,service_4,"
                        + "service_5,service_6,service_7,service_8",
                "S1,2016-08,PP,N,2.0,VS,Y,Y,N,DK,,,,",
                "S2,2016-08,RP,Y,1.0,FS,Y,Y,Y,Y,Y,Y,Y,Y",
                "S3,2016-08,RP,N,1.5,DK,N,N,,,,,,",
                "S4,2016-08,PP,Y,0.5,VD,,,,,,,,"));
        engine = new MeasureEngine(fixture.store());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static void require(cmsstats.workbench.model.ImportResult result) {
        assertThat(result.problemReport()).isEmpty();
    }

    /** The measure's values for June, July, August 2016 (null where it has no value). */
    private static List<BigDecimal> jja(String measure) {
        return engine.compute(new MeasureEngine.Request(List.of(measure), Optional.of(YearMonth.of(2016, 6)),
                Optional.of(YearMonth.of(2016, 8)), Optional.empty())).stream().map(MeasureValue::value).toList();
    }

    private static void expect(String measure, String... values) {
        List<BigDecimal> actual = jja(measure);
        assertThat(actual).as(measure).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                assertThat(actual.get(i)).as(measure + " month " + i).isNull();
            } else {
                assertThat(actual.get(i)).as(measure + " month " + i).isEqualByComparingTo(values[i]);
            }
        }
    }

    @Test
    void intakeCountsApplicationsInTheMonth() {
        expect("intake_total", "1", "2", "1");         // C1 | C2, C3 | C4 (on the 31st)
        expect("intake_new", "1", "1", "1");
        expect("intake_arrears_only", "0", "1", "0");
    }

    @Test
    void caseloadAtMonthEndExcludesACaseClosedOnTheLastDay() {
        expect("caseload_total", "2", "3", "3");       // C1, C5 | C2, C3, C5 (C1 closed 31 Jul) | C2, C3, C4
        expect("caseload_new", "2", "2", "2");
        expect("caseload_arrears_only", "0", "1", "1");
    }

    @Test
    void feeExemptionsAgainstFeeLiableIntake() {
        expect("fee_exemptions", "0", "1", "1");
        expect("fee_exemptions_dv", "0", "1", "0");
        expect("fee_exemption_pct", "0", "100", "100"); // July: C3 arrears only is not fee-liable
    }

    @Test
    void serviceTypeOfCasesDueToPay() {
        expect("cases_due_dp", "1", "1", "0");
        expect("cases_due_cp", "0", "1", "2");          // August: C3 has arrears but no liability
        expect("direct_pay_pct", "100", "50", "0");
    }

    @Test
    void arrearsAndCumulativeLiability() {
        expect("arrears_gbp", "0", "0", "1110.00");
        expect("case_groups_with_arrears", "0", "0", "3");
        expect("liability_cumulative_gbp", "100.00", "250.00", "380.00");
        expect("arrears_pct_of_liability", "0", "0", "292.1052631578947368421052631578947");
    }

    @Test
    void quarterlyComplianceOverCaseGroups() {
        // Quarter to August: C1 (DP), C2 (paid 50 in July), C5 (paid 20) pay; C3 paid nothing.
        // Liable groups: G1 (C1 DP and C2 CP), G4; G2 has arrears only. Both contribute.
        // Due over liable groups' rows: 100 + 100 + 50 + 50 + 80 = 380; paid: 100 + 100 + 50 + 0 + 20 = 270.
        assertThat(jja("paying_cases").get(2)).isEqualByComparingTo("3");
        assertThat(jja("case_groups_liable").get(2)).isEqualByComparingTo("2");
        assertThat(jja("case_groups_contributing").get(2)).isEqualByComparingTo("2");
        assertThat(jja("compliance_pct").get(2)).isEqualByComparingTo("100");
        assertThat(jja("cash_due_gbp").get(2)).isEqualByComparingTo("380.00");
        assertThat(jja("cash_paid_gbp").get(2)).isEqualByComparingTo("270.00");
        assertThat(jja("cash_compliance_pct").get(2)).isEqualByComparingTo("71.05263157894736842105263157894737");
        // Quarter to July (May-July): C1 and C2 pay; G1 liable and contributing; due 250, all paid.
        assertThat(jja("paying_cases").get(1)).isEqualByComparingTo("2");
        assertThat(jja("cash_compliance_pct").get(1)).isEqualByComparingTo("100");
    }

    @Test
    void changesOfCircumstancesClearedWithin28DaysInclusive() {
        expect("coc_received", "1", "3", "0");
        expect("coc_cleared", "0", "3", "0");
        expect("coc_outstanding", "1", "1", "1");
        // July: R1 cleared on day 28 counts, R2 on day 29 does not, R3 is open: 1 of 3. August: none received.
        expect("coc_cleared_28d_pct", "100", "33.33333333333333333333333333333333", null);
    }

    @Test
    void reconsiderationsClearedWithin20DaysOfThoseCleared() {
        expect("mr_received", "0", "1", "3");
        expect("mr_cleared", "0", "0", "3");
        expect("mr_revised", "0", "0", "1");
        expect("mr_not_revised", "0", "0", "2");
        // August: M1 day 20 and M3 day 16 within, M2 day 21 not. July: none cleared, so no value.
        expect("mr_cleared_20d_pct", null, null, "66.66666666666666666666666666666667");
    }

    @Test
    void appealsByOutcome() {
        expect("appeals_received", "1", "0", "2");
        expect("appeals_cleared", "0", "0", "2");
        expect("appeals_cleared_tribunal", "0", "0", "1");
        expect("appeals_cleared_cms", "0", "0", "1");
    }

    @Test
    void complaintsInTheMonthAndToDateWithAnEmptyMonth() {
        expect("complaints_received", "1", "0", "2");
        expect("complaints_to_date", "1", "1", "3");
    }

    @Test
    void telephonyWithNoCallsOrNoRowIsMissingNotZero() {
        expect("calls_answered_pct", "98", null, null);
        expect("calls_answered_30s_pct", "86", null, null);
    }

    @Test
    void satisfactionByTheDwpMethodAndWithDontKnowIncluded() {
        // satisfied = 2.0 + 1.0; without DK = 2.0 + 1.0 + 0.5; all = 5.0.
        expect("satisfaction_pct", null, null, "85.71428571428571428571428571428571");
        expect("satisfaction_pct_incl_dk", null, null, "60");
        // Y: 2 x 2 + 1 x 8 = 12; Y or N: 2 x 3 + 1 x 8 + 1.5 x 2 = 17.
        expect("client_service_pct", null, null, "70.58823529411764705882352941176471");
    }

    @Test
    void breakdownsSplitByEveryValueInOrder() {
        List<MeasureValue> byClient = engine.compute(new MeasureEngine.Request(List.of("satisfaction_pct"),
                Optional.of(YearMonth.of(2016, 8)), Optional.of(YearMonth.of(2016, 8)),
                Optional.of(Breakdown.CLIENT_TYPE)));
        assertThat(byClient).extracting(MeasureValue::breakdown).containsExactly("PP", "RP");
        assertThat(byClient.get(0).value()).isEqualByComparingTo("80");   // 2.0 / 2.5
        assertThat(byClient.get(1).value()).isEqualByComparingTo("100");  // 1.0 / 1.0, S3's DK left out
        List<MeasureValue> byCountry = engine.compute(new MeasureEngine.Request(List.of("caseload_total"),
                Optional.of(YearMonth.of(2016, 8)), Optional.of(YearMonth.of(2016, 8)),
                Optional.of(Breakdown.COUNTRY)));
        assertThat(byCountry).extracting(v -> v.breakdown() + "=" + v.value().toPlainString())
                .containsExactly("ENGLAND=1", "WALES=1", "SCOTLAND=1");
        List<MeasureValue> byService = engine.compute(new MeasureEngine.Request(List.of("arrears_gbp"),
                Optional.of(YearMonth.of(2016, 8)), Optional.of(YearMonth.of(2016, 8)),
                Optional.of(Breakdown.SERVICE_TYPE)));
        assertThat(byService).extracting(v -> v.breakdown() + "=" + v.value().toPlainString())
                .containsExactly("DP=0", "CP=1110.00");
    }

    @Test
    void everyCatalogueMeasureIsComputedWithoutBreakdown() {
        List<String> ids = MeasureCatalog.all().stream().map(MeasureDefinition::id).toList();
        List<MeasureValue> all = engine.compute(new MeasureEngine.Request(ids, Optional.of(YearMonth.of(2016, 6)),
                Optional.of(YearMonth.of(2016, 8)), Optional.empty()));
        assertThat(all).hasSize(ids.size() * 3);
        assertThat(ids).doesNotHaveDuplicates().contains("intake_total", "caseload_total", "fee_exemption_pct",
                "cases_due_dp", "direct_pay_pct", "paying_cases", "compliance_pct", "cash_compliance_pct",
                "arrears_gbp", "case_groups_with_arrears", "liability_cumulative_gbp", "arrears_pct_of_liability",
                "coc_cleared_28d_pct", "mr_cleared_20d_pct", "appeals_cleared_cms", "complaints_to_date",
                "calls_answered_30s_pct", "satisfaction_pct_incl_dk", "client_service_pct");
    }

    @Test
    void wrongRequestsSayWhatIsAllowed() {
        assertThatThrownBy(() -> engine.compute(new MeasureEngine.Request(List.of("caseload"), Optional.empty(),
                Optional.empty(), Optional.empty())))
                .hasMessageStartingWith("unknown measure 'caseload' (expected one of intake_total, ");
        assertThatThrownBy(() -> engine.compute(new MeasureEngine.Request(List.of("complaints_received"),
                Optional.empty(), Optional.empty(), Optional.of(Breakdown.COUNTRY))))
                .hasMessage("measure complaints_received has no country breakdown (expected none)");
        assertThatThrownBy(() -> engine.compute(new MeasureEngine.Request(List.of("intake_total"),
                Optional.of(YearMonth.of(2016, 9)), Optional.of(YearMonth.of(2016, 8)), Optional.empty())))
                .hasMessage("--from 2016-09 is after --to 2016-08");
    }

    @Test
    void defaultPeriodIsTheSpanOfTheData() {
        List<MeasureValue> values = engine.compute(new MeasureEngine.Request(List.of("complaints_received"),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(values).extracting(v -> v.period().toString()).containsExactly("2016-06", "2016-07", "2016-08");
        assertThat(Arrays.asList(values.get(0).value(), values.get(2).value()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ONE, BigDecimal.valueOf(2));
    }

    @Test
    void childrenBenefitingCarriesTheLatestSampleForwardTimesPayingCases() {
        var cases = fixture.store().extracts().newest(ExtractKind.CASES).orElseThrow();
        var caseMonths = fixture.store().extracts().newest(ExtractKind.CASE_MONTHS).orElseThrow();
        // a sample drawn on the July 2016 frame: mean 1.5, SE 0.1, 9 degrees of freedom
        fixture.store().samples().save(new cmsstats.workbench.store.SampleRepository.Design("CHILDREN",
                YearMonth.of(2016, 7), 2, 1, null, null, cases.id(), caseMonths.id()), 1.5, 0.1, 9,
                List.of(new cmsstats.workbench.model.FrameUnit("C1", null, 2),
                        new cmsstats.workbench.model.FrameUnit("C2", null, 1)));
        // June: no sample yet. July: 1.5 x 2 paying cases. August: carried forward, 1.5 x 3.
        expect("children_per_case", null, "1.5", "1.5");
        expect("children_benefiting", null, "3", "4.5");
        // t(0.975; 9) = 2.262157163: low 1.5 - 0.2262157 = 1.2737843 per case, x 3 in August
        assertThat(jja("children_benefiting_low").get(2).doubleValue()).isCloseTo(3.82135, within(0.00001));
        assertThat(jja("children_benefiting_high").get(2).doubleValue()).isCloseTo(5.17865, within(0.00001));
    }
}
