package cmsstats.workbench.ui;

import cmsstats.workbench.model.ExtractKind;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers dialogs as a test scripts them, and records what the user would have been shown. */
public class ScriptedDialogService implements DialogService {
    public List<Path> filesToChoose = List.of();
    public final List<String> errors = new ArrayList<>();
    public final List<List<String>> problemLists = new ArrayList<>();
    public final List<String> problemSummaries = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public Path fileToSave;
    public Path fileToOpen;
    /** The names suggested by chooseFileToSave, and the extensions each offered. */
    public final List<String> suggestedNames = new ArrayList<>();
    public Path chartFile;
    /** The file names chart exports suggested. */
    public final List<String> suggestedChartNames = new ArrayList<>();
    public Path directoryToChoose;
    public String textAnswer;
    /** Answers to askText, one per question, before {@link #textAnswer} is used. */
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** Warnings shown (title: message), answered with {@link #warningAnswer}. */
    public final List<String> warnings = new ArrayList<>();
    public boolean warningAnswer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean warn(String title, String message, String action) {
        warnings.add(title + ": " + message);
        return warningAnswer;
    }

    @Override
    public void showProblems(String title, String summary, List<String> problems) {
        problemSummaries.add(summary);
        problemLists.add(problems);
    }

    @Override
    public List<Path> chooseExtractFiles() {
        return filesToChoose;
    }

    /** Accepts every guess; a file without a guess makes the test fail loudly. */
    @Override
    public Optional<Map<Path, ExtractKind>> confirmKinds(Map<Path, Optional<ExtractKind>> guesses) {
        Map<Path, ExtractKind> kinds = new LinkedHashMap<>();
        guesses.forEach((file, kind) -> kinds.put(file, kind.orElseThrow(() ->
                new AssertionError("no kind guessed for " + file))));
        return Optional.of(kinds);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(directoryToChoose);
    }

    @Override
    public Optional<Path> chooseTextFileToSave(String title, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseTableFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseTableFileToOpen(String title) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<String> askText(String title, String question) {
        questions.add(question);
        return textAnswers.isEmpty() ? Optional.ofNullable(textAnswer) : Optional.of(textAnswers.poll());
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }

    @Override
    public Optional<Path> chooseChartFileToSave(String title, String suggestedName, String extension) {
        suggestedChartNames.add(suggestedName);
        return Optional.ofNullable(chartFile);
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description,
                                           List<String> extensions) {
        suggestedNames.add(suggestedName + " " + extensions);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        return Optional.ofNullable(fileToOpen);
    }
}
