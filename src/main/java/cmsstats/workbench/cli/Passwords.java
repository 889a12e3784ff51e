package cmsstats.workbench.cli;

import cmsstats.workbench.store.StoreException;
import cmsstats.workbench.store.StoreProtection;
import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the command line gets a store's password: the environment (for scripts) or a prompt on the console that
 * does not echo; never an argument, which other users could read in the process list.
 */
final class Passwords {
    /** The store's password, for scripts. */
    static final String PASSWORD_VARIABLE = "CMS_WORKBENCH_PASSWORD";
    /** The new password of {@code store password}, for scripts. */
    static final String NEW_PASSWORD_VARIABLE = "CMS_WORKBENCH_NEW_PASSWORD";

    private final Map<String, String> environment;
    private final Supplier<Console> console;

    Passwords(Map<String, String> environment, Supplier<Console> console) {
        this.environment = environment;
        this.console = console;
    }

    static Passwords system() {
        return new Passwords(System.getenv(), System::console);
    }

    /** The password of an existing protected store. */
    char[] current(Path store) {
        String set = environment.get(PASSWORD_VARIABLE);
        if (set != null && !set.isEmpty()) {
            return set.toCharArray();
        }
        Console terminal = console.get();
        if (terminal == null) {
            throw new StoreException("the store " + store + " is protected by a password: run the command in a "
                    + "terminal to be asked for it, or set " + PASSWORD_VARIABLE);
        }
        char[] typed = terminal.readPassword("Password for the store %s: ", store);
        if (typed == null || typed.length == 0) {
            throw new StoreException("no password given for the store " + store);
        }
        return typed;
    }

    /**
     * A password chosen for a store: from {@code variable} when set, else typed twice on the console (the two must
     * match). Checked against the rule for store passwords.
     */
    char[] chosen(Path store, String variable) {
        String set = environment.get(variable);
        char[] password;
        if (set != null && !set.isEmpty()) {
            password = set.toCharArray();
        } else {
            Console terminal = console.get();
            if (terminal == null) {
                throw new StoreException("a new password for " + store + " is typed at a terminal, or set in "
                        + variable + " for scripts");
            }
            password = terminal.readPassword("New password for the store %s: ", store);
            char[] again = terminal.readPassword("The same password again: ");
            if (password == null || again == null || !Arrays.equals(password, again)) {
                throw new StoreException("the two passwords typed differ; nothing was changed");
            }
            Arrays.fill(again, ' ');
        }
        StoreProtection.weakness(password).ifPresent(problem -> {
            throw new StoreException("Cannot use that password: " + problem);
        });
        return password;
    }
}
