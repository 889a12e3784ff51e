package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.model.RowQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorting and searching a version's rows: the analytic copy picks them, H2 supplies them, as the file wrote them. */
class RowSearchTest {
    @TempDir
    Path temp;
    private ImportFixture fixture;
    private ExtractVersion months;

    @BeforeEach
    void importSmallExtracts() {
        fixture = new ImportFixture(temp);
        fixture.importLines(ExtractKind.CASES, "cases.csv", ImportFixture.CASES_HEADER,
                "C1,G1,NEW,2015-01-05,,1,PAID,ENGLAND,N",
                "C2,G2,NEW,2015-02-05,,2,PAID,WALES,N",
                "C3,G3,NEW,2015-03-05,,1,PAID,SCOTLAND,Y");
        fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv", ImportFixture.CASE_MONTHS_HEADER,
                "C1,2016-03,DP,50.00,,0",
                "C2,2016-01,CP,120.50,100.00,20.50",
                "C3,2016-02,CP,75.00,75.00,0",
                "C1,2016-04,DP,50.00,,0");
        months = fixture.store().extracts().list().stream().filter(v -> v.kind() == ExtractKind.CASE_MONTHS)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> column(RowPage page, String name) {
        int index = page.columns().indexOf(name);
        return page.rows().stream().map(row -> row.get(index)).toList();
    }

    @Test
    void sortsAMonthColumnInTimeOrderAndMoneyByValue() {
        RowPage byMonth = fixture.store().extracts().page(months, new RowQuery("month", false, null, ""), 0, 10);
        assertThat(column(byMonth, "month")).containsExactly("2016-01", "2016-02", "2016-03", "2016-04");
        assertThat(column(byMonth, "line")).containsExactly("3", "4", "2", "5");
        RowPage byLiability = fixture.store().extracts().page(months, new RowQuery("liability_gbp", true, null, ""),
                0, 10);
        assertThat(column(byLiability, "liability_gbp")).containsExactly("120.50", "75.00", "50.00", "50.00");
        // ties keep file order
        assertThat(column(byLiability, "line")).containsExactly("3", "4", "2", "5");
    }

    @Test
    void searchesOneColumnOrAnyAndCountsTheRowsFound() {
        RowPage inCase = fixture.store().extracts().page(months, new RowQuery(null, false, "case_id", "c1"), 0, 10);
        assertThat(inCase.totalRows()).isEqualTo(2);
        assertThat(column(inCase, "month")).containsExactly("2016-03", "2016-04");
        RowPage anywhere = fixture.store().extracts().page(months, new RowQuery(null, false, null, "2016-0"), 0, 10);
        assertThat(anywhere.totalRows()).isEqualTo(4);
        RowPage money = fixture.store().extracts().page(months, new RowQuery(null, false, null, "20.5"), 0, 10);
        assertThat(column(money, "case_id")).containsExactly("C2");
        RowPage none = fixture.store().extracts().page(months, new RowQuery(null, false, null, "100%"), 0, 10);
        assertThat(none.totalRows()).isZero();
        assertThat(none.rows()).isEmpty();
    }

    @Test
    void pagesThroughSortedRows() {
        RowPage second = fixture.store().extracts().page(months, new RowQuery("month", true, null, ""), 2, 2);
        assertThat(column(second, "month")).containsExactly("2016-02", "2016-01");
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.totalRows()).isEqualTo(4);
    }
}
