package cmsstats.workbench.docs;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.measures.MeasureCatalog;
import cmsstats.workbench.measures.MeasureDefinition;
import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.publish.chart.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The project's contract in {@code docs/} says what the code does: every measure of the catalogue, every column
 * of every extract kind and every event of the timeline has its line in the documents, written as below, and the
 * catalogue table lists no measure the code lacks. A failure names the line the document should hold.
 */
class ContractDocsTest {
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    static List<String> measureLines() {
        List<String> lines = new ArrayList<>();
        for (MeasureDefinition d : MeasureCatalog.all()) {
            lines.add("| `" + d.id() + "` | " + cell(d.title()) + " | " + d.unit().name().toLowerCase(Locale.ROOT)
                    + " | " + d.period().name().toLowerCase(Locale.ROOT) + " | " + cell(d.rule()) + " | "
                    + cell(d.source()) + " |");
        }
        return lines;
    }

    static List<String> extractLines() {
        List<String> lines = new ArrayList<>();
        for (ExtractKind kind : ExtractKind.values()) {
            lines.add("### `" + kind.id() + "`: " + kind.title());
            lines.add("Key: " + String.join(", ", kind.keyColumns().stream().map(c -> "`" + c + "`").toList()) + ".");
            for (Column c : kind.columns()) {
                lines.add("| `" + c.name() + "` | " + (c.optional() ? "no" : "yes") + " | " + cell(c.expectation())
                        + " |");
            }
        }
        return lines;
    }

    @Test
    void theMeasuresDocumentListsTheCatalogueExactly() throws Exception {
        List<String> doc = Files.readAllLines(Path.of("docs/MEASURES.md"));
        assertThat(doc).containsAll(measureLines());
        List<String> catalogueRows = doc.stream().filter(line -> line.startsWith("| `")).toList();
        assertThat(catalogueRows).containsExactlyElementsOf(measureLines());
    }

    @Test
    void theExtractsDocumentStatesEveryColumnOfEveryKind() throws Exception {
        List<String> doc = Files.readAllLines(Path.of("docs/EXTRACTS.md"));
        assertThat(doc).containsAll(extractLines());
        long columns = doc.stream().filter(line -> line.startsWith("| `")).count();
        assertThat(columns).isEqualTo(java.util.Arrays.stream(ExtractKind.values())
                .mapToLong(k -> k.columns().size()).sum());
    }

    @Test
    void theMeasuresDocumentListsTheErrorCausesOfTheCode() throws Exception {
        List<String> doc = Files.readAllLines(Path.of("docs/MEASURES.md"));
        int header = doc.indexOf("| cause | meaning |");
        assertThat(header).isPositive();
        List<String> rows = doc.subList(header + 2, header + 2 + ErrorCause.values().length);
        assertThat(rows).containsExactlyElementsOf(java.util.Arrays.stream(ErrorCause.values())
                .map(c -> "| " + c.code() + " | " + cell(c.label()) + " |").toList());
        assertThat(doc.get(header + 2 + ErrorCause.values().length)).doesNotStartWith("|");
    }

    @Test
    void theTimelineIsTheOneTheChartsDraw() throws Exception {
        List<String> doc = Files.readAllLines(Path.of("docs/MEASURES.md"));
        assertThat(doc).containsAll(Timeline.events().stream().map(e -> "| " + e.month() + " | " + cell(e.label())
                + " |").toList());
    }

    @Test
    void theExploreDocumentListsTheRecordsOfEveryTraceableMeasureAndNoOther() throws Exception {
        String doc = Files.readString(Path.of("docs/EXPLORE.md"));
        String records = doc.substring(doc.indexOf("| measure | records | the figure is |"),
                doc.indexOf("The other measures have no records"));
        for (MeasureDefinition d : MeasureCatalog.all()) {
            boolean traceable = cmsstats.workbench.store.RecordTraces.of(d.id()).isPresent();
            assertThat(records.contains("`" + d.id() + "`")).as(d.id()).isEqualTo(traceable);
        }
    }

    @Test
    void theExploreDocumentsQueryFileIsTheOneTheCodeWrites() throws Exception {
        String doc = Files.readString(Path.of("docs/EXPLORE.md"));
        cmsstats.workbench.model.TableQuery query = new cmsstats.workbench.model.TableQuery(
                List.of("caseload_total"), cmsstats.workbench.model.Periodicity.QUARTER,
                new cmsstats.workbench.model.Slice(List.of(cmsstats.workbench.model.Breakdown.COUNTRY,
                        cmsstats.workbench.model.Breakdown.APPLICATION_TYPE),
                        java.util.Map.of(cmsstats.workbench.model.Breakdown.PRIOR_CSA, List.of("Y"))),
                java.util.Optional.of(java.time.YearMonth.of(2016, 1)),
                java.util.Optional.of(java.time.YearMonth.of(2016, 12)), false);
        assertThat(doc).contains("```json\n" + cmsstats.workbench.publish.explore.QueryFile.toJson(query) + "```");
    }
}
