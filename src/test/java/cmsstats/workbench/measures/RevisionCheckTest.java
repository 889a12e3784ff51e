package cmsstats.workbench.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cmsstats.workbench.ingest.ImportFixture;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.Revision;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published figures against values computed now: the 5% revision rule at its boundary. */
class RevisionCheckTest {
    @TempDir
    Path temp;

    @Test
    void flagsMovesOfFivePercentOrMoreAndExplainsWhatCannotBeComputed() {
        try (ImportFixture fixture = new ImportFixture(temp)) {
            // complaints: 20 in July, 21 in August 2016 computed
            StringBuilder complaints = new StringBuilder("complaint_id,received_date,stage\n");
            for (int i = 1; i <= 41; i++) {
                complaints.append("K").append(i).append(i <= 20 ? ",2016-07-15" : ",2016-08-15").append(",REVIEW\n");
            }
            fixture.importLines(ExtractKind.COMPLAINTS, "complaints.csv", complaints.toString().strip().split("\n"));
            fixture.importLines(ExtractKind.PUBLISHED, "published.csv", "measure,period,breakdown,value,edition",
                    "complaints_received,2016-07,,19,2016-10-26",    // 20 vs 19: +5.26%, revised
                    "complaints_received,2016-08,,20,2016-10-26",    // 21 vs 20: +5.00% exactly, revised
                    "complaints_to_date,2016-08,,40,2016-10-26",     // 41 vs 40: +2.5%, within
                    "accuracy_pct,2016-08,,100,2016-10-26",          // no value: no accuracy check is stored
                    "complaints_received,2016-08,,99,2016-07-27");   // an older edition
            RevisionCheck.Result result = new RevisionCheck(fixture.store())
                    .check(Optional.empty(), RevisionCheck.DEFAULT_THRESHOLD_PCT);
            assertThat(result.edition()).isEqualTo(LocalDate.of(2016, 10, 26));
            assertThat(result.revisions()).hasSize(4);
            Revision july = result.revisions().get(0);
            assertThat(july.computed()).isEqualByComparingTo("20");
            assertThat(july.changePct()).isEqualByComparingTo("5.263157894736842105263157894736842");
            assertThat(july.flagged()).isTrue();
            assertThat(result.revisions().get(1).changePct()).isEqualByComparingTo("5");
            assertThat(result.revisions().get(1).flagged()).isTrue();
            assertThat(result.revisions().get(2).flagged()).isFalse();
            assertThat(result.revisions().get(3).computed()).isNull();
            assertThat(result.revisions().get(3).note()).isEqualTo("no value for this period (needs finalised accuracy "
                    + "checks)");
            assertThat(result.flaggedCount()).isEqualTo(2);

            RevisionCheck.Result older = new RevisionCheck(fixture.store())
                    .check(Optional.of(LocalDate.of(2016, 7, 27)), BigDecimal.TEN);
            assertThat(older.revisions()).singleElement().satisfies(r -> {
                assertThat(r.changePct()).isEqualByComparingTo("-78.78787878787878787878787878787879");
                assertThat(r.flagged()).isTrue();
            });
        }
    }

    @Test
    void withoutAPublishedExtractItSaysSo() {
        try (ImportFixture fixture = new ImportFixture(temp)) {
            assertThatThrownBy(() -> new RevisionCheck(fixture.store()).check(Optional.empty(), BigDecimal.ONE))
                    .hasMessage("no published extract is stored (import one to check revisions)");
        }
    }
}
