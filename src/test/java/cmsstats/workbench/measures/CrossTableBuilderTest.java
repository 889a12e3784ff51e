package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crossed tables on seven hand-placed cases, every cell and total counted by hand in the comments. */
class CrossTableBuilderTest {
    @TempDir
    Path temp;
    ImportFixture fixture;
    CrossTableBuilder builder;

    @BeforeEach
    void importCases() {
        fixture = new ImportFixture(temp);
        assertThat(fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-04-05,,1,PAID,ENGLAND,N",
                "C7,G6,NEW,2016-04-20,,1,PAID,ENGLAND,N",
                "C2,G1,NEW,2016-05-10,,2,EXEMPT_DV,WALES,Y",
                "C3,G2,ARREARS_ONLY,2016-05-20,2016-06-15,1,NOT_APPLICABLE,WALES,N",
                "C4,G3,NEW,2016-06-01,,1,PAID,SCOTLAND,N",
                "C5,G4,ARREARS_ONLY,2016-07-02,,3,NOT_APPLICABLE,ENGLAND,Y",
                "C6,G5,NEW,2016-07-30,,1,EXEMPT_UNDER19,WALES,N").accepted()).isTrue();
        builder = new CrossTableBuilder(new MeasureEngine(fixture.store()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static TableQuery query(List<String> measures, Periodicity rows, List<Breakdown> crossed,
                                    Map<Breakdown, List<String>> filters, String to) {
        return new TableQuery(measures, rows, new Slice(crossed, filters), Optional.empty(),
                Optional.ofNullable(to).map(YearMonth::parse), false);
    }

    private static List<Integer> row(CrossTable table, int row) {
        List<Integer> values = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            BigDecimal value = table.cell(row, c);
            values.add(value == null ? null : value.intValueExact());
        }
        return values;
    }

    @Test
    void intakeByQuarterCrossesCountryWithApplicationTypeAndEveryTotalIsCountedNotAdded() {
        CrossTable table = builder.build(query(List.of("intake_total"), Periodicity.QUARTER,
                List.of(Breakdown.COUNTRY, Breakdown.APPLICATION_TYPE), Map.of(), "2016-09"));

        assertThat(table.periods()).containsExactly(YearMonth.of(2016, 6), YearMonth.of(2016, 9));
        assertThat(table.columns()).extracting(c -> String.valueOf(c.codes())).containsExactly(
                "[ENGLAND, NEW]", "[ENGLAND, ARREARS_ONLY]", "[ENGLAND, null]",
                "[WALES, NEW]", "[WALES, ARREARS_ONLY]", "[WALES, null]",
                "[SCOTLAND, NEW]", "[SCOTLAND, ARREARS_ONLY]", "[SCOTLAND, null]",
                "[null, NEW]", "[null, ARREARS_ONLY]", "[null, null]");
        // Apr to Jun 2016: England C1 C7 (new); Wales C2 (new), C3 (arrears only); Scotland C4 (new)
        assertThat(row(table, 0)).containsExactly(2, 0, 2, 1, 1, 2, 1, 0, 1, 4, 1, 5);
        // Jul to Sep 2016: England C5 (arrears only); Wales C6 (new)
        assertThat(row(table, 1)).containsExactly(0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 2);
    }

    @Test
    void onlyWholeQuartersWithinTheBoundsAreRows() {
        // the data runs April to July 2016: July to September is not whole, so it is left out
        CrossTable table = builder.build(query(List.of("intake_total"), Periodicity.QUARTER, List.of(), Map.of(),
                null));
        assertThat(table.periods()).containsExactly(YearMonth.of(2016, 6));
        assertThat(row(table, 0)).containsExactly(5);
    }

    @Test
    void aStockByQuarterIsTheQuarterEndsFigureAndFiltersKeepOnlyTheirValues() {
        CrossTable table = builder.build(query(List.of("caseload_total"), Periodicity.QUARTER,
                List.of(Breakdown.APPLICATION_TYPE), Map.of(Breakdown.COUNTRY, List.of("WALES")), "2016-09"));
        // end of June: Wales C2 open (C3 closed on 15 June); end of September: C2 and C6, both new
        assertThat(row(table, 0)).containsExactly(1, 0, 1);
        assertThat(row(table, 1)).containsExactly(2, 0, 2);
    }

    @Test
    void aQuarterlyRateIsRecomputedFromTheQuartersSumsNotAveragedOverItsMonths() {
        CrossTable table = builder.build(query(List.of("fee_exemption_pct"), Periodicity.QUARTER, List.of(),
                Map.of(), null));
        // fee-liable intake: April C1 C7 (0 exempt), May C2 (exempt), June C4 (0): months 0%, 100%, 0% average
        // 33.3%, but the quarter is 1 exempt of 4 fee-liable = 25%
        assertThat(table.cell(0, 0)).isEqualByComparingTo("25");
    }

    @Test
    void aFilterThatKeepsNothingGivesAnEmptyTableWithItsReason() {
        CrossTable table = builder.build(query(List.of("intake_total"), Periodicity.MONTH, List.of(),
                Map.of(Breakdown.COUNTRY, List.of("SCOTLAND"), Breakdown.APPLICATION_TYPE, List.of("ARREARS_ONLY")),
                null));
        assertThat(table.isEmpty()).isTrue();
        assertThat(table.emptyReason()).contains("where application_type is ARREARS_ONLY and country is SCOTLAND "
                + "leaves nothing to count");
    }

    @Test
    void aFinancialYearOfAQuarterlyMeasureIsRefusedWithTheReason() {
        assertThatThrownBy(() -> builder.build(query(List.of("compliance_pct"), Periodicity.YEAR, List.of(),
                Map.of(), null))).isInstanceOf(MeasureException.class)
                .hasMessageContaining("compliance_pct cannot be given by year");
    }

    @Test
    void measuresOfDifferentUnitsAreRefused() {
        assertThatThrownBy(() -> builder.build(query(List.of("intake_total", "fee_exemption_pct"),
                Periodicity.MONTH, List.of(), Map.of(), null))).isInstanceOf(MeasureException.class)
                .hasMessageContaining("intake_total is number but fee_exemption_pct is %");
    }
}
