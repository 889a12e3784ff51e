package cmsstats.workbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.publish.explore.ExploreChart;
import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.ScriptedDialogService;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Explore controls offer and refuse, and why: units, rows, breakdowns and filters. */
class ExploreViewModelTest {
    @TempDir
    Path temp;
    ImportFixture fixture;
    ExploreViewModel model;
    final ScriptedDialogService dialogs = new ScriptedDialogService();

    @BeforeEach
    void open() {
        fixture = new ImportFixture(temp);
        assertThat(fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-04-05,,1,PAID,ENGLAND,N",
                "C2,G2,ARREARS_ONLY,2016-05-10,,2,NOT_APPLICABLE,WALES,Y",
                "C3,G3,NEW,2016-06-20,,1,PAID,SCOTLAND,N").accepted()).isTrue();
        model = new ExploreViewModel(fixture.store(), new CurrentThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String refusal(String measure) {
        return model.measures().stream().filter(m -> m.definition().id().equals(measure)).findFirst().orElseThrow()
                .refusal().get();
    }

    @Test
    void withNothingChosenEverythingIsOfferedAndTheResultSaysHowToStart() {
        assertThat(model.measures()).allSatisfy(m -> assertThat(m.refusal().get()).isEmpty());
        for (Periodicity p : Periodicity.values()) {
            assertThat(model.rowsRefusal(p).get()).isEmpty();
        }
        assertThat(model.filterable()).containsExactly(Breakdown.values());
        assertThat(model.shown().get()).isNull();
        assertThat(model.message().get()).startsWith("Choose one or more measures");
    }

    @Test
    void aChosenMeasureDisablesMeasuresOfAnotherUnitAndBreakdownsItLacks() {
        assertThat(model.chooseMeasure("caseload_total", true)).isTrue();
        assertThat(refusal("compliance_pct")).isEqualTo("A table's measures share one unit: caseload_total is "
                + "number but compliance_pct is %");
        assertThat(refusal("cash_due_gbp")).contains("caseload_total is number but cash_due_gbp is GBP");
        assertThat(refusal("caseload_new")).isEmpty();
        assertThat(model.chooseMeasure("compliance_pct", true)).isFalse();
        assertThat(model.chosenMeasures()).containsExactly("caseload_total");

        assertThat(model.breakdownRefusal(Breakdown.SERVICE_TYPE).get())
                .isEqualTo("caseload_total has no service_type breakdown");
        assertThat(model.breakdownRefusal(Breakdown.COUNTRY).get()).isEmpty();
        assertThat(model.filterable()).containsExactly(Breakdown.APPLICATION_TYPE, Breakdown.COUNTRY,
                Breakdown.PRIOR_CSA);
        assertThat(model.chooseColumn(0, Breakdown.SERVICE_TYPE)).isFalse();
        assertThat(model.chooseColumn(1, Breakdown.COUNTRY)).isFalse();
        assertThat(model.columnRefusal(1, Breakdown.COUNTRY)).isEqualTo("choose the first column breakdown before "
                + "a second");
        assertThat(model.chooseColumn(0, Breakdown.COUNTRY)).isTrue();
        assertThat(model.columnRefusal(1, Breakdown.COUNTRY)).isEqualTo("country is already the first column "
                + "breakdown");
        assertThat(model.chooseColumn(1, Breakdown.APPLICATION_TYPE)).isTrue();

        // the measures that lack a used breakdown say which and how to add them
        model.chooseMeasure("caseload_total", false);
        assertThat(refusal("compliance_pct")).isEqualTo("compliance_pct has no country breakdown; remove the "
                + "country column or filter to add it");
        assertThat(model.chooseFilter(Breakdown.SERVICE_TYPE, List.of("DP"))).isTrue();
        model.chooseColumn(0, null);
        // the second breakdown moved up when the first was taken away
        assertThat(model.column(0).get()).isEqualTo(Breakdown.APPLICATION_TYPE);
        assertThat(model.column(1).get()).isNull();
        assertThat(refusal("cases_due_dp")).isEqualTo("cases_due_dp has no application_type breakdown; remove the "
                + "application type column or filter to add it");
    }

    @Test
    void aQuarterlyMeasureRefusesFinancialYearsAndYearsRefuseIt() {
        model.chooseMeasure("compliance_pct", true);
        assertThat(model.rowsRefusal(Periodicity.YEAR).get()).startsWith("compliance_pct is not given by "
                + "financial year: it is a quarterly figure of distinct cases or case groups");
        assertThat(model.rowsRefusal(Periodicity.QUARTER).get()).isEmpty();
        assertThat(model.chooseRows(Periodicity.YEAR)).isFalse();
        assertThat(model.rows().get()).isEqualTo(Periodicity.MONTH);
        assertThat(model.breakdownRefusal(Breakdown.COUNTRY).get()).isEqualTo("compliance_pct has no country "
                + "breakdown");
        assertThat(model.filterable()).containsExactly(Breakdown.SERVICE_TYPE);

        model.chooseMeasure("compliance_pct", false);
        assertThat(model.chooseRows(Periodicity.YEAR)).isTrue();
        assertThat(refusal("paying_cases")).startsWith("paying_cases is not given by financial year: it is a "
                + "quarterly figure");
        assertThat(refusal("caseload_total")).isEmpty();
    }

    @Test
    void theControlsMakeTheQueryAndAQueryPutsItsChoicesBack() {
        model.chooseMeasure("intake_total", true);
        model.chooseRows(Periodicity.QUARTER);
        model.chooseColumn(0, Breakdown.COUNTRY);
        model.chooseFilter(Breakdown.APPLICATION_TYPE, List.of("NEW"));
        // all of a breakdown's values kept is no filter at all
        model.chooseFilter(Breakdown.PRIOR_CSA, List.of("N", "Y"));
        model.setFrom("2016-04");
        model.rounded().set(true);
        TableQuery expected = new TableQuery(List.of("intake_total"), Periodicity.QUARTER, new Slice(
                List.of(Breakdown.COUNTRY), Map.of(Breakdown.APPLICATION_TYPE, List.of("NEW"))),
                Optional.of(YearMonth.of(2016, 4)), Optional.empty(), true);
        assertThat(model.query()).isEqualTo(expected);
        assertThat(model.shown().get().table().query()).isEqualTo(expected);

        ExploreViewModel other = new ExploreViewModel(fixture.store(), new CurrentThreadTaskExecutor(), dialogs);
        other.apply(expected);
        assertThat(other.query()).isEqualTo(expected);
        assertThat(other.chosenMeasures()).containsExactly("intake_total");
        assertThat(other.breakdownRefusal(Breakdown.SERVICE_TYPE).get()).isNotEmpty();
        assertThat(other.filter(Breakdown.APPLICATION_TYPE)).containsExactly("NEW");
        assertThat(other.shown().get().rows()).isEqualTo(1);
    }

    @Test
    void aMonthThatIsNotAMonthAndARefusalAreSaidInPlaceOfTheTable() {
        model.chooseMeasure("intake_total", true);
        model.setTo("2016-13");
        assertThat(model.shown().get()).isNull();
        assertThat(model.message().get()).startsWith("To '2016-13' is not a month (expected YYYY-MM");
        model.setTo("");
        assertThat(model.shown().get().rows()).isEqualTo(3);
        assertThat(model.message().get()).isEmpty();

        model.chooseMeasure("intake_total", false);
        model.chooseMeasure("complaints_received", true);
        assertThat(model.shown().get()).isNull();
        assertThat(model.message().get()).isEqualTo("Cannot build this table: no complaints extract is stored "
                + "(import one to compute these measures)");
    }

    @Test
    void aWideTableIsChartedByItsTotalColumns() {
        model.chooseMeasure("intake_total", true);
        model.chooseColumn(0, Breakdown.COUNTRY);
        assertThat(model.shown().get().columns()).isEqualTo(4);
        assertThat(ExploreChart.drawnColumns(model.shown().get())).containsExactly(0, 1, 2, 3);
        model.chooseColumn(1, Breakdown.APPLICATION_TYPE);
        // 3 countries x (2 types + total), then the totals over country: 12 columns, the chart draws the 6 totals
        assertThat(model.shown().get().columns()).isEqualTo(12);
        assertThat(ExploreChart.drawnColumns(model.shown().get())).containsExactly(2, 5, 8, 9, 10, 11);
    }
}
