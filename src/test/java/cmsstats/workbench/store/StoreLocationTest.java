package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    @Test
    void perUserDataDirectoryOfEachSystem() {
        assertThat(StoreLocation.defaultDirectory("Linux", "/home/ann", Map.of()))
                .isEqualTo(Path.of("/home/ann/.local/share/cms-workbench"));
        assertThat(StoreLocation.defaultDirectory("Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data/ann")))
                .isEqualTo(Path.of("/data/ann/cms-workbench"));
        assertThat(StoreLocation.defaultDirectory("Mac OS X", "/Users/ann", Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/CMS Statistics Workbench"));
        assertThat(StoreLocation.defaultDirectory("Windows 11", "C:\\Users\\ann",
                Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local")).toString())
                .endsWith("CMS Statistics Workbench");
    }
}
