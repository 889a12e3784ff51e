package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.store.WrongPasswordException;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.data.DataViewModel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store from the desktop: the password asked through the dialog service, and new versions noticed. */
class StoreOpeningTest {
    @TempDir
    Path temp;

    /** Answers the password dialogs from a script and remembers what they said. */
    static final class PasswordDialogs extends ScriptedDialogService {
        final Deque<Optional<char[]>> answers = new ArrayDeque<>();
        final List<String> problems = new ArrayList<>();
        Optional<char[]> newPassword = Optional.empty();
        int offers;

        @Override
        public Optional<char[]> askPassword(String title, String message, String problem) {
            problems.add(String.valueOf(problem));
            return answers.pop();
        }

        @Override
        public Optional<char[]> askNewPassword(String title, String message) {
            offers++;
            return newPassword;
        }
    }

    @Test
    void aNewStoreIsOfferedAPasswordAndAProtectedOneAsksForItUntilRight() {
        PasswordDialogs dialogs = new PasswordDialogs();
        StoreOpening opening = new StoreOpening(dialogs);
        Path dir = temp.resolve("store");
        dialogs.newPassword = Optional.of("a good password".toCharArray());
        try (Store store = opening.ask(dir, null).orElseThrow().open()) {
            assertThat(store.isProtected()).isTrue();
            assertThat(StoreOpening.describe(store)).isEqualTo("Store: " + dir + " \u00b7 protected by a password");
        }
        assertThat(dialogs.offers).isEqualTo(1);

        dialogs.answers.add(Optional.of("a bad password".toCharArray()));
        String problem = null;
        try (Store store = opening.ask(dir, null).orElseThrow().open()) {
            assertThat(store).isNull();
        } catch (WrongPasswordException e) {
            problem = e.getMessage();
        }
        assertThat(problem).isEqualTo("wrong password for store " + dir);
        dialogs.answers.add(Optional.of("a good password".toCharArray()));
        try (Store store = opening.ask(dir, problem).orElseThrow().open()) {
            assertThat(store.isProtected()).isTrue();
        }
        assertThat(dialogs.problems).containsExactly("null", "wrong password for store " + dir);
        dialogs.answers.add(Optional.empty());
        assertThat(opening.ask(dir, null)).isEmpty();
        assertThat(dialogs.offers).isEqualTo(1);
    }

    @Test
    void declinedProtectionMakesAnUnprotectedStore() {
        PasswordDialogs dialogs = new PasswordDialogs();
        try (Store store = new StoreOpening(dialogs).ask(temp.resolve("plain"), null).orElseThrow().open()) {
            assertThat(store.isProtected()).isFalse();
            assertThat(StoreOpening.describe(store)).endsWith(" \u00b7 not protected");
        }
    }

    @Test
    void theDataViewShowsAVersionCommittedElsewhereWithoutARestart() {
        try (ImportFixture fixture = new ImportFixture(temp)) {
            DataViewModel data = new DataViewModel(fixture.store(), new CurrentThreadTaskExecutor(),
                    new ScriptedDialogService());
            data.refresh();
            data.checkForNewVersions();
            assertThat(data.versions()).isEmpty();
            // as a command beside the desktop would: committed without the view model knowing
            fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", "complaint_id,received_date,stage",
                    "K1,2016-08-01,REVIEW");
            assertThat(data.versions()).isEmpty();
            data.checkForNewVersions();
            assertThat(data.versions()).extracting(ExtractVersion::kind).containsExactly(ExtractKind.COMPLAINTS);
            assertThat(data.statusProperty().get()).startsWith("The store changed in another workbench");
        }
    }
}
