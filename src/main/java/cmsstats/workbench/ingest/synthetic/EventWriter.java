package cmsstats.workbench.ingest.synthetic;

import cmsstats.workbench.model.ExtractKind;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The extracts that follow from the cases: changes of circumstances, reconsiderations, appeals and complaints in
 * proportion to the caseload, telephony, assessments, the satisfaction survey, and the published figures.
 */
final class EventWriter {
    /** Survey respondents per quarter: a sample survey, so not scaled with the caseload. */
    private static final int RESPONDENTS = 800;

    private final RandomGenerator random;
    private final List<SyntheticCase> cases;
    private final double[] caseload;
    private final int[] firstCaseOfMonth;
    private final double scale;

    EventWriter(RandomGenerator random, List<SyntheticCase> cases, double[] caseload, int[] firstCaseOfMonth,
                SampleGenerator.Options options) {
        this.random = random;
        this.cases = cases;
        this.caseload = caseload;
        this.firstCaseOfMonth = firstCaseOfMonth;
        this.scale = options.scale();
    }

    long write(ExtractKind kind, Writer out) throws IOException {
        return switch (kind) {
            case SERVICE_REQUESTS -> serviceRequests(out);
            case RECONSIDERATIONS -> reconsiderations(out);
            case APPEALS -> appeals(out);
            case COMPLAINTS -> complaints(out);
            case TELEPHONY -> telephony(out);
            case ASSESSMENTS -> assessments(out);
            case SURVEY_RESPONSES -> survey(out);
            case PUBLISHED -> PublishedFigures.write(out);
            default -> throw new IllegalArgumentException(kind.id());
        };
    }

    /**
     * Changes of circumstances: about half the caseload a month; 88% cleared in 28 days, falling to 81% by July
     * 2016.
     */
    private long serviceRequests(Writer out) throws IOException {
        out.write("request_id,case_id,received_date,cleared_date\n");
        long n = 0;
        for (int i = 0; i < SchemeCalendar.MONTHS; i++) {
            double within = i < 33 ? 0.88 : new double[] {0.86, 0.83, 0.81, 0.82}[i - 33];
            int count = draws(0.52 * caseload[i]);
            for (int r = 0; r < count; r++) {
                LocalDate received = day(i);
                int delay = random.nextDouble() < within ? random.nextInt(29) : 29 + random.nextInt(80);
                out.write("SR" + (++n) + "," + randomCase(i) + "," + received + "," + cleared(received, delay) + "\n");
            }
        }
        return n;
    }

    /** Mandatory reconsiderations: 83% of those cleared within 20 days; about a third revised. */
    private long reconsiderations(Writer out) throws IOException {
        out.write("mr_id,case_id,received_date,cleared_date,outcome\n");
        return perMonth(out, 0.0045, (n, i) -> {
            LocalDate received = day(i);
            int delay = random.nextDouble() < 0.82 ? 1 + random.nextInt(20) : 21 + random.nextInt(40);
            String cleared = cleared(received, delay);
            String outcome = cleared.isEmpty() ? "" : random.nextDouble() < 0.35 ? "REVISED" : "NOT_REVISED";
            return "MR" + n + "," + randomCase(i) + "," + received + "," + cleared + "," + outcome;
        });
    }

    /** Appeals: months to clear; about 70% decided by the tribunal service. */
    private long appeals(Writer out) throws IOException {
        out.write("appeal_id,case_id,received_date,cleared_date,outcome\n");
        return perMonth(out, 0.00042, (n, i) -> {
            LocalDate received = day(i);
            String cleared = cleared(received, 60 + random.nextInt(240));
            String outcome = cleared.isEmpty() ? "" : random.nextDouble() < 0.71 ? "TRIBUNAL" : "CMS";
            return "AP" + n + "," + randomCase(i) + "," + received + "," + cleared + "," + outcome;
        });
    }

    private long complaints(Writer out) throws IOException {
        out.write("complaint_id,received_date,stage\n");
        return perMonth(out, 0.00075, (n, i) -> "K" + n + "," + day(i) + ","
                + (random.nextDouble() < 0.85 ? "RESOLUTION" : "REVIEW"));
    }

    /** Calls: 98% answered (85% in the January 2014 dip), within 30 seconds as the calendar says. */
    private long telephony(Writer out) throws IOException {
        out.write("month,calls_received,calls_answered,answered_within_30s\n");
        for (int i = 0; i < SchemeCalendar.MONTHS; i++) {
            long received = Math.round((40_000 + 0.9 * caseload[i] / scale) * scale);
            long answered = Math.round(received * (i == 5 ? 0.85 : 0.978 + 0.004 * random.nextDouble()));
            long within = Math.round(received * SchemeCalendar.answeredWithin30s(i));
            out.write(SchemeCalendar.month(i) + "," + received + "," + answered + "," + Math.min(within, answered)
                    + "\n");
        }
        return SchemeCalendar.MONTHS;
    }

    /** New calculations when liability starts, and changed ones through the year. */
    private long assessments(Writer out) throws IOException {
        out.write("assessment_id,case_id,assessment_date,assessment_type,weekly_amount_gbp\n");
        long n = 0;
        for (SyntheticCase c : cases) {
            if (c.arrearsOnly || !c.liable) {
                continue;
            }
            LocalDate date = c.applied.plusDays(10 + random.nextInt(30));
            if (!date.isAfter(SampleGenerator.EXTRACT_DATE)) {
                out.write("AS" + (++n) + "," + c.caseId() + "," + date + ",NEW," + SampleGenerator.pounds(c.weeklyPence)
                        + "\n");
            }
            for (int m = c.startMonth; m < Math.min(c.closedMonth, SchemeCalendar.MONTHS); m++) {
                if (random.nextDouble() < 0.02) {
                    long amount = Math.max(0, Math.round(c.weeklyPence * (0.7 + 0.6 * random.nextDouble())));
                    out.write("AS" + (++n) + "," + c.caseId() + "," + day(m) + ",CHANGE,"
                            + SampleGenerator.pounds(amount)
                            + "\n");
                }
            }
        }
        return n;
    }

    /**
     * The satisfaction survey, quarters ending November 2013 to August 2016: about 61% satisfied overall by DWP's
     * method, near 60% from February 2015; paying parents below receiving parents; clients with prior CSA
     * involvement below those without (ref. 004); 4% don't know.
     */
    private long survey(Writer out) throws IOException {
        StringBuilder header = new StringBuilder("response_id,quarter,client_type,prior_csa,weight,overall");
        for (int item = 1; item <= 8; item++) {
            header.append(",service_").append(item);
        }
        out.write(header + "\n");
        long n = 0;
        for (int i = 3; i < SchemeCalendar.MONTHS; i += 3) {
            YearMonth quarter = SchemeCalendar.month(i);
            double base = i < 18 ? 0.635 : 0.598;
            for (int r = 0; r < RESPONDENTS; r++) {
                boolean payingParent = random.nextDouble() < 0.45;
                boolean prior = random.nextDouble() < 0.5;
                double satisfied = base + (payingParent ? -0.08 : 0.065) + (prior ? -0.035 : 0.035);
                String overall = overall(satisfied);
                double weight = caseload[i] / RESPONDENTS * (payingParent ? 0.9 : 1.1)
                        * (0.6 + 0.8 * random.nextDouble());
                StringBuilder row = new StringBuilder("S" + (++n) + "," + quarter + "," + (payingParent ? "PP" : "RP")
                        + "," + (prior ? "Y" : "N") + "," + String.format(java.util.Locale.ROOT, "%.3f", weight) + ","
                        + overall);
                for (int item = 1; item <= 8; item++) {
                    double u = random.nextDouble();
                    row.append(',').append(u < 0.77 ? "Y" : u < 0.975 ? "N" : u < 0.99 ? "DK" : "");
                }
                out.write(row + "\n");
            }
        }
        return n;
    }

    private String overall(double satisfied) {
        if (random.nextDouble() < 0.04) {
            return "DK";
        }
        double u = random.nextDouble();
        if (u < satisfied) {
            return u < satisfied * 0.55 ? "VS" : "FS";
        }
        double rest = (u - satisfied) / (1 - satisfied);
        return rest < 0.3 ? "N" : rest < 0.6 ? "FD" : "VD";
    }

    /** Writes one line per event: about {@code rate} x caseload events in each month. */
    @FunctionalInterface
    private interface Event {
        String line(long number, int month);
    }

    private long perMonth(Writer out, double rate, Event event) throws IOException {
        long n = 0;
        for (int i = 0; i < SchemeCalendar.MONTHS; i++) {
            int count = draws(rate * caseload[i]);
            for (int r = 0; r < count; r++) {
                out.write(event.line(++n, i) + "\n");
            }
        }
        return n;
    }

    private String cleared(LocalDate received, int delay) {
        LocalDate cleared = received.plusDays(delay);
        return cleared.isAfter(SampleGenerator.EXTRACT_DATE) ? "" : cleared.toString();
    }

    /** A case that had applied by the end of month {@code i}. */
    private String randomCase(int i) {
        int upTo = firstCaseOfMonth[i + 1];
        return upTo == 0 ? "C1" : "C" + (1 + random.nextInt(upTo));
    }

    private LocalDate day(int i) {
        YearMonth month = SchemeCalendar.month(i);
        return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    }

    private int draws(double expected) {
        int whole = (int) Math.floor(expected);
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }
}
