package cmsstats.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.ingest.synthetic.SampleGenerator;
import cmsstats.workbench.measures.MeasureEngine;
import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.model.MeasureValue;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator at 2% scale: deterministic, valid, and shaped like the scheme the sources describe. */
class SampleGeneratorTest {
    static final double SCALE = 0.02;
    @TempDir
    static Path temp;
    static SampleGenerator.Written written;
    static ImportFixture fixture;
    static MeasureEngine engine;

    @BeforeAll
    static void generateAndImport() throws Exception {
        written = SampleGenerator.write(temp.resolve("a"), new SampleGenerator.Options(7, SCALE, true));
        fixture = new ImportFixture(temp);
        for (Map.Entry<ExtractKind, Path> file : written.files().entrySet()) {
            ImportResult result = fixture.importFile(file.getValue(), file.getKey());
            assertThat(result.problemReport()).as(file.getKey().id()).isEmpty();
        }
        engine = new MeasureEngine(fixture.store());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static BigDecimal value(String measure, String month) {
        return values(measure, month, null).get(0).value();
    }

    static List<MeasureValue> values(String measure, String month, Breakdown breakdown) {
        YearMonth period = YearMonth.parse(month);
        return engine.compute(new MeasureEngine.Request(List.of(measure), Optional.of(period), Optional.of(period),
                Optional.ofNullable(breakdown)));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        SampleGenerator.Written again = SampleGenerator.write(temp.resolve("b"),
                new SampleGenerator.Options(7, SCALE, true));
        for (ExtractKind kind : ExtractKind.values()) {
            assertThat(sha256(again.files().get(kind))).as(kind.id()).isEqualTo(sha256(written.files().get(kind)));
        }
        SampleGenerator.Written other = SampleGenerator.write(temp.resolve("c"),
                new SampleGenerator.Options(8, SCALE, true));
        assertThat(sha256(other.files().get(ExtractKind.CASES)))
                .isNotEqualTo(sha256(written.files().get(ExtractKind.CASES)));
    }

    @Test
    void everyKindIsWrittenAndImports() {
        assertThat(written.files().keySet()).containsExactlyInAnyOrder(ExtractKind.values());
        assertThat(fixture.store().extracts().list()).hasSize(ExtractKind.values().length);
    }

    @Test
    void theCaseloadGrowsAndLandsNearThePublishedFigureScaled() {
        BigDecimal may = value("caseload_total", "2016-05");
        BigDecimal aug = value("caseload_total", "2016-08");
        assertThat(aug).isGreaterThan(may);
        assertThat(aug.doubleValue() / SCALE).isBetween(338_900 * 0.97, 338_900 * 1.03);
    }

    @Test
    void arrearsOnlyApplicationsStartInDecember2014AndRiseFromDecember2015() {
        assertThat(value("intake_arrears_only", "2014-11")).isZero();
        assertThat(value("intake_arrears_only", "2015-06")).isPositive();
        assertThat(value("intake_arrears_only", "2016-05")).isGreaterThan(value("intake_arrears_only", "2015-06")
                .multiply(BigDecimal.valueOf(4)));
    }

    @Test
    void feeExemptionsOnlyAfterTheFeeStarts() {
        assertThat(value("fee_exemptions", "2014-05")).isZero();
        assertThat(value("fee_exemption_pct", "2016-08").doubleValue()).isBetween(25.0, 41.0);
    }

    @Test
    void paymentMeasuresAreInTheScheme_sRange() {
        assertThat(value("direct_pay_pct", "2016-08").doubleValue()).isBetween(66.0, 74.0);
        assertThat(value("compliance_pct", "2016-08").doubleValue()).isBetween(84.0, 92.0);
        assertThat(value("cash_compliance_pct", "2016-08").doubleValue()).isBetween(85.0, 93.0);
        assertThat(value("arrears_pct_of_liability", "2016-08").doubleValue()).isBetween(8.0, 20.0);
    }

    @Test
    void satisfactionIsAbout61PercentWithPayingParentsBelowReceivingParents() {
        assertThat(value("satisfaction_pct", "2016-08").doubleValue()).isBetween(52.0, 70.0);
        assertThat(value("satisfaction_pct_incl_dk", "2016-08")).isLessThan(value("satisfaction_pct", "2016-08"));
        List<MeasureValue> byClient = values("satisfaction_pct", "2016-08", Breakdown.CLIENT_TYPE);
        assertThat(byClient.get(0).value()).isLessThan(byClient.get(1).value());
    }

    @Test
    void childrenPerCaseAverageAbout1point51() throws Exception {
        List<String> lines = Files.readAllLines(written.files().get(ExtractKind.CASES));
        double mean = lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[5])).average().orElseThrow();
        assertThat(mean).isBetween(1.45, 1.57);
    }

    @Test
    void telephonyDipsInJanuary2014() {
        assertThat(value("calls_answered_pct", "2014-01")).isLessThan(value("calls_answered_pct", "2013-12"));
        assertThat(value("calls_answered_30s_pct", "2016-08").doubleValue()).isBetween(85.0, 87.0);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
