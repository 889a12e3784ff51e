package cmsstats.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.store.StoreProtection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line on a protected store: the password from the environment, never from an argument. */
class ProtectedStoreCommandTest {
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> environment = new HashMap<>();

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = WorkbenchCommand.commandLine(new WorkbenchCommand(d -> { },
                new Passwords(environment, () -> null)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aNewStoreIsProtectedAndOpensOnlyWithItsPassword() throws Exception {
        String db = temp.resolve("store").toString();
        Path complaints = Files.writeString(temp.resolve("complaints.csv"),
                "complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\n");
        assertThat(run("--db", db, "--new-store-password", "extracts")).isEqualTo(1);
        assertThat(err.toString()).contains("typed at a terminal, or set in CMS_WORKBENCH_PASSWORD");
        assertThat(StoreProtection.state(Path.of(db))).isEqualTo(StoreProtection.State.NEW);

        environment.put(Passwords.PASSWORD_VARIABLE, "short");
        assertThat(run("--db", db, "--new-store-password", "extracts")).isEqualTo(1);
        assertThat(err.toString()).contains("at least 8 characters");

        environment.put(Passwords.PASSWORD_VARIABLE, "a long enough password");
        assertThat(run("--db", db, "--new-store-password", "import", "--kind", "complaints",
                complaints.toString())).isZero();
        assertThat(run("--db", db, "extracts")).isZero();
        assertThat(out.toString()).startsWith("Store " + db + ": protected by a password").contains("complaints.csv");
        assertThat(run("--db", db, "--new-store-password", "extracts")).isEqualTo(1);
        assertThat(err.toString()).contains("already holds one");

        environment.put(Passwords.PASSWORD_VARIABLE, "the wrong password");
        assertThat(run("--db", db, "extracts")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("cms-workbench: wrong password for store " + db
                + System.lineSeparator());
        environment.remove(Passwords.PASSWORD_VARIABLE);
        assertThat(run("--db", db, "extracts")).isEqualTo(1);
        assertThat(err.toString()).contains("run the command in a terminal to be asked for it, or set "
                + "CMS_WORKBENCH_PASSWORD");
    }

    @Test
    void storePasswordChangesThePasswordOrGivesAnUnprotectedStoreOne() throws Exception {
        String db = temp.resolve("store").toString();
        Path complaints = Files.writeString(temp.resolve("complaints.csv"),
                "complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\n");
        assertThat(run("--db", db, "import", "--kind", "complaints", complaints.toString())).isZero();
        assertThat(run("--db", db, "extracts")).isZero();
        assertThat(out.toString()).startsWith("Store " + db + ": not protected by a password");

        environment.put(Passwords.NEW_PASSWORD_VARIABLE, "first password");
        assertThat(run("--db", db, "store", "password")).isZero();
        assertThat(out.toString().lines()).contains("Switching the store to the new password",
                "The password of " + db + " is changed");
        environment.put(Passwords.PASSWORD_VARIABLE, "first password");
        environment.put(Passwords.NEW_PASSWORD_VARIABLE, "second password");
        assertThat(run("--db", db, "store", "password")).isZero();
        assertThat(run("--db", db, "extracts")).isEqualTo(1);
        environment.put(Passwords.PASSWORD_VARIABLE, "second password");
        assertThat(run("--db", db, "extracts")).isZero();
        assertThat(out.toString()).contains("protected by a password", "complaints.csv");
    }
}
