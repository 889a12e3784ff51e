package cmsstats.workbench.publish.explore;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.model.TableQuery;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A saved query as a small JSON file, the one form both the desktop's saved queries and {@code table --query}
 * read and write:
 * <pre>{"measures": ["caseload_total"], "rows": "quarter", "columns": ["country", "application_type"],
 *  "filters": {"prior_csa": ["Y"]}, "from": "2016-01", "to": "2016-12", "rounded": false}</pre>
 * Only {@code measures} is required. A file that breaks the form is refused with where and what was expected.
 */
public final class QueryFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of("measures", "rows", "columns", "filters", "from", "to",
            "rounded");

    /** A query file that cannot be read as a query: the message names the file, line and field. */
    public static final class QueryFileException extends Exception {
        public QueryFileException(String message) {
            super(message);
        }
    }

    private QueryFile() {
    }

    public static String toJson(TableQuery query) {
        try {
            return JSON.writeValueAsString(asMap(query)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a query of ids and codes always writes as JSON", e);
        }
    }

    public static void write(TableQuery query, Path file) throws IOException {
        Files.writeString(file, toJson(query), StandardCharsets.UTF_8);
    }

    static Map<String, Object> asMap(TableQuery query) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("measures", query.measures());
        map.put("rows", query.rows().id());
        map.put("columns", query.slice().crossed().stream().map(Breakdown::id).toList());
        Map<String, Object> filters = new LinkedHashMap<>();
        query.slice().filters().forEach((b, values) -> filters.put(b.id(), values));
        map.put("filters", filters);
        query.from().ifPresent(m -> map.put("from", m.toString()));
        query.to().ifPresent(m -> map.put("to", m.toString()));
        map.put("rounded", query.rounded());
        return map;
    }

    public static TableQuery read(Path file) throws IOException, QueryFileException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads a query from JSON text; {@code name} is what messages call its source. */
    public static TableQuery parse(String name, String text) throws QueryFileException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new QueryFileException(name + ":" + (at == null ? 1 : at.getLineNr()) + ": column "
                    + (at == null ? 1 : at.getColumnNr()) + ": not JSON (" + e.getOriginalMessage()
                    + "; expected an object such as {\"measures\": [\"caseload_total\"]})");
        }
        if (root == null || !root.isObject()) {
            throw new QueryFileException(name + ": not a JSON object (expected {\"measures\": [...], ...})");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new QueryFileException(name + ": field " + field + ": unknown (expected " + FIELDS + ")");
            }
        }
        List<String> measures = texts(name, root, "measures");
        if (measures.isEmpty()) {
            throw new QueryFileException(name + ": field measures: missing or empty (expected one or more measure "
                    + "ids)");
        }
        for (String id : measures) {
            if (cmsstats.workbench.measures.MeasureCatalog.find(id).isEmpty()) {
                throw new QueryFileException(name + ": field measures: unknown measure '" + id + "' (expected "
                        + "one of " + cmsstats.workbench.measures.MeasureCatalog.ids() + ")");
            }
        }
        String rowsText = root.path("rows").asText("month");
        Periodicity rows = Periodicity.fromId(rowsText).orElseThrow(() -> new QueryFileException(name
                + ": field rows: '" + rowsText + "' (expected month, quarter or year)"));
        List<Breakdown> crossed = new ArrayList<>();
        for (String id : texts(name, root, "columns")) {
            crossed.add(breakdown(name, "columns", id));
        }
        Map<Breakdown, List<String>> filters = new EnumMap<>(Breakdown.class);
        JsonNode filterNode = root.path("filters");
        if (!filterNode.isMissingNode() && !filterNode.isObject()) {
            throw new QueryFileException(name + ": field filters: not an object (expected {\"country\": "
                    + "[\"WALES\"]})");
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = filterNode.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> filter = f.next();
            Breakdown breakdown = breakdown(name, "filters", filter.getKey());
            List<String> values = texts(name, filterNode, filter.getKey());
            for (String value : values) {
                if (!breakdown.codes().contains(value)) {
                    throw new QueryFileException(name + ": field filters: " + breakdown.id() + " has no value '"
                            + value + "' (expected one of " + String.join(", ", breakdown.codes()) + ")");
                }
            }
            filters.put(breakdown, values);
        }
        Slice slice;
        try {
            slice = new Slice(crossed, filters);
        } catch (IllegalArgumentException e) {
            throw new QueryFileException(name + ": " + e.getMessage());
        }
        return new TableQuery(measures, rows, slice, month(name, root, "from"), month(name, root, "to"),
                root.path("rounded").asBoolean(false));
    }

    private static Breakdown breakdown(String name, String field, String id) throws QueryFileException {
        return Breakdown.fromId(id).orElseThrow(() -> new QueryFileException(name + ": field " + field
                + ": unknown breakdown '" + id + "' (expected one of " + String.join(", ",
                java.util.Arrays.stream(Breakdown.values()).map(Breakdown::id).toList()) + ")"));
    }

    private static List<String> texts(String name, JsonNode parent, String field) throws QueryFileException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new QueryFileException(name + ": field " + field + ": not a list (expected [\"...\", ...])");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new QueryFileException(name + ": field " + field + ": " + item + " is not a text (expected "
                        + "an id in quotes)");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static Optional<YearMonth> month(String name, JsonNode root, String field) throws QueryFileException {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(node.asText()));
        } catch (DateTimeParseException e) {
            throw new QueryFileException(name + ": field " + field + ": '" + node.asText() + "' is not a month "
                    + "(expected YYYY-MM)");
        }
    }
}
