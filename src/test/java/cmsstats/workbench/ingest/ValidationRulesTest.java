package cmsstats.workbench.ingest;

import static cmsstats.workbench.ingest.ImportFixture.CASES_HEADER;
import static cmsstats.workbench.ingest.ImportFixture.CASE_MONTHS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One bad file per rule of docs/EXTRACTS.md: each is refused, nothing is stored, and the first problem
 * names the exact line and column.
 */
class ValidationRulesTest extends StoreTestBase {

    private String refused(ExtractKind kind, String... lines) {
        ImportResult result = fixture.importLines(kind, "bad.csv", lines);
        assertThat(result.accepted()).as("refused").isFalse();
        assertThat(fixture.store().extracts().list()).as("nothing stored")
                .noneMatch(v -> v.sourceFile().equals("bad.csv"));
        assertThat(fixture.store().extracts().pendingCount()).isZero();
        return result.problems().get(0).toString();
    }

    private String refusedCase(String row) {
        return refused(ExtractKind.CASES, CASES_HEADER, "C1,G1,NEW,2014-07-01,,2,PAID,ENGLAND,N", row);
    }

    @Test
    void truncatedGzipIsRefusedWithWhatIsWrong() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write("complaint_id,received_date,stage\nK1,2016-08-01,REVIEW\n".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        java.nio.file.Path file = fixture.write("cut.csv.gz");
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(bytes.toByteArray(), 40));
        ImportResult result = fixture.importFile(file, ExtractKind.COMPLAINTS);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).toString()).isEqualTo("cut.csv.gz:2: the gzip compression is damaged "
                + "(Unexpected end of ZLIB input stream; expected a complete .csv.gz file: compress the CSV again)");
        assertThat(fixture.store().extracts().list()).isEmpty();
    }

    @Test
    void missingRequiredColumn() {
        assertThat(refused(ExtractKind.COMPLAINTS, "complaint_id,received_date", "K1,2016-08-01"))
                .isEqualTo("bad.csv:1: column stage: is missing from the header (expected the columns of complaints: "
                        + "complaint_id, received_date, stage)");
    }

    @Test
    void columnTwiceInHeader() {
        assertThat(refused(ExtractKind.COMPLAINTS, "complaint_id,received_date,stage,Stage", "K1,2016-08-01,REVIEW,X"))
                .isEqualTo("bad.csv:1: column Stage: appears twice in the header (expected each column once)");
    }

    @Test
    void emptyHeaderCell() {
        assertThat(refused(ExtractKind.COMPLAINTS, "complaint_id,,received_date,stage", "K1,x,2016-08-01,REVIEW"))
                .isEqualTo("bad.csv:1: column #2: the header cell is empty (expected a column name)");
    }

    @Test
    void wrongNumberOfFields() {
        assertThat(refused(ExtractKind.COMPLAINTS, "complaint_id,received_date,stage", "K1,2016-08-01,REVIEW",
                "K2,2016-08-02"))
                .isEqualTo("bad.csv:3: has 2 fields (expected 3, as in the header)");
    }

    @Test
    void emptyRequiredCell() {
        assertThat(refusedCase("C2,,NEW,2014-07-01,,2,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column case_group_id: is empty (expected an identifier of 1 to 40 characters)");
    }

    @Test
    void identifierTooLong() {
        assertThat(refusedCase("C" + "9".repeat(40) + ",G1,NEW,2014-07-01,,2,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column case_id: is 41 characters long (expected an identifier of 1 to 40 "
                        + "characters)");
    }

    @Test
    void dateInAnotherFormat() {
        assertThat(refusedCase("C2,G1,NEW,01/07/2014,,2,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column application_date: '01/07/2014' is not a date (expected a date "
                        + "YYYY-MM-DD)");
    }

    @Test
    void dateThatDoesNotExist() {
        assertThat(refusedCase("C2,G1,NEW,2015-02-29,,2,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column application_date: '2015-02-29' is not a real date (expected a date "
                        + "YYYY-MM-DD)");
    }

    @Test
    void integerOutOfRange() {
        assertThat(refusedCase("C2,G1,NEW,2014-07-01,,21,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column qualifying_children: 21 is out of range (expected a whole number from "
                        + "1 to 20)");
    }

    @Test
    void integerWithDecimals() {
        assertThat(refusedCase("C2,G1,NEW,2014-07-01,,1.5,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column qualifying_children: '1.5' is not a whole number (expected a whole "
                        + "number from 1 to 20)");
    }

    @Test
    void codeInLowerCase() {
        assertThat(refusedCase("C2,G1,NEW,2014-07-01,,1,PAID,england,N"))
                .isEqualTo("bad.csv:3: column country: 'england' is not upper case (expected one of ENGLAND, WALES, "
                        + "SCOTLAND)");
    }

    @Test
    void unknownCode() {
        assertThat(refusedCase("C2,G1,NEW,2014-07-01,,1,PAID,IRELAND,N"))
                .isEqualTo("bad.csv:3: column country: 'IRELAND' is not a known code (expected one of ENGLAND, "
                        + "WALES, SCOTLAND)");
    }

    @Test
    void repeatedIdentifier() {
        assertThat(refusedCase("C1,G9,NEW,2014-07-02,,1,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column case_id: 'C1' repeats line 2 (expected each case_id once in the file)");
    }

    @Test
    void closedBeforeApplication() {
        assertThat(refusedCase("C2,G1,NEW,2014-07-01,2014-06-30,1,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column closed_date: 2014-06-30 is before application_date 2014-07-01 "
                        + "(expected a date on or after application_date)");
    }

    @Test
    void feeBeforeTheFeeExisted() {
        assertThat(refusedCase("C2,G1,NEW,2014-06-29,,1,PAID,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column fee_status: is PAID (expected NOT_APPLICABLE: an application before "
                        + "2014-06-30 paid no fee)");
    }

    @Test
    void feeOnArrearsOnly() {
        assertThat(refusedCase("C2,G1,ARREARS_ONLY,2016-01-04,,1,EXEMPT_DV,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column fee_status: is EXEMPT_DV (expected NOT_APPLICABLE: arrears-only "
                        + "applications pay no fee)");
    }

    @Test
    void noFeeStatusOnFeeLiableApplication() {
        assertThat(refusedCase("C2,G1,NEW,2014-06-30,,1,NOT_APPLICABLE,ENGLAND,N"))
                .isEqualTo("bad.csv:3: column fee_status: is NOT_APPLICABLE for a new application made on or after "
                        + "2014-06-30 (expected PAID, EXEMPT_DV or EXEMPT_UNDER19)");
    }

    @Test
    void monthWithDay() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08-01,DP,10.00,,0"))
                .isEqualTo("bad.csv:2: column month: '2016-08-01' is not a month (expected a month YYYY-MM)");
    }

    @Test
    void monthThirteen() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-13,DP,10.00,,0"))
                .isEqualTo("bad.csv:2: column month: '2016-13' is not a real month (expected a month YYYY-MM)");
    }

    @Test
    void moneyWithThreeDecimals() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,CP,10.005,,0"))
                .startsWith("bad.csv:2: column liability_gbp: '10.005' is not an amount (expected an amount in pounds");
    }

    @Test
    void moneyWithCurrencySignOrSeparator() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,CP,£10.00,,0"))
                .startsWith("bad.csv:2: column liability_gbp: '£10.00' is not an amount");
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,CP,\"1,204.50\",,0"))
                .startsWith("bad.csv:2: column liability_gbp: '1,204.50' is not an amount");
    }

    @Test
    void negativeMoney() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,CP,10.00,,-5.00"))
                .startsWith("bad.csv:2: column arrears_gbp: '-5.00' is not an amount");
    }

    @Test
    void paymentOnDirectPay() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,DP,10.00,10.00,0"))
                .isEqualTo("bad.csv:2: column paid_gbp: is filled on a Direct Pay row (expected empty for DP: CMS "
                        + "collects nothing on Direct Pay)");
    }

    @Test
    void repeatedCaseMonth() {
        fixture.importThreeCases();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-07,DP,10.00,,0",
                "C1,2016-08,DP,10.00,,0", "C2,2016-08,DP,10.00,,0", "C1,2016-08,CP,10.00,5.00,0"))
                .isEqualTo("bad.csv:5: column case_id: (C1, 2016-08) repeats line 3 (expected each case_id and month "
                        + "once in the file)");
    }

    @Test
    void caseMonthOfUnknownCase() {
        fixture.importThreeCases();
        long casesVersion = fixture.store().extracts().newest(ExtractKind.CASES).orElseThrow().id();
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,DP,10.00,,0",
                "C9,2016-08,DP,10.00,,0"))
                .isEqualTo("bad.csv:3: column case_id: 'C9' is not a case of cases version " + casesVersion
                        + " (expected a case_id of the newest cases extract)");
    }

    @Test
    void caseMonthsBeforeAnyCases() {
        assertThat(refused(ExtractKind.CASE_MONTHS, CASE_MONTHS_HEADER, "C1,2016-08,DP,10.00,,0"))
                .isEqualTo("bad.csv: no cases extract is stored, so its case ids cannot be checked (expected: import "
                        + "the cases extract first)");
    }

    @Test
    void clearedBeforeReceived() {
        assertThat(refused(ExtractKind.SERVICE_REQUESTS, "request_id,case_id,received_date,cleared_date",
                "R1,C1,2016-08-10,2016-08-09"))
                .isEqualTo("bad.csv:2: column cleared_date: 2016-08-09 is before received_date 2016-08-10 (expected "
                        + "a date on or after received_date)");
    }

    @Test
    void outcomeWithoutClearance() {
        assertThat(refused(ExtractKind.RECONSIDERATIONS, "mr_id,case_id,received_date,cleared_date,outcome",
                "M1,C1,2016-08-10,,REVISED"))
                .isEqualTo("bad.csv:2: column outcome: is REVISED on a row not yet cleared (expected empty while "
                        + "cleared_date is empty)");
    }

    @Test
    void clearanceWithoutOutcome() {
        assertThat(refused(ExtractKind.APPEALS, "appeal_id,case_id,received_date,cleared_date,outcome",
                "A1,C1,2016-08-10,2016-08-20,"))
                .isEqualTo("bad.csv:2: column outcome: is empty on a cleared row (expected the outcome once "
                        + "cleared_date is filled)");
    }

    @Test
    void moreAnsweredThanReceived() {
        assertThat(refused(ExtractKind.TELEPHONY, "month,calls_received,calls_answered,answered_within_30s",
                "2016-08,100,101,50"))
                .isEqualTo("bad.csv:2: column calls_answered: 101 is more than calls_received 100 (expected at most "
                        + "calls_received)");
        assertThat(refused(ExtractKind.TELEPHONY, "month,calls_received,calls_answered,answered_within_30s",
                "2016-08,100,90,91"))
                .isEqualTo("bad.csv:2: column answered_within_30s: 91 is more than calls_answered 90 (expected at "
                        + "most calls_answered)");
    }

    @Test
    void repeatedTelephonyMonth() {
        assertThat(refused(ExtractKind.TELEPHONY, "month,calls_received,calls_answered,answered_within_30s",
                "2016-07,100,90,80", "2016-07,100,90,80"))
                .isEqualTo("bad.csv:3: column month: '2016-07' repeats line 2 (expected each month once in the file)");
    }

    @Test
    void weightNotAboveZero() {
        String header = "response_id,quarter,client_type,prior_csa,weight,overall,service_1,service_2,service_3,"
                + "service_4,service_5,service_6,service_7,service_8";
        assertThat(refused(ExtractKind.SURVEY_RESPONSES, header, "S1,2016-08,PP,N,0,VS,Y,Y,N,DK,,,,"))
                .isEqualTo("bad.csv:2: column weight: 0 is not above 0 (expected a decimal number above 0, at most "
                        + "20 digits before the point and 18 after)");
    }

    @Test
    void weightWithMoreDecimalsThanTheStoresKeep() {
        String header = "response_id,quarter,client_type,prior_csa,weight,overall,service_1,service_2,service_3,"
                + "service_4,service_5,service_6,service_7,service_8";
        assertThat(refused(ExtractKind.SURVEY_RESPONSES, header,
                "S1,2016-08,PP,N,1.0000000000000000001,VS,Y,Y,N,DK,,,,"))
                .isEqualTo("bad.csv:2: column weight: '1.0000000000000000001' has 19 digits after the point "
                        + "(expected a decimal number above 0, at most 20 digits before the point and 18 after)");
    }

    @Test
    void publishedValueTooLargeForTheStores() {
        assertThat(refused(ExtractKind.PUBLISHED, "measure,period,breakdown,value,edition",
                "caseload_total,2016-08,,123456789012345678901,2016-10-01"))
                .isEqualTo("bad.csv:2: column value: '123456789012345678901' is too large (expected a decimal "
                        + "number such as -12.5, at most 20 digits before the point and 18 after)");
    }

    @Test
    void publishedValueNotANumber() {
        assertThat(refused(ExtractKind.PUBLISHED, "measure,period,breakdown,value,edition",
                "caseload_total,2016-08,,338 900,2016-10-01"))
                .isEqualTo("bad.csv:2: column value: '338 900' is not a number (expected a decimal number such as "
                        + "-12.5, at most 20 digits before the point and 18 after)");
    }

    @Test
    void publishedFigureTwiceInOneEdition() {
        assertThat(refused(ExtractKind.PUBLISHED, "measure,period,breakdown,value,edition",
                "caseload_total,2016-08,,338900,2016-10-01", "caseload_total,2016-08,,338800,2016-10-01"))
                .isEqualTo("bad.csv:3: column measure: (caseload_total, 2016-08, , 2016-10-01) repeats line 2 "
                        + "(expected each measure and period and breakdown and edition once in the file)");
    }

    @Test
    void brokenQuoting() {
        assertThat(refused(ExtractKind.COMPLAINTS, "complaint_id,received_date,stage", "K1,2016-08-01,REVIEW",
                "\"K2\"x,2016-08-01,REVIEW"))
                .startsWith("bad.csv:3: broken CSV quoting");
    }

    @Test
    void everyProblemIsCountedAndTheFirstFiftyListed() {
        String[] lines = new String[121];
        lines[0] = "complaint_id,received_date,stage";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "K" + i + ",2016-08-01,UNKNOWN";
        }
        ImportResult result = fixture.importLines(ExtractKind.COMPLAINTS, "bad.csv", lines);
        assertThat(result.problemCount()).isEqualTo(120);
        assertThat(result.problems()).hasSize(50);
        assertThat(result.problems().get(49).line()).isEqualTo(51);
        assertThat(result.problemReport()).last().isEqualTo("... and 70 more problems");
    }

    @Test
    void unknownCodeInAnOptionalColumn() {
        String header = "response_id,quarter,client_type,prior_csa,weight,overall,service_1,service_2,service_3,"
                + "service_4,service_5,service_6,service_7,service_8";
        assertThat(refused(ExtractKind.SURVEY_RESPONSES, header, "S1,2016-08,PP,N,1.5,VS,Y,Y,MAYBE,DK,,,,"))
                .isEqualTo("bad.csv:2: column service_3: 'MAYBE' is not a known code (expected one of Y, N, DK)");
    }

    @Test
    void workbookWithoutAHeaderInRowOne() throws Exception {
        Path xlsx = temp.resolve("late-header.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("complaints");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("complaint_id");
            row.createCell(1).setCellValue("received_date");
            row.createCell(2).setCellValue("stage");
            try (var out = java.nio.file.Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        ImportResult result = fixture.importFile(xlsx, ExtractKind.COMPLAINTS);
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems().get(0).toString())
                .isEqualTo("late-header.xlsx:1: row 1 of the sheet is empty (expected the header row in row 1)");
    }
}
