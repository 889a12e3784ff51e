package cmsstats.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log records what an import did and how long it took, and never a row, a cell or a problem's text. */
class ImportLogTest {
    @TempDir
    Path temp;

    @Test
    void anImportIsLoggedWithoutItsRows() throws Exception {
        Path log = StoreLocation.logDirectory().resolve("workbench.log");
        try (ImportFixture fixture = new ImportFixture(temp)) {
            fixture.importLines(ExtractKind.COMPLAINTS, "logged-complaints.csv", "complaint_id,received_date,stage",
                    "KSECRET1,2016-08-01,REVIEW", "KSECRET2,2016-08-02,RESOLUTION");
            fixture.importLines(ExtractKind.COMPLAINTS, "logged-refused.csv", "complaint_id,received_date,stage",
                    "KSECRET3,2016-08-32,REVIEW");
        }
        String text = Files.readString(log);
        assertThat(text).containsPattern("import complaints logged-complaints\\.csv: version \\d+, 2 rows, \\d+ ms")
                .containsPattern("import complaints logged-refused\\.csv: refused, problems: 1, \\d+ ms")
                .doesNotContain("KSECRET").doesNotContain("2016-08-32");
    }
}
