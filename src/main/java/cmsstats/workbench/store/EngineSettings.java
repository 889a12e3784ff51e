package cmsstats.workbench.store;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

/**
 * The analytic engine's bounds: how much memory it may use before it spills to its temporary directory inside the
 * store, and how many threads it runs. The default memory limit is a quarter of physical memory, at most 2 GB,
 * so a large computation spills to disk rather than failing and the JVM heap keeps its share. The limit is set
 * with the system property {@value #MEMORY_PROPERTY} or the environment variable {@value #MEMORY_VARIABLE}
 * (a DuckDB size such as {@code 3GB} or {@code 512MB}).
 *
 * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 2048MB}
 * @param threads     worker threads for one query
 */
public record EngineSettings(String memoryLimit, int threads) {
    public static final String MEMORY_PROPERTY = "cms.workbench.engine.memory";
    public static final String MEMORY_VARIABLE = "CMS_WORKBENCH_ENGINE_MEMORY";
    private static final long MAX_DEFAULT_BYTES = 2L << 30;

    public EngineSettings {
        if (!memoryLimit.matches("(?i)\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)")) {
            throw new StoreException("The analytic engine's memory limit '" + memoryLimit + "' is not a size "
                    + "(expected a number and a unit, such as 2GB or 512MB)");
        }
        if (threads < 1) {
            throw new StoreException("The analytic engine needs at least one thread (got " + threads + ")");
        }
    }

    /** The configured limit, or a quarter of physical memory (at most 2 GB); threads: one per processor. */
    public static EngineSettings defaults() {
        String configured = Optional.ofNullable(System.getProperty(MEMORY_PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(MEMORY_VARIABLE)))
                .map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> (Math.min(MAX_DEFAULT_BYTES, physicalMemory() / 4) >> 20) + "MB");
        return new EngineSettings(configured.toUpperCase(Locale.ROOT), Runtime.getRuntime().availableProcessors());
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return MAX_DEFAULT_BYTES * 4;
    }
}
