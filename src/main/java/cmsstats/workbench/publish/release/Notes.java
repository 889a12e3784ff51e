package cmsstats.workbench.publish.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The release's notes, numbered in the order tables first refer to them. */
public final class Notes {
    /** The notes a table can refer to. */
    public enum Key {
        ROUNDING("Figures are rounded by measure, the same way in every table they appear in: percentages to "
                + "whole numbers; money in GBP million to one decimal place; complaints and the numbers of "
                + "assessments checked not rounded; children per case to two decimal places; other counts to the "
                + "nearest 100 when the measure's largest Great Britain figure in this release is 10,000 or more, "
                + "otherwise to the nearest 10. The line above each table says how its columns are rounded. "
                + "Totals and percentages are computed from unrounded figures, so they may differ from the sum or "
                + "ratio of the figures shown."),
        PATHFINDER("Figures before December 2013 come from the scheme's pathfinder phase and are not "
                + "representative of the scheme as a whole."),
        MANAGEMENT_INFORMATION("These figures are management information from the Child Maintenance Service case "
                + "management system. Figures revised later by less than 5% are not revised in later editions, "
                + "except appeals."),
        QUARTERS("Quarterly figures: each row is the three months ending in the month shown."),
        FEE("The GBP 20 application fee applies from 30 June 2014. Applicants under 19 and those who have "
                + "reported domestic violence or abuse are exempt; arrears-only applications pay no fee."),
        CHILDREN("Children benefiting is estimated from a sample of cases with a liability: the mean number of "
                + "qualifying children per case times the cases paying in the quarter. The bounds are the 95% "
                + "confidence interval (t distribution, finite population correction). Each quarter uses the latest "
                + "sample drawn for a month at or before its end."),
        COMPLIANCE("A case group is contributing when any payment was made towards its liability in the quarter."),
        ARREARS("Outstanding arrears at the end of the month, and cumulative liability since the scheme opened."),
        ACCURACY("An assessment is accurate when the amount calculated is within GBP 1.00 or 2% of the correct "
                + "amount, whichever is higher, in a sample checked by quality assurers. Each month shows the number "
                + "of assessments checked (n) and the 95% Clopper-Pearson (exact) interval of the rate: of the two "
                + "intervals the workbench computes it is the one to quote near 100%, since it never covers less "
                + "than 95%, where the Wilson interval can. The gross monetary error is the sum of the amounts in "
                + "error, either way, over the sum of the correct weekly amounts; the net error lets over- and "
                + "under-calculations cancel (negative: under-calculated on balance). Monetary-unit samples are "
                + "not included."),
        SATISFACTION("DWP's published method leaves \"don't know\" answers out of the base; the National Audit "
                + "Office notes this is not standard practice, so both are shown."),
        SUPPRESSION("Counts from 1 to %d are shown as [c], and further cells are suppressed so that they cannot "
                + "be worked out from the totals."),
        REVISIONS("[r] beside a figure marks a change of 5% or more from the figure in the previous edition.");

        final String text;

        Key(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Map<Key, Integer> numbers = new LinkedHashMap<>();
    private final Map<Key, String> written = new LinkedHashMap<>();
    private final int threshold;

    /** @param threshold the small-count threshold the suppression note states */
    public Notes(int threshold) {
        this.threshold = threshold;
    }

    /** The number of a note, given on its first reference. */
    public int number(Key key) {
        return numbers.computeIfAbsent(key, k -> numbers.size() + 1);
    }

    /**
     * Replaces a note's standard text with one written from what this release's table holds (the designs of the
     * children-benefiting samples it used, say).
     */
    public void write(Key key, String text) {
        written.put(key, text);
    }

    /** "[note N]". */
    public String reference(Key key) {
        return "[note " + number(key) + "]";
    }

    /** Every note referred to, in number order. */
    public List<Map.Entry<Integer, String>> all() {
        List<Map.Entry<Integer, String>> all = new ArrayList<>();
        numbers.forEach((key, number) -> all.add(Map.entry(number, written.containsKey(key) ? written.get(key)
                : key == Key.SUPPRESSION ? String.format(key.text(), threshold - 1) : key.text())));
        return all;
    }
}
