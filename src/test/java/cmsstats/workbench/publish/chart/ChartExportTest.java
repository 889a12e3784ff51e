package cmsstats.workbench.publish.chart;

import cmsstats.workbench.model.Periods;
import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.MeasureUnit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's numbers and words: axis scale, value formats, alt text, the figures as CSV and in SVG. */
class ChartExportTest {
    private static final ChartSpec COMPLAINTS = ChartCatalog.find("complaints").orElseThrow();

    private static ChartData complaints(String... values) {
        List<YearMonth> months = java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> YearMonth.of(2016, 1 + i)).toList();
        List<ChartData.Point> points = java.util.stream.IntStream.range(0, values.length).mapToObj(i ->
                new ChartData.Point(months.get(i), values[i] == null ? null : new BigDecimal(values[i]), null, null))
                .toList();
        return new ChartData(COMPLAINTS, months, List.of(new ChartData.Series("Complaints", "complaints_received",
                false, false, points)), "Great Britain", "Source: test", null);
    }

    @Test
    void axesStartAtZeroWithRoundSteps() {
        assertThat(Scale.fromZero(338_900, false)).isEqualTo(new Scale(400_000, 100_000));
        assertThat(Scale.fromZero(2_140, false)).isEqualTo(new Scale(2_500, 500));
        assertThat(Scale.fromZero(97.9, true)).isEqualTo(new Scale(100, 20));
        assertThat(Scale.fromZero(0, false)).isEqualTo(new Scale(1, 0.2));
        assertThat(Scale.fromZero(1.51, false).max()).isEqualTo(2);
    }

    @Test
    void valuesAreFormattedWithSeparatorsAndUnits() {
        assertThat(ValueFormat.tick(400_000, 100_000)).isEqualTo("400,000");
        assertThat(ValueFormat.tick(0.4, 0.2)).isEqualTo("0.4");
        assertThat(ValueFormat.exact(new BigDecimal("338912"), MeasureUnit.COUNT)).isEqualTo("338,912");
        assertThat(ValueFormat.exact(new BigDecimal("87.5049"), MeasureUnit.PERCENT)).isEqualTo("87.50%");
        assertThat(ValueFormat.exact(new BigDecimal("594912345.67"), MeasureUnit.GBP))
                .isEqualTo("GBP 594.912 million");
        assertThat(ValueFormat.exact(null, MeasureUnit.COUNT)).isEqualTo("no value");
        assertThat(Periods.span(YearMonth.of(2013, 9), YearMonth.of(2016, 8))).isEqualTo("Sep 2013 to Aug 2016");
    }

    @Test
    void altTextStatesTheSubjectPeriodAndFindings() {
        assertThat(ChartExport.altText(complaints("255", "270", null, "240"))).isEqualTo("Line chart: Complaints "
                + "received each month (number). Great Britain, Jan 2016 to Apr 2016. Complaints: 255 in Jan 2016, 240 "
                + "in Apr 2016; highest 270 in Feb 2016.");
    }

    @Test
    void theRangeAndTheVisibleSeriesRestrictTheFigures() {
        ChartData part = complaints("255", "270", "260", "240").restrictedTo(YearMonth.of(2016, 2),
                YearMonth.of(2016, 3), List.of("Complaints"));
        assertThat(part.months()).containsExactly(YearMonth.of(2016, 2), YearMonth.of(2016, 3));
        assertThat(part.series().get(0).points()).extracting(ChartData.Point::value)
                .containsExactly(new BigDecimal("270"), new BigDecimal("260"));
        assertThat(part.subtitle()).isEqualTo("Great Britain, Feb 2016 to Mar 2016");
        assertThat(complaints("1").restrictedTo(YearMonth.of(2016, 1), YearMonth.of(2016, 1), List.of()).series())
                .isEmpty();
    }

    @Test
    void svgHasRealTextATitleAndADescription() throws Exception {
        String svg = ChartExport.svgText(complaints("255", "270", "260", "240"), ChartPainter.Options.ALL, 960, 640);
        assertThat(svg).contains("<title id=\"chart-title\"").contains("<desc id=\"chart-desc\"")
                .contains(">Complaints received each month (number)</text")
                .contains("font-family:" + ChartFonts.SVG_FAMILY)
                .contains("viewBox=\"0 0 960 640\"")
                .doesNotContain("<image");
        assertThat(svg).contains(">Apr 2016</text").contains(">Source: test</text");
    }
}
