package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import cmsstats.workbench.store.RecordQueries;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill-through: for every traceable measure of the catalogue, in every cell of its tables (by month and by
 * quarter, without breakdown, by each breakdown, crossed and filtered), the records add up to the figure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsFinderTest {
    ImportFixture fixture;
    CrossTableBuilder builder;
    RecordsFinder finder;

    @BeforeAll
    void importExtracts(@TempDir Path temp) {
        fixture = new ImportFixture(temp);
        accepted(fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2016-04-05,,1,PAID,ENGLAND,N",
                "C7,G6,NEW,2016-04-20,,1,PAID,ENGLAND,N",
                "C2,G1,NEW,2016-05-10,,2,EXEMPT_DV,WALES,Y",
                "C3,G2,ARREARS_ONLY,2016-05-20,2016-06-15,1,NOT_APPLICABLE,WALES,N",
                "C4,G3,NEW,2016-06-01,,1,PAID,SCOTLAND,N",
                "C5,G4,ARREARS_ONLY,2016-07-02,,3,NOT_APPLICABLE,ENGLAND,Y",
                "C6,G5,NEW,2016-07-30,,1,EXEMPT_UNDER19,WALES,N"));
        accepted(fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-04,DP,50.00,,0", "C1,2016-05,DP,50.00,,0", "C1,2016-06,CP,50.00,20.00,30.00",
                "C1,2016-07,CP,50.00,,80.00",
                "C2,2016-05,CP,30.00,30.00,0", "C2,2016-06,CP,30.00,,30.00", "C2,2016-07,DP,30.00,,30.00",
                "C3,2016-05,CP,10.00,,10.00", "C3,2016-06,CP,0.00,,10.00",
                "C4,2016-06,DP,25.00,,0", "C4,2016-07,CP,25.00,25.00,0",
                "C7,2016-04,CP,40.00,,40.00", "C7,2016-05,CP,40.00,10.00,70.00", "C7,2016-06,CP,40.00,,110.00",
                "C7,2016-07,CP,40.00,40.00,110.00",
                "C5,2016-07,DP,0.00,,0"));
        accepted(fixture.importLines(ExtractKind.SERVICE_REQUESTS, "sr.csv", "request_id,case_id,received_date,"
                + "cleared_date", "SR1,C1,2016-04-03,2016-04-20", "SR2,C2,2016-04-28,2016-06-02",
                "SR3,C4,2016-06-10,", "SR4,C7,2016-07-01,2016-07-05"));
        accepted(fixture.importLines(ExtractKind.RECONSIDERATIONS, "mr.csv", "mr_id,case_id,received_date,"
                + "cleared_date,outcome", "MR1,C1,2016-04-02,2016-04-10,REVISED",
                "MR2,C3,2016-05-05,2016-06-01,NOT_REVISED", "MR3,C4,2016-06-20,,"));
        accepted(fixture.importLines(ExtractKind.APPEALS, "appeals.csv", "appeal_id,case_id,received_date,"
                + "cleared_date,outcome", "AP1,C2,2016-04-11,2016-07-01,TRIBUNAL", "AP2,C6,2016-07-30,,"));
        accepted(fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                "K1,2016-04-01,REVIEW", "K2,2016-06-15,RESOLUTION", "K3,2016-07-31,REVIEW"));
        builder = new CrossTableBuilder(new MeasureEngine(fixture.store()));
        finder = new RecordsFinder(fixture.store());
    }

    private static void accepted(cmsstats.workbench.model.ImportResult result) {
        assertThat(result.accepted()).as(String.valueOf(result.problems())).isTrue();
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    /** Slices to try on a measure: none, each breakdown, two crossed, one crossed under a filter. */
    private static List<Slice> slices(MeasureDefinition measure) {
        List<Breakdown> offered = measure.breakdowns();
        List<Slice> slices = new ArrayList<>(List.of(Slice.ALL));
        offered.forEach(b -> slices.add(new Slice(List.of(b), Map.of())));
        if (offered.size() >= 2) {
            slices.add(new Slice(List.of(offered.get(0), offered.get(1)), Map.of()));
            slices.add(new Slice(List.of(offered.get(1)), Map.of(offered.get(0),
                    List.of(offered.get(0).codes().get(0)))));
        }
        return slices;
    }

    @Test
    void everyTraceableMeasuresRecordsAddUpToEachFigureOfItsTables() {
        int checked = 0;
        for (MeasureDefinition measure : MeasureCatalog.all()) {
            if (RecordsFinder.untraceable(measure).isPresent()) {
                assertThat(measure.unit() == MeasureUnit.PERCENT || measure.extractKind() == ExtractKind.TELEPHONY
                        || measure.extractKind() == ExtractKind.SURVEY_RESPONSES
                        || measure.extractKind() == ExtractKind.ASSESSMENTS || measure.id().startsWith("children"))
                        .as(measure.id() + " has no trace").isTrue();
                continue;
            }
            for (Periodicity rows : List.of(Periodicity.MONTH, Periodicity.QUARTER)) {
                for (Slice slice : slices(measure)) {
                    CrossTable table = builder.build(new TableQuery(List.of(measure.id()), rows, slice,
                            Optional.of(YearMonth.of(2016, 4)), Optional.of(YearMonth.of(2016, 7)), false));
                    for (int r = 0; r < table.periods().size(); r++) {
                        for (int c = 0; c < table.columns().size(); c++) {
                            CrossTable.Column column = table.columns().get(c);
                            RecordsFinder.Records records = finder.find(new RecordsFinder.Request(measure.id(),
                                    rows, table.periods().get(r), slice.narrowedTo(column.codes())), 0, 1000);
                            BigDecimal total = records.counting() == RecordQueries.Counting.ROWS
                                    ? BigDecimal.valueOf(records.rows()) : records.total();
                            assertThat(total).as(measure.id() + " " + rows.id() + " " + table.periods().get(r) + " "
                                    + column.codes() + slice.describe()).isEqualByComparingTo(table.cell(r, c));
                            assertThat(records.page().rows()).hasSize((int) records.rows());
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void theRecordsOfACellAreItsRowsInFileOrder() {
        // caseload at the end of June 2016 in Wales: C2 (C3 closed on 15 June)
        RecordsFinder.Records wales = finder.find(new RecordsFinder.Request("caseload_total", Periodicity.MONTH,
                YearMonth.of(2016, 6), new Slice(List.of(), Map.of(Breakdown.COUNTRY, List.of("WALES")))), 0, 50);
        assertThat(wales.rows()).isEqualTo(1);
        assertThat(wales.page().rows()).extracting(row -> row.get(1)).containsExactly("C2");
        // case groups contributing in April to June 2016: G1 (C1 DP in April), G6 (C7 paid in May), G3 (C4 DP);
        // G2 (C3) was liable in May but paid nothing. Their rows in the quarter: C1 x3, C2 x2, C7 x3, C4 x1
        RecordsFinder.Records contributing = finder.find(new RecordsFinder.Request("case_groups_contributing",
                Periodicity.QUARTER, YearMonth.of(2016, 6), Slice.ALL), 0, 50);
        assertThat(contributing.total()).isEqualByComparingTo("3");
        assertThat(contributing.rows()).isEqualTo(9);
        assertThat(contributing.describe()).isEqualTo("3 case groups in 9 rows");
    }

    @Test
    void aRateOrAReportedTotalSaysWhyItHasNoRecords() {
        assertThatThrownBy(() -> finder.find(new RecordsFinder.Request("compliance_pct", Periodicity.MONTH,
                YearMonth.of(2016, 6), Slice.ALL), 0, 10)).isInstanceOf(MeasureException.class)
                .hasMessageContaining("compliance_pct is a rate, with no records of its own");
        assertThat(RecordsFinder.untraceable(MeasureCatalog.find("calls_answered_pct").orElseThrow())).isPresent();
        assertThat(RecordsFinder.untraceable(MeasureCatalog.find("children_benefiting").orElseThrow()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("paying_cases"));
    }
}
