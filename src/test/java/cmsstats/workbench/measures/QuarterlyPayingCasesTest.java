package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.MeasureValue;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases paying in the quarter counts each case once per quarter ending in M (rows of M - 2 .. M), however many
 * of its months contribute, with gaps and with a case that changes service type. Counted by hand below.
 */
class QuarterlyPayingCasesTest {
    @TempDir
    Path temp;
    ImportFixture fixture;

    @BeforeEach
    void load() {
        fixture = new ImportFixture(temp);
        fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2015-10-01,,1,PAID,ENGLAND,N",
                "C2,G1,NEW,2015-10-01,,2,PAID,ENGLAND,N",
                "C3,G2,NEW,2015-10-01,,1,PAID,WALES,N");
        // C1 pays Direct Pay in January, February and March.
        // C2 (Collect and Pay) pays in January, not in February (no payment), is absent in March, pays in April.
        // C3 has a Collect and Pay row with nothing due and nothing paid in March, then pays Direct Pay in May;
        // its August row (nothing due) takes the data to August.
        assertThat(fixture.importLines(ExtractKind.CASE_MONTHS, "cm.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-01,DP,10.00,,0", "C1,2016-02,DP,10.00,,0", "C1,2016-03,DP,10.00,,0",
                "C2,2016-01,CP,10.00,5.00,5.00", "C2,2016-02,CP,10.00,,15.00", "C2,2016-04,CP,10.00,5.00,20.00",
                "C3,2016-03,CP,0.00,0.00,0", "C3,2016-05,DP,20.00,,0",
                "C3,2016-08,CP,0.00,0.00,0").accepted()).isTrue();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<Integer> januaryToAugust(String measure, Optional<Breakdown> breakdown, String group) {
        return new MeasureEngine(fixture.store()).compute(new MeasureEngine.Request(List.of(measure),
                        Optional.of(YearMonth.of(2016, 1)), Optional.of(YearMonth.of(2016, 8)), breakdown)).stream()
                .filter(v -> group == null || group.equals(v.breakdown()))
                .map(MeasureValue::value).map(v -> v == null ? null : v.intValueExact()).toList();
    }

    @Test
    void eachCaseCountsOncePerQuarter() {
        // Jan: C1, C2 | Feb: C1, C2 (Jan) | Mar: C1, C2 (Jan) | Apr: C1, C2 (Apr) | May: C1 (Mar), C2 (Apr), C3 |
        // Jun: C2 (Apr), C3 | Jul: C3 (May) | Aug: none
        assertThat(januaryToAugust("paying_cases", Optional.empty(), null))
                .containsExactly(2, 2, 2, 2, 3, 2, 1, 0);
    }

    @Test
    void byServiceTypeACaseCountsUnderEachTypeItPaidBy() {
        // Direct Pay: C1 until May (its March row), C3 from May to July
        assertThat(januaryToAugust("paying_cases", Optional.of(Breakdown.SERVICE_TYPE), "DP"))
                .containsExactly(1, 1, 1, 1, 2, 1, 1, 0);
        // Collect and Pay: C2's January payment until March, its April payment until June
        assertThat(januaryToAugust("paying_cases", Optional.of(Breakdown.SERVICE_TYPE), "CP"))
                .containsExactly(1, 1, 1, 1, 1, 1, 0, 0);
    }

    @Test
    void groupsLiableCountAGroupOnceWhateverItsCases() {
        // G1 (C1, C2) is liable from January to June (C2's April row); G2 from May (its March row owes nothing)
        assertThat(januaryToAugust("case_groups_liable", Optional.empty(), null))
                .containsExactly(1, 1, 1, 1, 2, 2, 1, 0);
    }
}
