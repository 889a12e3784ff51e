package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.ingest.SampleDatasets;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store protected by a password: opened with it only, encrypted on disk, its password changed safely. */
class ProtectedStoreTest {
    static final char[] PASSWORD = "correct horse battery".toCharArray();
    static final char[] NEW_PASSWORD = "staple tiger orange".toCharArray();

    @TempDir
    Path temp;

    static void importSamples(Store store) throws IOException {
        SampleDatasets.importAll(new ExtractImporter(store), store.directory(), TaskContext.silent())
                .forEach(r -> assertThat(r.accepted()).as(r.summary()).isTrue());
    }

    /** The first {@code count} case ids of the bundled sample's cases. */
    static List<String> sampleCaseIds(int count) throws IOException {
        try (InputStream in = SampleDatasets.class.getResourceAsStream("/sample-datasets/cases.csv")) {
            // ids long enough that random (encrypted) bytes never spell one by chance
            return read(in).lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                    .filter(id -> id.length() >= 6).limit(count).toList();
        }
    }

    static Map<Path, byte[]> contents(Path directory) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(StoreLock.FILE_NAME)) {
                    files.put(directory.relativize(file), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    static List<String> filesHolding(Path directory, List<String> ids) throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : contents(directory).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.ISO_8859_1);
            ids.stream().filter(text::contains).findFirst()
                    .ifPresent(id -> found.add(file.getKey() + " holds " + id));
        }
        return found;
    }

    @Test
    void opensOnlyWithItsPasswordAndAWrongOneChangesNothing() throws Exception {
        Path dir = temp.resolve("store");
        try (Store store = Store.openProtected(dir, PASSWORD)) {
            assertThat(store.isProtected()).isTrue();
            assertThat(store.createdNow()).isTrue();
            assertThat(store.analytics().inMemory()).isTrue();
            importSamples(store);
        }
        assertThat(StoreProtection.state(dir)).isEqualTo(StoreProtection.State.PROTECTED);
        Map<Path, byte[]> before = contents(dir);
        assertThatThrownBy(() -> Store.openProtected(dir, "not the password".toCharArray()))
                .isInstanceOf(WrongPasswordException.class).hasMessage("wrong password for store " + dir);
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(PasswordRequiredException.class);
        assertThat(contents(dir)).containsOnlyKeys(before.keySet());
        Map<Path, byte[]> after = contents(dir);
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
        try (Store store = Store.openProtected(dir, PASSWORD)) {
            assertThat(store.extracts().list()).hasSize(SampleDatasets.entries().size());
            assertThat(store.analytics().missing()).isNotEmpty();
            store.analytics().rebuildMissing(TaskContext.silent());
            assertThat(store.analytics().missing()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve(AnalyticStore.FILE_NAME))).isFalse();
    }

    @Test
    void theFilesOnDiskHoldNoImportedIdInClearText() throws Exception {
        List<String> ids = sampleCaseIds(300);
        Path plain = temp.resolve("plain");
        try (Store store = Store.open(plain)) {
            importSamples(store);
        }
        // the check can see ids: an unprotected store holds them in clear
        assertThat(filesHolding(plain, ids)).isNotEmpty();
        Path dir = temp.resolve("protected");
        try (Store store = Store.openProtected(dir, PASSWORD)) {
            importSamples(store);
            store.analytics().rebuildMissing(TaskContext.silent());
            List<ExtractVersion> versions = store.extracts().list();
            store.extracts().page(versions.get(0), cmsstats.workbench.model.RowQuery.ALL, 0, 200);
            assertThat(filesHolding(dir, ids)).as("while open").isEmpty();
        }
        assertThat(filesHolding(dir, ids)).isEmpty();
        assertThat(contents(dir).keySet()).map(Path::toString)
                .noneMatch(name -> name.contains("duckdb") || name.startsWith(AnalyticStore.TEMP_DIRECTORY));
    }

    @Test
    void thePasswordChangesAndAnUnprotectedStoreCanBeGivenOne() throws Exception {
        List<String> ids = sampleCaseIds(300);
        Path dir = temp.resolve("store");
        try (Store store = Store.open(dir)) {
            importSamples(store);
        }
        List<String> steps = new ArrayList<>();
        StorePasswordChange.change(dir, null, PASSWORD, steps::add, PasswordChangeAudit.NONE);
        assertThat(steps).last().asString().contains("is changed");
        assertThat(filesHolding(dir, ids)).isEmpty();
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(PasswordRequiredException.class);
        List<Store> audited = new ArrayList<>();
        assertThatThrownBy(() -> StorePasswordChange.change(dir, NEW_PASSWORD, PASSWORD, steps::add,
                PasswordChangeAudit.NONE)).isInstanceOf(WrongPasswordException.class);
        StorePasswordChange.change(dir, PASSWORD, NEW_PASSWORD, steps::add, audited::add);
        assertThat(audited).hasSize(1);
        assertThatThrownBy(() -> Store.openProtected(dir, PASSWORD)).isInstanceOf(WrongPasswordException.class);
        try (Store store = Store.openProtected(dir, NEW_PASSWORD)) {
            assertThat(store.extracts().list()).hasSize(SampleDatasets.entries().size());
        }
        assertThat(contents(dir).keySet()).map(Path::toString)
                .containsOnly(StoreProtection.HEADER, "workbench-3.mv.db");
    }

    @Test
    void aPasswordChangeWaitsForEveryOtherUserToCloseTheStore() throws Exception {
        Path dir = temp.resolve("store");
        try (Store store = Store.openProtected(dir, PASSWORD)) {
            assertThatThrownBy(() -> StorePasswordChange.change(dir, PASSWORD, NEW_PASSWORD, s -> { },
                    PasswordChangeAudit.NONE)).hasMessageContaining("is open in another workbench");
        }
        assertThatThrownBy(() -> Store.openProtected(temp.resolve("weak"), "short".toCharArray()))
                .hasMessageContaining("at least 8 characters");
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
