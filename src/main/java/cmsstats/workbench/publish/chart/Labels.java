package cmsstats.workbench.publish.chart;

import cmsstats.workbench.model.Breakdown;
import java.util.Map;

/** Breakdowns and their codes as readers see them. */
public final class Labels {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NEW", "New applications"), Map.entry("ARREARS_ONLY", "Arrears-only applications"),
            Map.entry("DP", "Direct Pay"), Map.entry("CP", "Collect and Pay"),
            Map.entry("ENGLAND", "England"), Map.entry("WALES", "Wales"), Map.entry("SCOTLAND", "Scotland"),
            Map.entry("PP", "Paying parents"), Map.entry("RP", "Receiving parents"),
            Map.entry("Y", "Prior CSA case"), Map.entry("N", "No prior CSA case"));

    private Labels() {
    }

    public static String code(String code) {
        return CODES.getOrDefault(code, code);
    }

    /**
     * A children-benefiting sample's design in words, as the release's notes and the Sampling view both write it:
     * "simple random sample", "stratified sample (strata: country; Neyman allocation)".
     */
    public static String sampleDesign(cmsstats.workbench.model.StoredSample sample) {
        if (sample.stratify() == null) {
            return "simple random sample";
        }
        String strata = Breakdown.fromId(sample.stratify()).map(Labels::breakdown).orElse(sample.stratify());
        String allocation = sample.allocation() == null ? "" : "; " + (sample.allocation().equalsIgnoreCase("neyman")
                ? "Neyman" : sample.allocation().toLowerCase(java.util.Locale.UK)) + " allocation";
        return "stratified sample (strata: " + strata + allocation + ")";
    }

    public static String breakdown(Breakdown breakdown) {
        return switch (breakdown) {
            case APPLICATION_TYPE -> "application type";
            case SERVICE_TYPE -> "service type";
            case COUNTRY -> "country";
            case CLIENT_TYPE -> "client type";
            case PRIOR_CSA -> "prior CSA involvement";
        };
    }

    /** A label's first letter in lower case, to follow a comma ("Don't know included"), unless it starts an
     * acronym ("DWP method"). */
    public static String lowerFirst(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }
}
