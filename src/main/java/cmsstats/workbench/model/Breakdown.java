package cmsstats.workbench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The ways a measure can be split (docs/MEASURES.md, "Breakdowns"), each with its values in display order. */
public enum Breakdown {
    APPLICATION_TYPE("application_type", List.of("NEW", "ARREARS_ONLY")),
    SERVICE_TYPE("service_type", List.of("DP", "CP")),
    COUNTRY("country", List.of("ENGLAND", "WALES", "SCOTLAND")),
    CLIENT_TYPE("client_type", List.of("PP", "RP")),
    PRIOR_CSA("prior_csa", List.of("Y", "N"));

    private final String id;
    private final List<String> values;

    Breakdown(String id, List<String> values) {
        this.id = id;
        this.values = values;
    }

    public String id() {
        return id;
    }

    public List<String> codes() {
        return values;
    }

    public static Optional<Breakdown> fromId(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.id.equals(wanted)).findFirst();
    }
}
