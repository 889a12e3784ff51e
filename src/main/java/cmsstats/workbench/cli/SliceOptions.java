package cmsstats.workbench.cli;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.Slice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Reads {@code --columns B1[,B2]} and {@code --filter NAME=VALUE[,VALUE]} into a slice; bad text exits 2. */
final class SliceOptions {
    private SliceOptions() {
    }

    static Slice parse(CommandLine.Model.CommandSpec spec, List<String> columns, List<String> filters) {
        List<Breakdown> crossed = new ArrayList<>();
        for (String id : columns) {
            crossed.add(breakdown(spec, id));
        }
        Map<Breakdown, List<String>> kept = new EnumMap<>(Breakdown.class);
        for (String filter : filters) {
            int equals = filter.indexOf('=');
            if (equals < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "bad --filter '" + filter
                        + "' (expected NAME=VALUE[,VALUE], e.g. country=WALES)");
            }
            kept.put(breakdown(spec, filter.substring(0, equals)), List.of(filter.substring(equals + 1).split(",")));
        }
        try {
            return new Slice(crossed, kept);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static Breakdown breakdown(CommandLine.Model.CommandSpec spec, String id) {
        return Breakdown.fromId(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown breakdown '" + id + "' (expected one of " + String.join(", ",
                Arrays.stream(Breakdown.values()).map(Breakdown::id).toList()) + ")"));
    }
}
