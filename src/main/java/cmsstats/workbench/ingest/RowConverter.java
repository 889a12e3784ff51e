package cmsstats.workbench.ingest;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a file's header onto its kind's columns (names matched case-insensitively, ignoring surrounding spaces,
 * in any order) and converts each row to typed values, reporting every cell that breaks the contract.
 * Columns the contract does not name are kept, as a JSON object per row.
 */
final class RowConverter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExtractKind kind;
    private final int[] cellOfColumn;
    private final List<Integer> extraCells;
    private final List<String> extraNames;
    private final int width;
    private final boolean exactWidth;
    private final Map<String, Integer> positionOfColumn = new HashMap<>();

    private RowConverter(ExtractKind kind, int[] cellOfColumn, List<Integer> extraCells, List<String> extraNames,
                         int width, boolean exactWidth) {
        this.kind = kind;
        this.cellOfColumn = cellOfColumn;
        this.extraCells = extraCells;
        this.extraNames = extraNames;
        this.width = width;
        this.exactWidth = exactWidth;
        kind.columns().forEach(c -> positionOfColumn.put(c.name(), positionOfColumn.size()));
    }

    /**
     * Checks a header against a kind's layout.
     *
     * @param exactWidth whether every row must have as many cells as the header (CSV); workbooks omit trailing
     *                   empty cells, so for them shorter rows are padded
     * @return the converter, or empty when the header is unusable (its problems are then in {@code problems})
     */
    static Optional<RowConverter> forHeader(ExtractKind kind, List<String> header, boolean exactWidth,
                                            ProblemCollector problems) {
        Map<String, Integer> cellByName = new HashMap<>();
        List<Integer> extraCells = new ArrayList<>();
        List<String> extraNames = new ArrayList<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(1, "#" + (i + 1), "the header cell is empty (expected a column name)");
                usable = false;
            } else if (cellByName.putIfAbsent(key, i) != null) {
                problems.add(1, name, "appears twice in the header (expected each column once)");
                usable = false;
            } else if (kind.columns().stream().noneMatch(c -> c.name().equals(key))) {
                extraCells.add(i);
                extraNames.add(name);
            }
        }
        int[] cellOfColumn = new int[kind.columns().size()];
        for (int c = 0; c < cellOfColumn.length; c++) {
            Integer cell = cellByName.get(kind.columns().get(c).name());
            if (cell == null) {
                problems.add(1, kind.columns().get(c).name(), "is missing from the header (expected the columns of "
                        + kind.id() + ": " + String.join(", ", kind.columns().stream().map(Column::name).toList())
                        + ")");
                usable = false;
            } else {
                cellOfColumn[c] = cell;
            }
        }
        return usable
                ? Optional.of(new RowConverter(kind, cellOfColumn, extraCells, extraNames, header.size(), exactWidth))
                : Optional.empty();
    }

    /** A converted row: values in the kind's column order and the extras as JSON (null when none). */
    record Converted(Object[] values, String extras) {
    }

    /** The row's typed values, or empty when it breaks the contract (its problems are then reported). */
    Optional<Converted> convert(long line, String[] cells, ProblemCollector problems) {
        if (!fitsWidth(line, cells, problems)) {
            return Optional.empty();
        }
        List<Column> columns = kind.columns();
        Object[] values = new Object[columns.size()];
        boolean valid = true;
        for (int c = 0; c < values.length; c++) {
            Column column = columns.get(c);
            try {
                values[c] = ValueParser.parse(column, cell(cells, cellOfColumn[c]));
            } catch (ValueParser.Rejection rejection) {
                problems.add(line, column.name(), rejection.getMessage());
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        List<RowRules.Breach> breaches = RowRules.check(kind, name -> values[positionOfColumn.get(name)]);
        breaches.forEach(b -> problems.add(line, b.column(), b.message()));
        return breaches.isEmpty() ? Optional.of(new Converted(values, extras(cells))) : Optional.empty();
    }

    private boolean fitsWidth(long line, String[] cells, ProblemCollector problems) {
        if (exactWidth && cells.length != width) {
            problems.add(line, null, "has " + cells.length + (cells.length == 1 ? " field" : " fields")
                    + " (expected " + width + ", as in the header)");
            return false;
        }
        for (int i = width; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                problems.add(line, null, "has a value in column " + (i + 1) + ", beyond the header's " + width
                        + " columns (expected no cells outside the table)");
                return false;
            }
        }
        return true;
    }

    private String extras(String[] cells) {
        if (extraCells.isEmpty()) {
            return null;
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (int e = 0; e < extraCells.size(); e++) {
            extras.put(extraNames.get(e), cell(cells, extraCells.get(e)));
        }
        try {
            return JSON.writeValueAsString(extras);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index] : null;
    }
}
