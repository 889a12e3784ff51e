package cmsstats.workbench.sampling;

import cmsstats.workbench.model.FrameUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Draws a sample without replacement from a frame in a stable order, reproducibly for a seed: selection sampling
 * (Knuth, "The Art of Computer Programming" vol. 2, 3.4.2 Algorithm S: take each unit with probability
 * (n - taken) / (N - seen)), one pass, Commons Math's Well19937c generator. Stratified designs allocate the sample
 * to strata proportionally (n_h = n N_h / N) or by Neyman (n_h = n N_h S_h / sum N_k S_k, Cochran 5.5), rounded by
 * largest remainder, at least 2 per stratum (for a variance) and at most N_h.
 */
public final class SampleDraw {
    /** How a stratified sample is shared between strata. */
    public enum Allocation { PROPORTIONAL, NEYMAN }

    /** The sample and the estimate of the mean value with its standard error. */
    public record Drawn(List<FrameUnit> members, MeanEstimate estimate, Map<String, Integer> allocation) {
    }

    private SampleDraw() {
    }

    /** A simple random sample of n units. */
    public static Drawn simple(List<FrameUnit> frame, int n, long seed) {
        check(frame.size(), n);
        List<FrameUnit> members = select(frame, n, new Well19937c(seed));
        double[] values = members.stream().mapToDouble(FrameUnit::value).toArray();
        return new Drawn(members, MeanEstimate.simpleRandomSample(values, frame.size()), Map.of());
    }

    /** A stratified random sample of n units, strata taken from the units, in order of first appearance. */
    public static Drawn stratified(List<FrameUnit> frame, int n, long seed, Allocation allocation) {
        check(frame.size(), n);
        Map<String, List<FrameUnit>> strata = strata(frame, FrameUnit::stratum);
        Map<String, Double> weights = new LinkedHashMap<>();
        strata.forEach((name, units) -> weights.put(name, allocation == Allocation.PROPORTIONAL ? units.size()
                : units.size() * populationSd(units)));
        Map<String, Integer> sizes = allocate(strata, weights, n);
        RandomGenerator random = new Well19937c(seed);
        List<FrameUnit> members = new ArrayList<>();
        List<StratifiedEstimate.Stratum> samples = new ArrayList<>();
        for (Map.Entry<String, List<FrameUnit>> stratum : strata.entrySet()) {
            List<FrameUnit> chosen = select(stratum.getValue(), sizes.get(stratum.getKey()), random);
            members.addAll(chosen);
            samples.add(new StratifiedEstimate.Stratum(stratum.getKey(), stratum.getValue().size(),
                    chosen.stream().mapToDouble(FrameUnit::value).toArray()));
        }
        return new Drawn(members, StratifiedEstimate.of(samples), sizes);
    }

    /**
     * A sample of n units of any kind: simple random when {@code stratum} is null, otherwise stratified with
     * proportional allocation (the design for attribute checks such as accuracy, where no variance is known
     * before the check). Members come stratum by stratum, each in frame order.
     */
    public static <T> List<T> units(List<T> frame, int n, long seed, Function<T, String> stratum) {
        check(frame.size(), n);
        RandomGenerator random = new Well19937c(seed);
        if (stratum == null) {
            return select(frame, n, random);
        }
        Map<String, List<T>> strata = strata(frame, stratum);
        Map<String, Double> weights = new LinkedHashMap<>();
        strata.forEach((name, units) -> weights.put(name, (double) units.size()));
        Map<String, Integer> sizes = allocate(strata, weights, n);
        List<T> members = new ArrayList<>();
        strata.forEach((name, units) -> members.addAll(select(units, sizes.get(name), random)));
        return members;
    }

    private static <T> Map<String, List<T>> strata(List<T> frame, Function<T, String> stratum) {
        Map<String, List<T>> strata = new LinkedHashMap<>();
        frame.forEach(unit -> strata.computeIfAbsent(stratum.apply(unit), s -> new ArrayList<>()).add(unit));
        return strata;
    }

    /** Algorithm S: one pass over the frame in its order. */
    static <T> List<T> select(List<T> frame, int n, RandomGenerator random) {
        List<T> chosen = new ArrayList<>(n);
        int population = frame.size();
        for (int seen = 0; seen < population && chosen.size() < n; seen++) {
            if ((population - seen) * random.nextDouble() < n - chosen.size()) {
                chosen.add(frame.get(seen));
            }
        }
        return chosen;
    }

    static <T> Map<String, Integer> allocate(Map<String, List<T>> strata, Map<String, Double> weights, int n) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, Double> remainders = new LinkedHashMap<>();
        weights.forEach((name, weight) -> {
            double quota = total == 0 ? (double) n / strata.size() : n * weight / total;
            sizes.put(name, (int) Math.floor(quota));
            remainders.put(name, quota - Math.floor(quota));
        });
        strata.forEach((name, units) -> sizes.put(name, Math.min(units.size(), Math.max(Math.min(2, units.size()),
                sizes.get(name)))));
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((String name) -> remainders.get(name)).reversed());
        int sum = sizes.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; sum != n && i < 10 * n + 10; i++) {
            String name = byRemainder.get(i % byRemainder.size());
            int size = sizes.get(name);
            if (sum < n && size < strata.get(name).size()) {
                sizes.put(name, size + 1);
                sum++;
            } else if (sum > n && size > Math.min(2, strata.get(name).size())) {
                sizes.put(name, size - 1);
                sum--;
            }
        }
        return sizes;
    }

    private static double populationSd(List<FrameUnit> units) {
        double mean = units.stream().mapToDouble(FrameUnit::value).average().orElse(0);
        double squares = units.stream().mapToDouble(u -> (u.value() - mean) * (u.value() - mean)).sum();
        return Math.sqrt(squares / units.size());
    }

    private static void check(int population, int n) {
        if (n < 2 || n > population) {
            throw new IllegalArgumentException("the sample size must be from 2 to the frame's " + population
                    + " units, not " + n);
        }
    }
}
