package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.ingest.synthetic.SampleGenerator;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.model.Slice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly measures read from a case_months version's quarterly table are exactly those of the query run on
 * the span itself, for every slice the family accepts and for spans that start and end anywhere; the table is
 * made by the import, kept across a reopening, and made again when it is missing.
 */
class QuarterTableTest {
    @TempDir
    static Path temp;
    static ImportFixture fixture;
    static ExtractVersion caseMonths;
    static ExtractVersion cases;

    @BeforeAll
    static void generateAndImport() throws Exception {
        SampleGenerator.Written written = SampleGenerator.write(temp.resolve("sample"),
                new SampleGenerator.Options(11, 0.01, false));
        fixture = new ImportFixture(temp.resolve("store"));
        for (ExtractKind kind : List.of(ExtractKind.CASES, ExtractKind.CASE_MONTHS)) {
            ImportResult result = fixture.importFile(written.files().get(kind), kind);
            assertThat(result.problemReport()).isEmpty();
        }
        caseMonths = fixture.store().extracts().newest(ExtractKind.CASE_MONTHS).orElseThrow();
        cases = fixture.store().extracts().casesFor(caseMonths).orElseThrow();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        slices.add(Slice.ALL);
        slices.add(Slice.of(java.util.Optional.of(Breakdown.SERVICE_TYPE)));
        for (List<String> kept : List.of(List.of("DP"), List.of("CP"), List.of("DP", "CP"))) {
            slices.add(new Slice(List.of(), Map.of(Breakdown.SERVICE_TYPE, kept)));
            slices.add(new Slice(List.of(Breakdown.SERVICE_TYPE), Map.of(Breakdown.SERVICE_TYPE, kept)));
        }
        return slices;
    }

    @Test
    void theTableGivesTheFiguresOfTheQueryOnTheSpan() {
        MeasureQueries queries = new MeasureQueries(fixture.store());
        YearMonth[] span = queries.span(caseMonths).orElseThrow();
        List<YearMonth[]> spans = List.of(span, new YearMonth[] {span[0].plusMonths(7), span[1].minusMonths(4)},
                new YearMonth[] {span[1].minusMonths(1), span[1]}, new YearMonth[] {span[0], span[0].plusMonths(1)});
        int rows = 0;
        for (Slice slice : slices()) {
            for (YearMonth[] s : spans) {
                Aggregates stored = queries.quarters(caseMonths, cases, slice, s[0], s[1]);
                Aggregates live = queries.liveQuarters(caseMonths, cases, slice, s[0], s[1]);
                assertThat(stored.columns()).isEqualTo(live.columns());
                assertThat(sorted(stored)).as(slice + " " + s[0] + ".." + s[1]).isEqualTo(sorted(live));
                rows += live.rows().size();
            }
        }
        assertThat(rows).isGreaterThan(100);
    }

    @Test
    void theImportMakesTheTableAndAReopeningKeepsIt() throws Exception {
        String name = AnalyticTables.derivedName("quarters", caseMonths.id(), cases.id());
        assertThat(tables()).contains(name);
        fixture.reopen();
        assertThat(tables()).contains(name);
        // dropped behind the engine's back, it is made again on first use, with the same figures
        try (Connection connection = fixture.store().analytics().connection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + name);
        }
        fixture.reopen();
        assertThat(tables()).doesNotContain(name);
        MeasureQueries queries = new MeasureQueries(fixture.store());
        YearMonth[] span = queries.span(caseMonths).orElseThrow();
        assertThat(sorted(queries.quarters(caseMonths, cases, Slice.ALL, span[0], span[1])))
                .isEqualTo(sorted(queries.liveQuarters(caseMonths, cases, Slice.ALL, span[0], span[1])));
        assertThat(tables()).contains(name);
    }

    private static List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = fixture.store().analytics().connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM duckdb_tables()")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** The rows as text (period, group, exact values), in order. */
    private static List<String> sorted(Aggregates aggregates) {
        return aggregates.rows().stream().map(r -> r.period() + " " + r.group() + " " + java.util.Arrays.stream(
                r.values()).map(v -> v == null ? "null" : v.stripTrailingZeros().toPlainString()).toList())
                .sorted().toList();
    }
}
