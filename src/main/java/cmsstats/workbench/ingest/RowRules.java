package cmsstats.workbench.ingest;

import cmsstats.workbench.model.ExtractKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rules that span several cells of one row, from docs/EXTRACTS.md: dates in order, outcomes present
 * exactly when a case is cleared, the fee status the scheme's rules allow, telephony counts that nest.
 */
final class RowRules {
    /** The application fee starts on this date (docs/MEASURES.md, "Application fee"). */
    static final LocalDate FEE_START = LocalDate.of(2014, 6, 30);

    /** A broken rule: the column to point at and what is wrong. */
    record Breach(String column, String message) {
    }

    private RowRules() {
    }

    /**
     * The rules the row breaks.
     *
     * @param kind  the extract kind
     * @param value the row's parsed values, by column name
     */
    static List<Breach> check(ExtractKind kind, Function<String, Object> value) {
        List<Breach> breaches = new ArrayList<>();
        switch (kind) {
            case CASES -> checkCase(value, breaches);
            case CASE_MONTHS -> {
                if ("DP".equals(value.apply("service_type")) && value.apply("paid_gbp") != null) {
                    breaches.add(new Breach("paid_gbp", "is filled on a Direct Pay row "
                            + "(expected empty for DP: CMS collects nothing on Direct Pay)"));
                }
            }
            case SERVICE_REQUESTS -> notBefore(value, "cleared_date", "received_date", breaches);
            case RECONSIDERATIONS, APPEALS -> {
                notBefore(value, "cleared_date", "received_date", breaches);
                outcomeWhenCleared(value, breaches);
            }
            case TELEPHONY -> {
                atMost(value, "calls_answered", "calls_received", breaches);
                atMost(value, "answered_within_30s", "calls_answered", breaches);
            }
            default -> {
            }
        }
        return breaches;
    }

    private static void checkCase(Function<String, Object> value, List<Breach> breaches) {
        notBefore(value, "closed_date", "application_date", breaches);
        LocalDate applied = (LocalDate) value.apply("application_date");
        String type = (String) value.apply("application_type");
        String fee = (String) value.apply("fee_status");
        boolean feeApplies = "NEW".equals(type) && !applied.isBefore(FEE_START);
        if (!feeApplies && !"NOT_APPLICABLE".equals(fee)) {
            String why = "NEW".equals(type) ? "an application before " + FEE_START + " paid no fee"
                    : "arrears-only applications pay no fee";
            breaches.add(new Breach("fee_status", "is " + fee + " (expected NOT_APPLICABLE: " + why + ")"));
        } else if (feeApplies && "NOT_APPLICABLE".equals(fee)) {
            breaches.add(new Breach("fee_status", "is NOT_APPLICABLE for a new application made on or after "
                    + FEE_START + " (expected PAID, EXEMPT_DV or EXEMPT_UNDER19)"));
        }
    }

    private static void notBefore(Function<String, Object> value, String later, String earlier,
                                  List<Breach> breaches) {
        LocalDate end = (LocalDate) value.apply(later);
        LocalDate start = (LocalDate) value.apply(earlier);
        if (end != null && start != null && end.isBefore(start)) {
            breaches.add(new Breach(later, end + " is before " + earlier + " " + start
                    + " (expected a date on or after " + earlier + ")"));
        }
    }

    private static void outcomeWhenCleared(Function<String, Object> value, List<Breach> breaches) {
        boolean cleared = value.apply("cleared_date") != null;
        Object outcome = value.apply("outcome");
        if (cleared && outcome == null) {
            breaches.add(new Breach("outcome", "is empty on a cleared row (expected the outcome once cleared_date "
                    + "is filled)"));
        } else if (!cleared && outcome != null) {
            breaches.add(new Breach("outcome", "is " + outcome + " on a row not yet cleared (expected empty while "
                    + "cleared_date is empty)"));
        }
    }

    private static void atMost(Function<String, Object> value, String part, String whole, List<Breach> breaches) {
        Object small = value.apply(part);
        Object large = value.apply(whole);
        if (small instanceof Long s && large instanceof Long l && s > l) {
            breaches.add(new Breach(part, s + " is more than " + whole + " " + l + " (expected at most " + whole
                    + ")"));
        }
    }
}
