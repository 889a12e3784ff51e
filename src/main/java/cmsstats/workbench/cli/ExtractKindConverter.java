package cmsstats.workbench.cli;

import cmsstats.workbench.model.ExtractKind;
import picocli.CommandLine;

/** Reads {@code --kind} by its contract name; an unknown name is a usage error listing the known ones. */
final class ExtractKindConverter implements CommandLine.ITypeConverter<ExtractKind> {
    @Override
    public ExtractKind convert(String value) {
        return ExtractKind.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown kind '" + value + "' (expected one of " + ExtractKind.allIds() + ")"));
    }
}
