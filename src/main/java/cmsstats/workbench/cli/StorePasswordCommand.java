package cmsstats.workbench.cli;

import cmsstats.workbench.store.PasswordChangeAudit;
import cmsstats.workbench.store.StorePasswordChange;
import cmsstats.workbench.store.StoreProtection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code store password}: changes the store's password, or gives an unprotected store one. */
@Command(name = "password", description = {"Change the store's password, or give an unprotected store one. "
        + "The store must be closed everywhere else. Asks for the current password and twice for the new one; "
        + "scripts set CMS_WORKBENCH_PASSWORD and CMS_WORKBENCH_NEW_PASSWORD instead. A crash during the change "
        + "leaves either the old or the new password working."})
final class StorePasswordCommand implements Callable<Integer> {

    @ParentCommand
    private StoreCommand group;

    @Override
    public Integer call() {
        WorkbenchCommand parent = group.parent();
        Path directory = parent.storeDirectory();
        char[] current = StoreProtection.state(directory) == StoreProtection.State.PROTECTED
                ? parent.passwords().current(directory) : null;
        char[] next = parent.passwords().chosen(directory, Passwords.NEW_PASSWORD_VARIABLE);
        StorePasswordChange.change(directory, current, next, step -> {
            parent.out().println(step);
            parent.out().flush();
        }, audit());
        return 0;
    }

    /** The change is written to the store's audit trail once the store opens under the new password. */
    private static PasswordChangeAudit audit() {
        return store -> store.audit().recordPasswordChange();
    }
}
