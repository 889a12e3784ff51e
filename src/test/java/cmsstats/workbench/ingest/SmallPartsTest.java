package cmsstats.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.task.TaskContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of the import path, each against values worked out by hand. */
class SmallPartsTest {

    @Test
    void keyIndexReturnsTheFirstRowOfARepeatAndZeroOtherwise() {
        KeyIndex index = new KeyIndex();
        for (int i = 0; i < 200_000; i++) {
            assertThat(index.firstRowOf("C" + i, i + 2)).isZero();
        }
        assertThat(index.firstRowOf("C7", 900_000)).isEqualTo(9);
        assertThat(index.firstRowOf("C199999", 900_001)).isEqualTo(200_001);
    }

    @Test
    void keyHashSeparatesTheParts() {
        assertThat(KeyIndex.hash("C1\u000016-08")).isNotEqualTo(KeyIndex.hash("C11\u00006-08"));
    }

    @Test
    void workbookCellsReadAsTheContractWritesThem() {
        ContractCellFormatter formatter = new ContractCellFormatter();
        // 42583 is 2016-08-01 in Excel's 1900 date system
        assertThat(formatter.formatRawCellContents(42583, 14, "m/d/yy")).isEqualTo("2016-08-01");
        assertThat(formatter.formatRawCellContents(42583, 165, "mmm-yy")).isEqualTo("2016-08");
        assertThat(formatter.formatRawCellContents(42583, 166, "[$-809]dd mmmm yyyy")).isEqualTo("2016-08-01");
        assertThat(formatter.formatRawCellContents(1204.5, 167, "\u00a3#,##0")).isEqualTo("1204.5");
        assertThat(formatter.formatRawCellContents(3.0, 0, "General")).isEqualTo("3");
        assertThat(formatter.formatRawCellContents(0.1, 2, "0.00")).isEqualTo("0.1");
        assertThat(ContractCellFormatter.showsDay("\"day\" mmm yyyy")).isFalse();
    }

    @Test
    void theBundledSampleDataImportsCompletely(@TempDir Path temp) throws Exception {
        List<SampleDatasets.Entry> entries = SampleDatasets.entries();
        assertThat(entries).extracting(SampleDatasets.Entry::kind).containsExactly(ExtractKind.values());
        try (ImportFixture fixture = new ImportFixture(temp)) {
            List<ImportResult> results = SampleDatasets.importAll(fixture.importer(), TaskContext.silent());
            assertThat(results).allSatisfy(r -> assertThat(r.problemReport()).as(r.file()).isEmpty());
            assertThat(fixture.store().extracts().list()).hasSize(ExtractKind.values().length);
        }
    }
}
