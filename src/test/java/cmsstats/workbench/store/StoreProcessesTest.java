package cmsstats.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.task.TaskContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other workbench processes on the same store: a command beside an open store, one killed during a password
 * change or an import of a protected store.
 */
class StoreProcessesTest {
    private static final String OLD = new String(ProtectedStoreTest.PASSWORD);
    private static final String NEW = new String(ProtectedStoreTest.NEW_PASSWORD);

    @TempDir
    Path temp;

    private static ProcessBuilder workbench(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Dcms.workbench.logDir="
                        + System.getProperty("cms.workbench.logDir", "target/test-logs"),
                "cmsstats.workbench.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("CMS_WORKBENCH_PASSWORD");
        builder.environment().remove("CMS_WORKBENCH_NEW_PASSWORD");
        builder.environment().putAll(environment);
        return builder;
    }

    private static String run(ProcessBuilder builder, int expectedExit) throws Exception {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(expectedExit);
        return output;
    }

    @Test
    void aCommandImportsAndMeasuresWhileAnotherProcessHoldsTheStore() throws Exception {
        Path dir = temp.resolve("store");
        Path complaints = Files.writeString(temp.resolve("complaints.csv"),
                "complaint_id,received_date,stage\nK10001,2016-07-01,REVIEW\nK10002,2016-08-01,REVIEW\n");
        try (Store held = Store.openProtected(dir, ProtectedStoreTest.PASSWORD)) {
            String stamp = held.extracts().catalogStamp();
            Map<String, String> env = Map.of("CMS_WORKBENCH_PASSWORD", OLD);
            assertThat(run(workbench(env, "--db", dir.toString(), "import", "--kind", "complaints",
                    complaints.toString()), 0)).contains("imported 2 complaints rows as version 1");
            assertThat(run(workbench(env, "--db", dir.toString(), "measures", "--measure", "complaints_received"),
                    0)).contains("complaints_received,2016-08,,1");
            assertThat(run(workbench(env, "--db", dir.toString(), "extracts"), 0))
                    .contains("protected by a password", "open in another workbench too", "complaints.csv");
            assertThat(run(workbench(Map.of("CMS_WORKBENCH_PASSWORD", "not the password"), "--db",
                    dir.toString(), "extracts"), 1)).isEqualTo("cms-workbench: wrong password for store " + dir
                    + System.lineSeparator());
            // the holder sees the new version at once, and builds its analytic copy on first use
            assertThat(held.extracts().catalogStamp()).isNotEqualTo(stamp);
            ExtractVersion imported = held.extracts().list().get(0);
            assertThat(imported.kind()).isEqualTo(ExtractKind.COMPLAINTS);
            held.analytics().rebuildMissing(TaskContext.silent());
            assertThat(held.analytics().missing()).isEmpty();
            assertLoopbackOnly(dir);
        }
    }

    @Test
    void anUnprotectedStoreIsSharedTooAndTheDuckDbFileStaysWithTheFirstProcess() throws Exception {
        Path dir = temp.resolve("plain");
        Path complaints = Files.writeString(temp.resolve("complaints.csv"),
                "complaint_id,received_date,stage\nK10001,2016-07-01,REVIEW\n");
        try (Store held = Store.open(dir)) {
            assertThat(held.analytics().inMemory()).isFalse();
            assertThat(run(workbench(Map.of(), "--db", dir.toString(), "import", "--kind", "complaints",
                    complaints.toString()), 0)).contains("imported 1 complaints rows as version 1");
            assertThat(run(workbench(Map.of(), "--db", dir.toString(), "extracts"), 0))
                    .contains("not protected by a password", "open in another workbench too");
            assertThat(held.analytics().missing()).hasSize(1);
            held.analytics().rebuildMissing(TaskContext.silent());
        }
        try (Store alone = Store.open(dir)) {
            assertThat(alone.isShared()).isFalse();
            assertThat(alone.analytics().missing()).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(AnalyticStore.TEMP_DIRECTORY + "."));
        }
    }

    /** H2's server for the second process listens on the loopback address only. */
    private static void assertLoopbackOnly(Path dir) throws IOException {
        Properties lock = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("workbench.lock.db"), StandardCharsets.ISO_8859_1)) {
            lock.load(reader);
        }
        String server = lock.getProperty("server");
        assertThat(server).matches("(localhost|127\\.0\\.0\\.1):\\d+");
        int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).findFirst();
        if (outside.isPresent()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), port), 2000);
                throw new AssertionError("the store's server answered on " + outside.get());
            } catch (IOException refused) {
                assertThat(refused).isNotNull();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Test
    void aProcessKilledAtAnyStepOfAPasswordChangeLeavesTheOldOrTheNewPasswordWorking() throws Exception {
        Path base = temp.resolve("base");
        int versions;
        try (Store store = Store.openProtected(base, ProtectedStoreTest.PASSWORD)) {
            ProtectedStoreTest.importSamples(store);
            versions = store.extracts().list().size();
        }
        List<String> killedAt = List.of("Copying", "Encrypting", "Switching", "Deleting", "The password");
        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < killedAt.size(); attempt++) {
            Path dir = temp.resolve("store-" + attempt);
            copyTree(base, dir);
            Process child = workbench(Map.of("CMS_WORKBENCH_PASSWORD", OLD, "CMS_WORKBENCH_NEW_PASSWORD", NEW),
                    "--db", dir.toString(), "store", "password").start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(killedAt.get(attempt))) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
            child.waitFor();
            boolean oldWorks = opens(dir, OLD, versions);
            boolean newWorks = opens(dir, NEW, versions);
            outcomes.add(killedAt.get(attempt) + ": " + (oldWorks ? "old" : "") + (newWorks ? "new" : ""));
            assertThat(oldWorks ^ newWorks).as("exactly one password works after a kill at " + killedAt.get(attempt))
                    .isTrue();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mv.db")))
                        .hasSize(1);
            }
        }
        assertThat(outcomes).first().asString().endsWith("old");
        assertThat(outcomes).last().asString().endsWith("new");
    }

    private static boolean opens(Path dir, String password, int versions) {
        try (Store store = Store.openProtected(dir, password.toCharArray())) {
            assertThat(store.extracts().list()).hasSize(versions);
            return true;
        } catch (WrongPasswordException e) {
            return false;
        }
    }

    @Test
    void aProtectedStoreSurvivesAProcessKilledDuringAnImport() throws Exception {
        Path dir = temp.resolve("store");
        try (Store store = Store.openProtected(dir, ProtectedStoreTest.PASSWORD)) {
            assertThat(store.extracts().list()).isEmpty();
        }
        StringBuilder csv = new StringBuilder("complaint_id,received_date,stage\n");
        for (int i = 0; i < 400_000; i++) {
            csv.append("K").append(100_000 + i).append(",2016-07-01,REVIEW\n");
        }
        Path big = Files.writeString(temp.resolve("big.csv"), csv);
        Process child = workbench(Map.of("CMS_WORKBENCH_PASSWORD", OLD), "--db", dir.toString(), "import",
                "--kind", "complaints", big.toString()).start();
        Path h2 = dir.resolve("workbench.mv.db");
        long before = Files.size(h2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline && Files.size(h2) < before + 1_000_000) {
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        assertThat(child.isAlive()).as("the import was still running when killed").isTrue();
        child.destroyForcibly().waitFor();
        try (Store store = Store.openProtected(dir, ProtectedStoreTest.PASSWORD)) {
            assertThat(store.extracts().list()).isEmpty();
            assertThat(store.extracts().pendingCount()).isZero();
        }
    }
}
