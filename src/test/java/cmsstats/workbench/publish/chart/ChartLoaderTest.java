package cmsstats.workbench.publish.chart;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart's figures through the measures layer, beside the published ones and an earlier extract version's. */
class ChartLoaderTest {
    @TempDir
    Path temp;

    @Test
    void showsAsPublishedAndAnEarlierVersionBesideTheComputedFigures() {
        try (ImportFixture fixture = new ImportFixture(temp)) {
            String header = ImportFixture.CASES_HEADER;
            ExtractVersion first = fixture.importLines(ExtractKind.CASES, "cases-v1.csv", header,
                    "C1,G1,NEW,2016-07-01,,2,PAID,ENGLAND,N", "C2,G2,NEW,2016-08-01,,2,PAID,ENGLAND,N").version();
            fixture.importLines(ExtractKind.CASES, "cases-v2.csv", header,
                    "C1,G1,NEW,2016-07-01,,2,PAID,ENGLAND,N", "C2,G2,NEW,2016-08-01,,2,PAID,ENGLAND,N",
                    "C3,G3,NEW,2016-08-09,,2,PAID,ENGLAND,N", "C4,G4,ARREARS_ONLY,2016-08-10,,2,NOT_APPLICABLE,"
                            + "ENGLAND,N");
            fixture.importLines(ExtractKind.PUBLISHED, "published.csv", "measure,period,breakdown,value,edition",
                    "caseload_total,2016-08,,3,2016-10-26");
            ChartSpec caseload = ChartCatalog.find("caseload").orElseThrow();
            assertThat(ChartLoader.sourceOf(caseload)).contains(ExtractKind.CASES);
            ChartData data = new ChartLoader(fixture.store()).load(new ChartLoader.Request(caseload,
                    Optional.of(YearMonth.of(2016, 7)), Optional.of(YearMonth.of(2016, 8)), Optional.empty(), true,
                    Optional.of(first)));
            assertThat(data.series()).extracting(ChartData.Series::name).containsExactly("All cases",
                    "All cases (as published)", "All cases (version " + first.id() + ")");
            assertThat(values(data.series().get(0))).containsExactly(new BigDecimal("1"), new BigDecimal("4"));
            assertThat(values(data.series().get(1))).containsExactly(null, new BigDecimal("3"));
            assertThat(values(data.series().get(2))).containsExactly(new BigDecimal("1"), new BigDecimal("2"));
            assertThat(data.series().get(2).reference()).isTrue();
        }
    }

    private static List<BigDecimal> values(ChartData.Series series) {
        return series.points().stream().map(p -> p.value() == null ? null : p.value().stripTrailingZeros()).toList();
    }
}
