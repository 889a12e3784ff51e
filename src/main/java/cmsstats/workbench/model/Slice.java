package cmsstats.workbench.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which part of the data a measure is computed over and how it is split: up to two breakdowns crossed (each
 * value of the first with each of the second) and filters that keep only some values of a breakdown.
 * A crossed breakdown that is also filtered is split into its kept values only.
 *
 * @param crossed the breakdowns to split by, at most two, distinct, in the order their values nest
 * @param filters for each filtered breakdown, the values kept (at least one), in the breakdown's display order
 */
public record Slice(List<Breakdown> crossed, Map<Breakdown, List<String>> filters) {
    /** Joins a crossed group's values into one key, e.g. {@code WALES|CP}; no code contains it. */
    public static final String SEPARATOR = "|";
    /** No split and no filter: the measure over all the data. */
    public static final Slice ALL = new Slice(List.of(), Map.of());
    private static final int MOST_CROSSED = 2;

    public Slice {
        crossed = List.copyOf(crossed);
        if (crossed.size() > MOST_CROSSED) {
            throw new IllegalArgumentException("at most two breakdowns can be crossed, not " + crossed.size());
        }
        if (crossed.size() == MOST_CROSSED && crossed.get(0) == crossed.get(1)) {
            throw new IllegalArgumentException("a breakdown cannot be crossed with itself (" + crossed.get(0).id()
                    + ")");
        }
        Map<Breakdown, List<String>> kept = new EnumMap<>(Breakdown.class);
        filters.forEach((breakdown, values) -> kept.put(breakdown, inDisplayOrder(breakdown, values)));
        filters = java.util.Collections.unmodifiableMap(kept);
    }

    /** One breakdown, or none. */
    public static Slice of(Optional<Breakdown> breakdown) {
        return new Slice(breakdown.map(List::of).orElse(List.of()), Map.of());
    }

    /** The same filters with other breakdowns crossed (the totals of a crossed table). */
    public Slice crossing(List<Breakdown> breakdowns) {
        return new Slice(breakdowns, filters);
    }

    /**
     * The data behind one group of the slice, nothing crossed: its filters, with each crossed breakdown kept to
     * the group's value ({@code codes} in crossing order; a null code keeps all its kept values, as a total does).
     */
    public Slice narrowedTo(List<String> codes) {
        if (codes.size() != crossed.size()) {
            throw new IllegalArgumentException(codes.size() + " values for " + crossed.size() + " crossed breakdowns");
        }
        Map<Breakdown, List<String>> narrowed = new EnumMap<>(Breakdown.class);
        narrowed.putAll(filters);
        for (int b = 0; b < crossed.size(); b++) {
            if (codes.get(b) != null) {
                narrowed.put(crossed.get(b), List.of(codes.get(b)));
            }
        }
        return new Slice(List.of(), narrowed);
    }

    /** Every breakdown the slice uses, crossed or filtered. */
    public List<Breakdown> used() {
        List<Breakdown> used = new ArrayList<>(crossed);
        filters.keySet().stream().filter(b -> !used.contains(b)).forEach(used::add);
        return used;
    }

    /** The values of a breakdown the slice keeps: the filter's, or all of them. */
    public List<String> kept(Breakdown breakdown) {
        return filters.getOrDefault(breakdown, breakdown.codes());
    }

    /**
     * The keys of the groups the slice splits into, the first breakdown's values outermost: {@code [WALES|DP,
     * WALES|CP, ...]}; a single null key when nothing is crossed.
     */
    public List<String> groups() {
        List<String> keys = new ArrayList<>();
        keys.add(null);
        for (Breakdown breakdown : crossed) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String code : kept(breakdown)) {
                    next.add(prefix == null ? code : prefix + SEPARATOR + code);
                }
            }
            keys = next;
        }
        return keys;
    }

    /** The slice as words for a log or a note: "by country x service_type, where country is WALES". */
    public String describe() {
        String by = crossed.isEmpty() ? "" : " by " + crossed.stream().map(Breakdown::id)
                .collect(Collectors.joining(" x "));
        String where = filters.isEmpty() ? "" : " where " + filters.entrySet().stream()
                .map(f -> f.getKey().id() + " is " + String.join(" or ", f.getValue()))
                .collect(Collectors.joining(" and "));
        return by + where;
    }

    private static List<String> inDisplayOrder(Breakdown breakdown, Collection<String> values) {
        for (String value : values) {
            if (!breakdown.codes().contains(value)) {
                throw new IllegalArgumentException("unknown " + breakdown.id() + " value '" + value
                        + "' (expected one of " + String.join(", ", breakdown.codes()) + ")");
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a " + breakdown.id() + " filter keeps no value (expected one or "
                    + "more of " + String.join(", ", breakdown.codes()) + ")");
        }
        return breakdown.codes().stream().filter(values::contains).toList();
    }
}
