package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.FrameUnit;
import cmsstats.workbench.sampling.AccuracyScore;
import cmsstats.workbench.task.CurrentThreadTaskExecutor;
import cmsstats.workbench.ui.sampling.AccuracyViewModel;
import cmsstats.workbench.ui.sampling.ChildrenSamplingViewModel;
import cmsstats.workbench.ui.sampling.SamplingView;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Sampling view driven as a quality assurer would: draw a children-benefiting sample and export its list; draw
 * an accuracy sample, export the worksheet, import it completed and see the rate; correct it with a reason.
 */
@ExtendWith(ApplicationExtension.class)
class SamplingViewTest {
    private Path temp;
    private ImportFixture fixture;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("sampling-view-test");
        fixture = new ImportFixture(temp);
        List<String> cases = new ArrayList<>(List.of(ImportFixture.CASES_HEADER));
        List<String> months = new ArrayList<>(List.of(ImportFixture.CASE_MONTHS_HEADER));
        List<String> assessments = new ArrayList<>(List.of("assessment_id,case_id,assessment_date,assessment_type,"
                + "weekly_amount_gbp"));
        for (int i = 1; i <= 40; i++) {
            cases.add("C" + i + ",G" + i + ",NEW,2015-01-05,," + (1 + i % 3) + ",PAID,ENGLAND,N");
            months.add("C" + i + ",2016-03," + (i % 4 == 0 ? "CP,50.00,50.00,0" : "DP,50.00,,0"));
            assessments.add(String.format("A%02d,C%d,2016-05-%02d,%s,%d.00", i, i, 1 + i % 28,
                    i % 2 == 0 ? "NEW" : "CHANGE", 20 + i));
        }
        fixture.importLines(ExtractKind.CASES, "cases.csv", cases.toArray(String[]::new));
        fixture.importLines(ExtractKind.CASE_MONTHS, "case_months.csv", months.toArray(String[]::new));
        fixture.importLines(ExtractKind.ASSESSMENTS, "assessments.csv", assessments.toArray(String[]::new));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        SamplingView view = new SamplingView(new ChildrenSamplingViewModel(fixture.store(), executor, dialogs),
                new AccuracyViewModel(fixture.store(), executor, dialogs));
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void drawingAChildrenSampleShowsItsEstimateAndExportsItsList(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#frameSize").queryAs(Label.class).getText())
                .isEqualTo("40 cases with a liability in 2016-03");
        Typing.replaceText(robot, "#sampleSize", "10");
        robot.clickOn("#drawChildren");

        List<cmsstats.workbench.model.StoredSample> stored = fixture.store().samples().childrenSamples();
        assertThat(stored).hasSize(1);
        List<FrameUnit> members = fixture.store().samples().members(stored.get(0).id());
        assertThat(members).hasSize(10);
        double mean = members.stream().mapToInt(FrameUnit::value).average().orElseThrow();
        // all 40 cases pay in the quarter to 2016-03, so children benefiting = mean x 40
        assertThat(robot.lookup("#childrenEstimate").queryAs(Label.class).getText())
                .isEqualTo(String.format(Locale.UK, "%,.0f children", mean * 40));
        assertThat(robot.lookup("#childrenInterval").queryAs(Label.class).getText())
                .contains("\u00d7 40 paying cases in the quarter to 2016-03");
        assertThat(robot.lookup("#childrenHistory").queryTableView().getItems()).hasSize(1);

        dialogs.fileToSave = temp.resolve("children.csv");
        robot.clickOn("#exportChildren");
        List<String> lines = Files.readAllLines(dialogs.fileToSave);
        assertThat(lines).hasSize(11).first().isEqualTo("case_id,qualifying_children");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAccuracyWorksheetGoesOutAndComesBackScoredThenCorrectedWithAReason(FxRobot robot) throws Exception {
        robot.clickOn("Accuracy checks");
        assertThat(robot.lookup("#accuracyFrame").queryAs(Label.class).getText()).isEqualTo("40 assessments");
        Typing.replaceText(robot, "#accuracyN", "8");
        dialogs.fileToSave = temp.resolve("worksheet.csv");
        robot.clickOn("#drawAccuracy");

        List<String> lines = Files.readAllLines(dialogs.fileToSave);
        assertThat(lines).hasSize(9);
        // rows 1 and 2 are GBP 3.00 out: inaccurate (tolerance GBP 1.00 below GBP 50)
        List<String> filled = completed(lines);
        dialogs.fileToOpen = Files.write(temp.resolve("completed.csv"), filled);
        clickImport(robot);
        robot.clickOn("#finaliseCheck");

        assertThat(dialogs.problemLists).isEmpty();
        assertThat(robot.lookup("#accuracyRate").queryAs(Label.class).getText()).isEqualTo("75.0% accurate (6 of 8)");
        assertThat(robot.lookup("#accuracyIntervals").queryAs(Label.class).getText())
                .startsWith("95% Clopper-Pearson 34.91% to 96.81%; Wilson 40.93% to 92.85%");
        assertThat(((TableView<Object>) robot.lookup("#inaccurateList").queryTableView()).getItems()).hasSize(2);

        dialogs.textAnswer = "two amounts re-checked";
        clickImport(robot);
        robot.clickOn("#finaliseCheck");
        assertThat(dialogs.questions).hasSize(1);
        TableView<AccuracySample> history = robot.lookup("#accuracyHistory").queryTableView();
        assertThat(history.getItems().get(0).checkVersions()).isEqualTo(2);
        assertThat(fixture.store().accuracy().checks(history.getItems().get(0).id()).get(1).reason())
                .isEqualTo("two amounts re-checked");

        dialogs.fileToOpen = Files.write(temp.resolve("half.csv"), filled.subList(0, 5));
        clickImport(robot);
        assertThat(dialogs.problemLists).hasSize(1);
        assertThat(dialogs.problemLists.get(0)).anySatisfy(p -> assertThat(p)
                .startsWith("half.csv: 4 of the sample's 8 assessments are missing"));
        assertThat(history.getItems().get(0).checkVersions()).isEqualTo(2);
    }

    @Test
    void aSampleSizeThatIsNotANumberIsMarkedAndDrawsNothing(FxRobot robot) {
        Typing.replaceText(robot, "#sampleSize", "abc");

        Label problem = robot.lookup("#sampleSizeProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Expected a whole number of cases, 2 or more, not \"abc\".");
        assertThat(robot.lookup("#sampleSize").queryAs(TextField.class).getPseudoClassStates())
                .contains(Styles.STATE_DANGER);
        Button draw = robot.lookup("#drawChildren").queryButton();
        assertThat(draw.isDisabled()).isTrue();
        robot.clickOn(draw);
        assertThat(fixture.store().samples().childrenSamples()).isEmpty();

        Typing.replaceText(robot, "#sampleSize", "1,0");
        assertThat(problem.isVisible()).isFalse();
        Typing.replaceText(robot, "#seed", "12x");
        assertThat(robot.lookup("#seedProblem").queryAs(Label.class).getText())
                .isEqualTo("Expected a whole number, such as 20161026, not \"12x\".");
        assertThat(draw.isDisabled()).isTrue();
        Typing.replaceText(robot, "#seed", "7");
        Typing.replaceText(robot, "#margin", "0");
        assertThat(robot.lookup("#marginProblem").queryAs(Label.class).getText())
                .isEqualTo("Expected a margin in children per case above 0, not \"0\".");
        assertThat(robot.lookup("#useProposal").queryButton().isDisabled()).isTrue();
        assertThat(draw.isDisabled()).isTrue();
        Typing.replaceText(robot, "#margin", "0.1");
        assertThat(draw.isDisabled()).isFalse();
        robot.clickOn(draw);
        List<cmsstats.workbench.model.StoredSample> stored = fixture.store().samples().childrenSamples();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).n()).isEqualTo(10);
        assertThat(stored.get(0).seed()).isEqualTo(7);
    }

    @Test
    void theAccuracyFormRefusesSizesSeedsAndProportionsThatAreNotValid(FxRobot robot) throws Exception {
        robot.clickOn("Accuracy checks");
        dialogs.fileToSave = temp.resolve("never.csv");
        Button draw = robot.lookup("#drawAccuracy").queryButton();
        for (String[] entry : List.of(new String[] {"#accuracyN", "abc"}, new String[] {"#accuracyN", "1"},
                new String[] {"#accuracySeed", " "}, new String[] {"#expectedAccuracy", "1.5"},
                new String[] {"#intervalWidth", "NaN"})) {
            Typing.replaceText(robot, "#accuracyN", "8");
            Typing.replaceText(robot, "#accuracySeed", "5");
            Typing.replaceText(robot, "#expectedAccuracy", "0.95");
            Typing.replaceText(robot, "#intervalWidth", "0.1");
            assertThat(draw.isDisabled()).as("valid form").isFalse();
            Typing.replaceText(robot, entry[0], entry[1]);
            assertThat(draw.isDisabled()).as(entry[0] + " = " + entry[1]).isTrue();
            assertThat(robot.lookup(entry[0] + "Problem").queryAs(Label.class).isVisible()).isTrue();
            robot.clickOn(draw);
        }
        assertThat(robot.lookup("#accuracyNProblem").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#expectedAccuracyProblem").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#intervalWidthProblem").queryAs(Label.class).getText())
                .isEqualTo("Expected a proportion between 0 and 1 (not including either), not \"NaN\".");
        assertThat(fixture.store().accuracy().samples()).isEmpty();
        assertThat(Files.exists(dialogs.fileToSave)).isFalse();
    }

    @Test
    void cancellingTheWorksheetsSaveDialogStoresNoSample(FxRobot robot) {
        robot.clickOn("Accuracy checks");
        Typing.replaceText(robot, "#accuracyN", "8");
        dialogs.fileToSave = null;
        robot.clickOn("#drawAccuracy");

        assertThat(fixture.store().accuracy().samples()).isEmpty();
        assertThat(robot.lookup("#accuracyHistory").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#accuracyStatus").queryAs(Label.class).getText())
                .isEqualTo("Nothing drawn: the worksheet was not saved");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void drawingTheSameDesignAndSeedAgainAsksFirst(FxRobot robot) throws Exception {
        Typing.replaceText(robot, "#sampleSize", "10");
        robot.clickOn("#drawChildren");
        long first = fixture.store().samples().childrenSamples().get(0).id();
        assertThat(dialogs.confirmations).isEmpty();

        dialogs.confirmAnswer = false;
        robot.clickOn("#drawChildren");
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.confirmations.get(0)).startsWith("Sample " + first + ", drawn on ")
                .contains("10 cases from 2016-03, Simple random sample, seed 20161026");
        assertThat(fixture.store().samples().childrenSamples()).hasSize(1);
        assertThat(robot.lookup("#childrenStatus").queryAs(Label.class).getText())
                .isEqualTo("Nothing drawn: sample " + first + " already has this design and seed");

        Typing.replaceText(robot, "#seed", "99");
        robot.clickOn("#drawChildren");
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(fixture.store().samples().childrenSamples()).hasSize(2);

        Typing.replaceText(robot, "#seed", "20161026");
        dialogs.confirmAnswer = true;
        robot.clickOn("#drawChildren");
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(fixture.store().samples().childrenSamples()).hasSize(3);

        robot.clickOn("Accuracy checks");
        Typing.replaceText(robot, "#accuracyN", "8");
        dialogs.fileToSave = temp.resolve("first.csv");
        robot.clickOn("#drawAccuracy");
        long sample = fixture.store().accuracy().samples().get(0).id();
        dialogs.confirmAnswer = false;
        dialogs.fileToSave = temp.resolve("second.csv");
        robot.clickOn("#drawAccuracy");
        assertThat(dialogs.confirmations).hasSize(3);
        assertThat(dialogs.confirmations.get(2)).startsWith("Sample " + sample + ", drawn on ")
                .contains("8 assessments dated 2016-05-01 to 2016-05-31, new and changed, stratified by type, "
                        + "seed 20161026");
        assertThat(fixture.store().accuracy().samples()).hasSize(1);
        assertThat(Files.exists(dialogs.fileToSave)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImportedWorksheetIsPreviewedAndStoredOnlyWhenFinalised(FxRobot robot) throws Exception {
        robot.clickOn("Accuracy checks");
        Typing.replaceText(robot, "#accuracyN", "8");
        dialogs.fileToSave = temp.resolve("worksheet.csv");
        robot.clickOn("#drawAccuracy");
        long sample = fixture.store().accuracy().samples().get(0).id();
        dialogs.fileToOpen = Files.write(temp.resolve("completed.csv"), completed(Files.readAllLines(
                dialogs.fileToSave)));

        clickImport(robot);
        assertThat(fixture.store().accuracy().checks(sample)).isEmpty();
        Label preview = robot.lookup("#accuracyPreview").queryAs(Label.class);
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getText()).startsWith("Preview, not stored: completed.csv checks sample " + sample);
        assertThat(robot.lookup("#accuracyRate").queryAs(Label.class).getText()).isEqualTo("75.0% accurate (6 of 8)");
        assertThat(robot.lookup("#accuracyIntervals").queryAs(Label.class).getText())
                .startsWith("95% Clopper-Pearson 34.91% to 96.81%; Wilson 40.93% to 92.85%");
        TableView<AccuracyScore.Inaccurate> wrong = robot.lookup("#inaccurateList")
                .queryAs(TableView.class);
        assertThat(wrong.getItems()).hasSize(2);
        assertThat(robot.lookup("#drawAccuracy").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#importWorksheet").queryButton().isDisabled()).isTrue();

        robot.clickOn("#discardCheck");
        assertThat(fixture.store().accuracy().checks(sample)).isEmpty();
        assertThat(preview.isVisible()).isFalse();
        assertThat(robot.lookup("#accuracyRate").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#accuracyStatus").queryAs(Label.class).getText())
                .isEqualTo("Import of completed.csv discarded: nothing stored");

        clickImport(robot);
        robot.clickOn("#finaliseCheck");
        assertThat(fixture.store().accuracy().checks(sample)).hasSize(1);
        assertThat(dialogs.questions).isEmpty();
        assertThat(preview.isVisible()).isFalse();
        // one format for amounts and tolerances: to the penny, with the tolerance's further digits only if it has any
        for (AccuracyScore.Inaccurate row : wrong.getItems()) {
            String tolerance = (String) wrong.getColumns().get(6).getCellObservableValue(row).getValue();
            String correct = (String) wrong.getColumns().get(4).getCellObservableValue(row).getValue();
            assertThat(new BigDecimal(tolerance)).isEqualByComparingTo(row.tolerance());
            assertThat(tolerance).matches("\\d+\\.\\d\\d(\\d*[1-9])?");
            assertThat(correct).isEqualTo(row.correct().setScale(2).toPlainString());
        }

        dialogs.textAnswers.addAll(List.of("", "   ", "two amounts re-checked"));
        clickImport(robot);
        assertThat(fixture.store().accuracy().checks(sample)).hasSize(1);
        robot.clickOn("#finaliseCheck");
        assertThat(dialogs.questions).hasSize(3);
        assertThat(dialogs.questions.get(0)).contains("stored as a correction (version 2)");
        assertThat(dialogs.questions.get(1)).startsWith("A correction is stored with its reason, and none was given.");
        assertThat(dialogs.questions.get(2)).isEqualTo(dialogs.questions.get(1));
        assertThat(fixture.store().accuracy().checks(sample)).hasSize(2);
        assertThat(fixture.store().accuracy().checks(sample).get(1).reason()).isEqualTo("two amounts re-checked");

        dialogs.textAnswers.add("");
        dialogs.textAnswer = null;
        clickImport(robot);
        robot.clickOn("#finaliseCheck");
        assertThat(dialogs.questions).hasSize(5);
        assertThat(fixture.store().accuracy().checks(sample)).hasSize(2);
        assertThat(robot.lookup("#accuracyStatus").queryAs(Label.class).getText())
                .isEqualTo("Import cancelled: a correction needs its reason; nothing stored");
        assertThat(preview.isVisible()).isFalse();
    }

    /**
     * Clicks Import completed worksheet, the accuracy tab scrolled to its top first: the tab is taller than the
     * test's window since it gained the second-checks card, and the robot clicks only what the window shows.
     */
    private static void clickImport(FxRobot robot) {
        javafx.scene.Node button = robot.lookup("#importWorksheet").query();
        robot.interact(() -> {
            for (javafx.scene.Node n = button; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    pane.setVvalue(0);
                }
            }
        });
        robot.clickOn("#importWorksheet");
    }

    /**
     * The worksheet filled in by a checker: the first two amounts GBP 3.00 out (inaccurate, caused by an income
     * change), the rest right.
     */
    private static List<String> completed(List<String> lines) {
        List<String> filled = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            BigDecimal calculated = new BigDecimal(cells[5]);
            String correct = (i <= 2 ? calculated.add(new BigDecimal("3.00")) : calculated).toPlainString();
            filled.add(String.join(",", List.of(cells).subList(0, 6)) + "," + correct + "," + (i % 2 == 0 ? "AB" : "CD")
                    + ",," + (i <= 2 ? "income_change" : ""));
        }
        return filled;
    }
}
