package cmsstats.workbench.ingest;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh H2 file store in a temporary directory for each test. */
abstract class StoreTestBase {
    @TempDir
    Path temp;
    ImportFixture fixture;

    @BeforeEach
    void openStore() {
        fixture = new ImportFixture(temp);
    }

    @AfterEach
    void closeStore() {
        fixture.close();
    }
}
