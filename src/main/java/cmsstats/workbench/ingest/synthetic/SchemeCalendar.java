package cmsstats.workbench.ingest.synthetic;

import java.time.YearMonth;

/**
 * The monthly shape of the CMS 2012 scheme from August 2013 to August 2016, as the sources describe it
 * (docs/MEASURES.md, "Timeline"; ref. 002 Tables 1-13; ref. 004): full-scale volumes per month, before scaling.
 * Month 0 is August 2013, month 36 August 2016.
 */
final class SchemeCalendar {
    static final YearMonth FIRST = YearMonth.of(2013, 8);
    static final YearMonth LAST = YearMonth.of(2016, 8);
    static final int MONTHS = 37;

    private SchemeCalendar() {
    }

    static YearMonth month(int index) {
        return FIRST.plusMonths(index);
    }

    /**
     * New applications: pathfinder (4+ children, then 2+ from 29 July 2013) until the scheme opens to all on
     * 25 November 2013; growth to June 2014; a fall when the GBP 20 fee starts on 30 June 2014; slow growth after.
     */
    static double newApplications(int i) {
        if (i <= 3) {
            return new double[] {500, 800, 1200, 2200}[i];
        }
        if (i <= 10) {
            return 4200 + (i - 4) * (9400 - 4200) / 6.0;
        }
        return 6800 + (i - 11) * (10700 - 6800) / 25.0;
    }

    /**
     * Arrears-only applications: none before December 2014 (no data), a trickle during 2015, then the sharp rise
     * of CSA case closure from December 2015, with the dip of June 2016.
     */
    static double arrearsOnlyApplications(int i) {
        if (i < 16) {
            return 0;
        }
        if (i < 28) {
            return 1200 + (i - 16) * 60;
        }
        return new double[] {5000, 7000, 8500, 9300, 9800, 10300, 6200, 10300, 10700}[i - 28];
    }

    /** Share of fee-liable new applications exempt (domestic violence or under 19): 29-32%, then 33% in Aug 2016. */
    static double feeExemptShare(int i) {
        if (i < 22) {
            return 0.22 + (i - 11) * 0.007;
        }
        return i == 36 ? 0.33 : 0.29 + 0.03 * ((i - 22) % 3) / 2.0;
    }

    /** Share of calls answered within 30 seconds: the January 2014 dip, the May 2015 routing change, 86-90% in 2016. */
    static double answeredWithin30s(int i) {
        if (i == 5) {
            return 0.45;
        }
        if (i < 21) {
            return 0.78;
        }
        if (i < 29) {
            return 0.84;
        }
        return i == 36 ? 0.86 : 0.87 + 0.01 * (i % 3);
    }
}
