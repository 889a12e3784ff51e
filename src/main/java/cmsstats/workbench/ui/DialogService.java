package cmsstats.workbench.ui;

import cmsstats.workbench.model.ExtractKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dialog the workbench shows goes through here, so that view models stay free of windows and tests can
 * answer dialogs without a person (as JabRef's DialogService does).
 */
public interface DialogService {

    /** An error the user must see: what happened and what to do about it. */
    void showError(String title, String message);

    /**
     * Warns of a risk before an action the user can still decline, such as writing into a folder that holds other
     * files.
     *
     * @param action the label of the button that goes ahead despite the warning (the other one cancels)
     * @return true when the user chose {@code action}
     */
    boolean warn(String title, String message, String action);

    /** A file's problems: a summary line, then the list, with a way to save it as text. */
    void showProblems(String title, String summary, List<String> problems);

    /** Picks extract files to import; empty when the user cancels. */
    List<Path> chooseExtractFiles();

    /**
     * Confirms the kind of each file before import.
     *
     * @param guesses each file with the kind guessed from its header or name, if any
     * @return each file with its confirmed kind, or empty when the user cancels
     */
    Optional<Map<Path, ExtractKind>> confirmKinds(Map<Path, Optional<ExtractKind>> guesses);

    /** Picks a directory; empty when the user cancels. */
    Optional<Path> chooseDirectory(String title, Path initial);

    /** Asks where to save a text file; empty when the user cancels. */
    Optional<Path> chooseTextFileToSave(String title, String suggestedName);

    /** Asks where to save a table: a workbook (.xlsx) or CSV; empty when the user cancels. */
    Optional<Path> chooseTableFileToSave(String title, String suggestedName);

    /** Picks a workbook or CSV file to open; empty when the user cancels. */
    Optional<Path> chooseTableFileToOpen(String title);

    /**
     * Asks for a short text, such as the reason for a correction; empty only when cancelled. A blank answer comes
     * back blank (stripped), so that the caller can say what is missing and ask again rather than give up.
     */
    Optional<String> askText(String title, String question);

    /** Tells the user something worth knowing that needs no decision. */
    void showInformation(String title, String message);

    /** Asks where to save a chart in one format ("svg" or "png"); empty when the user cancels. */
    Optional<Path> chooseChartFileToSave(String title, String suggestedName, String extension);

    /**
     * Asks the user to confirm an action that can be declined, such as drawing a sample identical to a stored one.
     *
     * @param action the label of the button that goes ahead (the other one cancels)
     * @return true when the user chose {@code action}
     */
    boolean confirm(String title, String message, String action);

    /**
     * Asks where to save a file of one of the given kinds, named by its extension (without the dot, the first
     * being the default); empty when the user cancels.
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String description, List<String> extensions);

    /** Picks a file of one of the given kinds (extensions without the dot) to open; empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions);

    /**
     * Asks for the password of a protected store (the typing hidden); empty when the user cancels.
     *
     * @param problem what went wrong with the last answer (a wrong password), or null the first time
     */
    default Optional<char[]> askPassword(String title, String message, String problem) {
        return Optional.empty();
    }

    /**
     * Offers to protect a new store with a password, typed twice (both must match and follow the rule given);
     * empty when the user chooses no password.
     */
    default Optional<char[]> askNewPassword(String title, String message) {
        return Optional.empty();
    }
}
