package cmsstats.workbench.ingest.synthetic;

import cmsstats.workbench.model.ExtractKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Writes synthetic extracts of every kind for August 2013 - August 2016 that behave like the CMS 2012 scheme
 * (growth, the June 2014 fee, arrears-only applications from December 2015, Direct Pay and Collect and Pay,
 * paying parents with several cases, compliance, arrears, changes of circumstances, satisfaction), calibrated so
 * that at full scale the workbench's own measures for August 2016 land near the published figures.
 * Deterministic for a seed: Commons Math's Well19937c generator, one stream, used in a fixed order.
 */
public final class SampleGenerator {
    /** Last day of the extracts: what is not cleared by then is outstanding. */
    static final LocalDate EXTRACT_DATE = SchemeCalendar.LAST.atEndOfMonth();
    private static final int DP = 0;
    private static final int CP = 1;
    private static final int PAYER = 0;
    private static final int PARTIAL = 1;
    private static final int NON_PAYER = 2;
    /** Calibration (see generate-sample --check): the median weekly liability of a paying parent. */
    private static final double WEEKLY_MEDIAN_GBP = 38.0;
    /** Calibration: the share of new applications that lead to a positive liability (children benefiting, ref. 002). */
    private static final double LIABLE_SHARE = 0.82;
    /** Calibration: the share of new cases starting on Direct Pay. */
    private static final double DIRECT_PAY_SHARE = 0.74;
    /** Calibration: the monthly hazard of a Direct Pay case moving to Collect and Pay. */
    private static final double SWITCH_TO_COLLECT = 0.004;
    /** Calibration: the share of arrears-only cases with 2012-scheme arrears outstanding. */
    private static final double ARREARS_ONLY_WITH_ARREARS = 0.70;
    /** Calibration: the monthly chance that enforcement makes a non-paying parent pay. */
    private static final double ENFORCEMENT = 0.015;
    /** Target caseload at the end of August 2016 at full scale (ref. 002). */
    private static final double CASELOAD_AUG_2016 = 338_900;

    /**
     * The largest scale: beyond 1, more cases of the same shape (every count and amount grows with the scale),
     * for measuring the workbench at today's caseload and more.
     */
    public static final double MAX_SCALE = 10;

    /** What to write. */
    public record Options(long seed, double scale, boolean gzip) {
    }

    /** The files written, by kind, with their data rows. */
    public record Written(Map<ExtractKind, Path> files, Map<ExtractKind, Long> rows) {
    }

    private final RandomGenerator random;
    private final Options options;
    private final List<SyntheticCase> cases = new ArrayList<>();
    private final double[] caseload = new double[SchemeCalendar.MONTHS];
    private final int[] firstCaseOfMonth = new int[SchemeCalendar.MONTHS + 1];

    private SampleGenerator(Options options) {
        this.options = options;
        this.random = new Well19937c(options.seed());
    }

    /** Writes every extract kind into {@code directory} (created if needed). */
    public static Written write(Path directory, Options options) throws IOException {
        if (options.scale() <= 0 || options.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + MAX_SCALE + ", not "
                    + options.scale());
        }
        Files.createDirectories(directory);
        return new SampleGenerator(options).run(directory);
    }

    private Written run(Path directory) throws IOException {
        Map<ExtractKind, Path> files = new LinkedHashMap<>();
        Map<ExtractKind, Long> rows = new LinkedHashMap<>();
        simulateCases();
        files.put(ExtractKind.CASES, directory.resolve("cases.csv"));
        rows.put(ExtractKind.CASES, writeCases(files.get(ExtractKind.CASES)));
        files.put(ExtractKind.CASE_MONTHS, directory.resolve("case_months.csv" + (options.gzip() ? ".gz" : "")));
        rows.put(ExtractKind.CASE_MONTHS, writeCaseMonths(files.get(ExtractKind.CASE_MONTHS)));
        EventWriter events = new EventWriter(random, cases, caseload, firstCaseOfMonth, options);
        for (ExtractKind kind : List.of(ExtractKind.SERVICE_REQUESTS, ExtractKind.RECONSIDERATIONS,
                ExtractKind.APPEALS, ExtractKind.COMPLAINTS, ExtractKind.TELEPHONY, ExtractKind.ASSESSMENTS,
                ExtractKind.SURVEY_RESPONSES, ExtractKind.PUBLISHED)) {
            boolean big = kind == ExtractKind.SERVICE_REQUESTS || kind == ExtractKind.ASSESSMENTS;
            Path file = directory.resolve(kind.id() + ".csv" + (options.gzip() && big ? ".gz" : ""));
            files.put(kind, file);
            try (Writer out = open(file)) {
                rows.put(kind, events.write(kind, out));
            }
        }
        return new Written(files, rows);
    }

    /** Draws every case: when it applied, what it is, whether and when it closes, how it pays. */
    private void simulateCases() {
        double hazard = closureHazard();
        int groups = 0;
        for (int i = 0; i < SchemeCalendar.MONTHS; i++) {
            firstCaseOfMonth[i] = cases.size();
            YearMonth month = SchemeCalendar.month(i);
            int newCount = draws(SchemeCalendar.newApplications(i) * options.scale());
            int arrearsCount = draws(SchemeCalendar.arrearsOnlyApplications(i) * options.scale());
            for (int n = 0; n < newCount + arrearsCount; n++) {
                boolean arrearsOnly = n >= newCount;
                SyntheticCase c = new SyntheticCase();
                c.id = cases.size() + 1;
                c.applied = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                c.monthApplied = i;
                c.arrearsOnly = arrearsOnly;
                boolean joinsGroup = !arrearsOnly && groups > 0 && random.nextDouble() < 0.07;
                c.group = joinsGroup ? 1 + random.nextInt(groups) : ++groups;
                c.children = children();
                c.fee = feeStatus(c, i);
                double country = random.nextDouble();
                c.country = country < 0.86 ? "ENGLAND" : country < 0.91 ? "WALES" : "SCOTLAND";
                c.priorCsa = arrearsOnly || random.nextDouble() < 0.45;
                c.closedMonth = closureMonth(i, hazard);
                if (c.closedMonth <= 36) {
                    YearMonth closed = SchemeCalendar.month(c.closedMonth);
                    c.closed = closed.atDay(1 + random.nextInt(closed.lengthOfMonth()));
                }
                drawPayment(c);
                cases.add(c);
            }
        }
        firstCaseOfMonth[SchemeCalendar.MONTHS] = cases.size();
        for (SyntheticCase c : cases) {
            for (int m = c.monthApplied; m < Math.min(c.closedMonth, SchemeCalendar.MONTHS); m++) {
                caseload[m]++;
            }
        }
    }

    /** The monthly closure hazard that brings the expected caseload to its August 2016 target. */
    private double closureHazard() {
        double low = 0;
        double high = 0.2;
        for (int step = 0; step < 60; step++) {
            double h = (low + high) / 2;
            double expected = 0;
            for (int i = 0; i < SchemeCalendar.MONTHS; i++) {
                double intake = SchemeCalendar.newApplications(i) + SchemeCalendar.arrearsOnlyApplications(i);
                expected += intake * Math.pow(1 - h, 36 - i);
            }
            if (expected > CASELOAD_AUG_2016) {
                low = h;
            } else {
                high = h;
            }
        }
        return (low + high) / 2;
    }

    /** The month a case closes in (37 or later: still open at the extract date). */
    private int closureMonth(int applied, double hazard) {
        int month = applied + 1;
        while (month <= 36 && random.nextDouble() >= hazard) {
            month++;
        }
        return month;
    }

    /** Children per case: mean about 1.51, standard deviation about 0.77 (ref. 002, children benefiting). */
    private int children() {
        double u = random.nextDouble();
        return u < 0.63 ? 1 : u < 0.895 ? 2 : u < 0.97 ? 3 : u < 0.993 ? 4 : 5;
    }

    private String feeStatus(SyntheticCase c, int month) {
        if (c.arrearsOnly || c.applied.isBefore(LocalDate.of(2014, 6, 30))) {
            return "NOT_APPLICABLE";
        }
        if (random.nextDouble() >= SchemeCalendar.feeExemptShare(month)) {
            return "PAID";
        }
        return random.nextDouble() < 0.989 ? "EXEMPT_DV" : "EXEMPT_UNDER19";
    }

    /** Liability, service type and payment behaviour. */
    private void drawPayment(SyntheticCase c) {
        if (c.arrearsOnly) {
            // Some arrears-only cases carry arrears onto the 2012 scheme's books; CMS collects from a few.
            c.service = CP;
            c.arrearsPence = random.nextDouble() < ARREARS_ONLY_WITH_ARREARS
                    ? Math.round(Math.exp(4.75 + 0.8 * random.nextGaussian()) * 100) : 0;
            c.payer = random.nextDouble() < 0.30 ? PARTIAL : NON_PAYER;
            c.startMonth = c.monthApplied + 1;
            return;
        }
        c.liable = random.nextDouble() < LIABLE_SHARE;
        c.weeklyPence = Math.round(Math.exp(Math.log(WEEKLY_MEDIAN_GBP) + 0.55 * random.nextGaussian()) * 100);
        c.startMonth = c.monthApplied + 1;
        c.service = random.nextDouble() < DIRECT_PAY_SHARE ? DP : CP;
        double u = random.nextDouble();
        c.payer = u < 0.52 ? PAYER : u < 0.57 ? PARTIAL : NON_PAYER;
        if (c.service == CP) {
            // the months between the effective date and the first collection
            c.arrearsPence = Math.round(c.weeklyPence * 52.0 / 12 * (0.3 + 1.2 * random.nextDouble()));
        }
    }

    private int draws(double expected) {
        int whole = (int) Math.floor(expected);
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }

    private long writeCases(Path file) throws IOException {
        try (Writer out = open(file)) {
            out.write("case_id,case_group_id,application_type,application_date,closed_date,qualifying_children,"
                    + "fee_status,country,prior_csa\n");
            for (SyntheticCase c : cases) {
                out.write(c.caseId() + ",G" + c.group + "," + (c.arrearsOnly ? "ARREARS_ONLY" : "NEW") + ","
                        + c.applied + "," + (c.closed == null ? "" : c.closed) + "," + c.children + "," + c.fee + ","
                        + c.country + "," + (c.priorCsa ? "Y" : "N") + "\n");
            }
        }
        return cases.size();
    }

    /** One row per case per month with a liability or arrears outstanding, until the case closes. */
    private long writeCaseMonths(Path file) throws IOException {
        long rows = 0;
        try (Writer out = open(file)) {
            out.write("case_id,month,service_type,liability_gbp,paid_gbp,arrears_gbp\n");
            for (SyntheticCase c : cases) {
                long arrears = c.arrearsPence;
                int service = c.service;
                int payer = c.payer;
                int end = Math.min(c.closedMonth, SchemeCalendar.MONTHS);
                for (int m = c.startMonth; m < end; m++) {
                    if (service == DP && random.nextDouble() < SWITCH_TO_COLLECT) {
                        service = CP;
                        payer = random.nextDouble() < 0.3 ? PARTIAL : NON_PAYER;
                    }
                    long liability = c.liable && !c.arrearsOnly ? Math.round(c.weeklyPence * 52.0 / 12) : 0;
                    if (liability == 0 && arrears == 0) {
                        continue;
                    }
                    if (payer == NON_PAYER && liability > 0 && random.nextDouble() < ENFORCEMENT) {
                        payer = PAYER;
                    }
                    String paid;
                    if (service == DP) {
                        paid = "";
                    } else {
                        // an arrears deduction on top of the liability, up to as much again (or GBP 20 with no
                        // liability)
                        long due = liability + Math.min(arrears, liability > 0 ? liability : 2000);
                        long pays = switch (payer) {
                            case PAYER -> random.nextDouble() < 0.97 ? due : 0;
                            case PARTIAL -> random.nextDouble() < 0.40 ? Math.round(
                                    due * (0.3 + 0.5 * random.nextDouble())) : 0;
                            default -> 0;
                        };
                        arrears = Math.max(0, arrears + liability - pays);
                        paid = pounds(pays);
                    }
                    out.write(c.caseId() + "," + SchemeCalendar.month(m) + "," + (service == DP ? "DP" : "CP") + ","
                            + pounds(liability) + "," + paid + "," + pounds(service == DP ? 0 : arrears) + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    static String pounds(long pence) {
        return pence / 100 + "." + (pence % 100 < 10 ? "0" : "") + pence % 100;
    }

    static Writer open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            // Java writes a zero modification time in the gzip header: the same seed gives the same bytes.
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
