package cmsstats.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.FrameUnit;
import cmsstats.workbench.store.SampleRepository;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

        List<SampleRepository.StoredSample> stored = fixture.store().samples().childrenSamples();
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
        List<String> filled = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            BigDecimal calculated = new BigDecimal(cells[5]);
            // rows 1 and 2 are GBP 3.00 out: inaccurate (tolerance GBP 1.00 below GBP 50)
            String correct = (i <= 2 ? calculated.add(new BigDecimal("3.00")) : calculated).toPlainString();
            filled.add(String.join(",", List.of(cells).subList(0, 6)) + "," + correct + "," + (i % 2 == 0 ? "AB" : "CD")
                    + ",");
        }
        dialogs.fileToOpen = Files.write(temp.resolve("completed.csv"), filled);
        robot.clickOn("#importWorksheet");

        assertThat(dialogs.problemLists).isEmpty();
        assertThat(robot.lookup("#accuracyRate").queryAs(Label.class).getText()).isEqualTo("75.0% accurate (6 of 8)");
        assertThat(robot.lookup("#accuracyIntervals").queryAs(Label.class).getText())
                .startsWith("95% Clopper-Pearson 34.91% to 96.81%; Wilson 40.93% to 92.85%");
        assertThat(((TableView<Object>) robot.lookup("#inaccurateList").queryTableView()).getItems()).hasSize(2);

        dialogs.textAnswer = "two amounts re-checked";
        robot.clickOn("#importWorksheet");
        assertThat(dialogs.questions).hasSize(1);
        TableView<AccuracySample> history = robot.lookup("#accuracyHistory").queryTableView();
        assertThat(history.getItems().get(0).checkVersions()).isEqualTo(2);
        assertThat(fixture.store().accuracy().checks(history.getItems().get(0).id()).get(1).reason())
                .isEqualTo("two amounts re-checked");

        dialogs.fileToOpen = Files.write(temp.resolve("half.csv"), filled.subList(0, 5));
        robot.clickOn("#importWorksheet");
        assertThat(dialogs.problemLists).hasSize(1);
        assertThat(dialogs.problemLists.get(0)).anySatisfy(p -> assertThat(p)
                .startsWith("half.csv: 4 of the sample's 8 assessments are missing"));
        assertThat(history.getItems().get(0).checkVersions()).isEqualTo(2);
    }
}
