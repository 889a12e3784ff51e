package cmsstats.workbench.cli;

import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code extracts [--json]}: the stored extract versions, oldest first. */
@Command(name = "extracts", description = "List the stored extract versions, oldest first.")
final class ExtractsCommand implements Callable<Integer> {

    @ParentCommand
    private WorkbenchCommand parent;

    @Option(names = "--json", description = "Print a JSON array of objects with keys id, kind, file, sha256, rows, "
            + "imported_at.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<ExtractVersion> versions;
        String protection;
        try (Store store = parent.openStore()) {
            versions = store.extracts().list();
            protection = "Store " + store.directory() + ": " + (store.isProtected()
                    ? "protected by a password (its files are encrypted)"
                    : "not protected by a password (anyone who can read its files can read the extracts)")
                    + (store.isShared() ? "; open in another workbench too" : "");
        }
        if (json) {
            parent.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(versions.stream().map(ExtractsCommand::asJson).toList()));
        } else {
            parent.out().println(protection);
            printTable(versions);
        }
        parent.out().flush();
        return 0;
    }

    private static Map<String, Object> asJson(ExtractVersion v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", v.id());
        row.put("kind", v.kind().id());
        row.put("file", v.sourceFile());
        row.put("sha256", v.sha256());
        row.put("rows", v.rowCount());
        row.put("imported_at", v.importedAt().toString());
        return row;
    }

    private void printTable(List<ExtractVersion> versions) {
        if (versions.isEmpty()) {
            parent.out().println("No extracts stored yet. Import one with: cms-workbench import --kind KIND FILE");
            return;
        }
        String format = "%4s  %-16s  %10s  %-20s  %-64s  %s%n";
        parent.out().printf(format, "id", "kind", "rows", "imported_at", "sha256", "file");
        for (ExtractVersion v : versions) {
            parent.out().printf(format, v.id(), v.kind().id(), v.rowCount(),
                    v.importedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), v.sha256(), v.sourceFile());
        }
    }
}
