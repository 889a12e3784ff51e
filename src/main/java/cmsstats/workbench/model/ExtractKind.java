package cmsstats.workbench.model;

import static cmsstats.workbench.model.Column.code;
import static cmsstats.workbench.model.Column.integer;
import static cmsstats.workbench.model.Column.optional;
import static cmsstats.workbench.model.Column.required;
import static cmsstats.workbench.model.ColumnType.DATE;
import static cmsstats.workbench.model.ColumnType.DECIMAL;
import static cmsstats.workbench.model.ColumnType.ID;
import static cmsstats.workbench.model.ColumnType.MONEY;
import static cmsstats.workbench.model.ColumnType.MONTH;
import static cmsstats.workbench.model.ColumnType.POSITIVE_DECIMAL;
import static cmsstats.workbench.model.ColumnType.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The extract kinds of the input contract, docs/EXTRACTS.md, with their columns in the
 * contract's order and the columns that identify a row uniquely within one extract.
 * The enum order is a valid import order: {@code cases} comes before {@code case_months}, which refers to it.
 */
public enum ExtractKind {
    CASES("cases", "Cases", List.of("case_id"),
            required("case_id", ID),
            required("case_group_id", ID),
            code("application_type", false, "NEW", "ARREARS_ONLY"),
            required("application_date", DATE),
            optional("closed_date", DATE),
            integer("qualifying_children", 1, 20),
            code("fee_status", false, "PAID", "EXEMPT_DV", "EXEMPT_UNDER19", "NOT_APPLICABLE"),
            code("country", false, "ENGLAND", "WALES", "SCOTLAND"),
            code("prior_csa", false, "Y", "N")),
    CASE_MONTHS("case_months", "Case months", List.of("case_id", "month"),
            required("case_id", ID),
            required("month", MONTH),
            code("service_type", false, "DP", "CP"),
            required("liability_gbp", MONEY),
            optional("paid_gbp", MONEY),
            required("arrears_gbp", MONEY)),
    SERVICE_REQUESTS("service_requests", "Changes of circumstances", List.of("request_id"),
            required("request_id", ID),
            required("case_id", ID),
            required("received_date", DATE),
            optional("cleared_date", DATE)),
    RECONSIDERATIONS("reconsiderations", "Mandatory reconsiderations", List.of("mr_id"),
            required("mr_id", ID),
            required("case_id", ID),
            required("received_date", DATE),
            optional("cleared_date", DATE),
            code("outcome", true, "REVISED", "NOT_REVISED")),
    APPEALS("appeals", "Appeals", List.of("appeal_id"),
            required("appeal_id", ID),
            required("case_id", ID),
            required("received_date", DATE),
            optional("cleared_date", DATE),
            code("outcome", true, "TRIBUNAL", "CMS")),
    COMPLAINTS("complaints", "Complaints", List.of("complaint_id"),
            required("complaint_id", ID),
            required("received_date", DATE),
            code("stage", false, "RESOLUTION", "REVIEW")),
    TELEPHONY("telephony", "Telephony", List.of("month"),
            required("month", MONTH),
            integer("calls_received", 0, Long.MAX_VALUE),
            integer("calls_answered", 0, Long.MAX_VALUE),
            integer("answered_within_30s", 0, Long.MAX_VALUE)),
    ASSESSMENTS("assessments", "Assessments", List.of("assessment_id"),
            required("assessment_id", ID),
            required("case_id", ID),
            required("assessment_date", DATE),
            code("assessment_type", false, "NEW", "CHANGE"),
            required("weekly_amount_gbp", MONEY)),
    SURVEY_RESPONSES("survey_responses", "Survey responses", List.of("response_id"),
            surveyColumns()),
    PUBLISHED("published", "Published figures", List.of("measure", "period", "breakdown", "edition"),
            required("measure", ID),
            required("period", MONTH),
            optional("breakdown", TEXT),
            required("value", DECIMAL),
            required("edition", DATE));

    private final String id;
    private final String title;
    private final List<String> keyColumns;
    private final List<Column> columns;

    ExtractKind(String id, String title, List<String> keyColumns, Column... columns) {
        this.id = id;
        this.title = title;
        this.keyColumns = keyColumns;
        this.columns = List.of(columns);
    }

    private static Column[] surveyColumns() {
        List<Column> columns = new ArrayList<>(Arrays.asList(
                required("response_id", ID),
                required("quarter", MONTH),
                code("client_type", false, "PP", "RP"),
                code("prior_csa", false, "Y", "N"),
                required("weight", POSITIVE_DECIMAL),
                code("overall", false, "VS", "FS", "N", "FD", "VD", "DK")));
        for (int item = 1; item <= 8; item++) {
            columns.add(code("service_" + item, true, "Y", "N", "DK"));
        }
        return columns.toArray(Column[]::new);
    }

    /** The contract's name of the kind, e.g. {@code case_months}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Columns whose values together identify a row; a repeat within one extract is an error. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no column " + name));
    }

    /** The kind with this contract name, ignoring case and surrounding spaces. */
    public static Optional<ExtractKind> fromId(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }

    /** All contract names, comma separated, for usage messages. */
    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(ExtractKind::id).toList());
    }
}
