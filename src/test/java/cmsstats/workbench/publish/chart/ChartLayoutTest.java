package cmsstats.workbench.publish.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout rules the screen and the file share, worked by hand. */
class ChartLayoutTest {
    @Test
    void monthsAreLabelledEveryKthBackFromTheNewest() {
        // 37 months, 20 px a slot, labels 64 px wide: 3 slots (60 px) are too few, 6 (120 px) are enough
        List<Integer> labelled = MonthLabels.labelled(37, 20, 64);
        assertThat(labelled).containsExactly(36, 30, 24, 18, 12, 6, 0);
        assertThat(MonthLabels.labelled(4, 100, 64)).containsExactly(3, 2, 1, 0);
        // too narrow even for 24 months a label: still one label every 24, the newest named
        assertThat(MonthLabels.labelled(50, 1, 64)).containsExactly(49, 25, 1);
    }

    @Test
    void thePathfinderNoteNamesTheFirstRepresentativeMonthAndTheShadingCoversTheMonthsBeforeIt() {
        assertThat(Timeline.PATHFINDER_NOTE).isEqualTo("Note: figures before December 2013 (shaded) come from the "
                + "pathfinder phase and are not representative.");
        // September, October and November 2013 are pathfinder months; December 2013 is the first representative one
        ChartData early = new ChartData(ChartCatalog.all().get(0), List.of(YearMonth.of(2013, 9),
                YearMonth.of(2013, 10), YearMonth.of(2013, 11), YearMonth.of(2013, 12), YearMonth.of(2014, 1)),
                List.of(), "Great Britain", "Source: test", null);
        assertThat(early.pathfinderMonths()).isEqualTo(3);
        assertThat(early.startsInPathfinder()).isTrue();
        ChartData later = new ChartData(ChartCatalog.all().get(0), List.of(YearMonth.of(2013, 12)), List.of(),
                "Great Britain", "Source: test", null);
        assertThat(later.startsInPathfinder()).isFalse();
        assertThat(new ChartData(ChartCatalog.all().get(0), List.of(), List.of(), "Great Britain", "Source: test",
                null).startsInPathfinder()).isFalse();
    }

    @Test
    void eventLabelsAreMovedDownUntilNoneCoversAnother() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2014, 1); !m.isAfter(YearMonth.of(2014, 12)); m = m.plusMonths(1)) {
            months.add(m);
        }
        // 10 px a month from x = 0; every label 100 px wide and 12 px high; the plot ends at 400
        List<EventLayout.Placed> placed = EventLayout.place(months, m -> (m.getMonthValue() - 1) * 10.0,
                text -> 100, 12, 400, 20);
        assertThat(placed).extracting(p -> p.event().month()).containsExactly(YearMonth.of(2014, 1),
                YearMonth.of(2014, 6), YearMonth.of(2014, 8));
        // Jan at x 0, label at 3; Jun at 50 overlaps it, so one line down; Aug at 70 overlaps both, two lines down
        assertThat(placed).extracting(EventLayout.Placed::labelX).containsExactly(3.0, 53.0, 73.0);
        assertThat(placed).extracting(EventLayout.Placed::labelY).containsExactly(23.0, 35.0, 47.0);
    }

    @Test
    void aLabelThatWouldRunPastThePlotGoesLeftOfItsRule() {
        List<YearMonth> months = List.of(YearMonth.of(2015, 11), YearMonth.of(2015, 12));
        List<EventLayout.Placed> placed = EventLayout.place(months, m -> m.getMonthValue() == 12 ? 380.0 : 370.0,
                text -> 100, 12, 400, 0);
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.event().label()).isEqualTo("Arrears-only applications rise");
            assertThat(p.labelX()).isEqualTo(380 - 3 - 100.0);
        });
    }
}
