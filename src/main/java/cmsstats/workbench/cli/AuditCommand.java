package cmsstats.workbench.cli;

import cmsstats.workbench.model.AuditEvent;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.store.Store;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit [--from DATE] [--json]}: the audit trail, oldest first. */
@Command(name = "audit", description = "List the audit trail, oldest first: every import (accepted, refused or "
        + "cancelled), sample drawn, QA worksheet imported, check finalised or corrected, release written and password "
        + "change, with its time, operating-system user, workbench version and what it touched.")
final class AuditCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private WorkbenchCommand parent;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events from this day on (YYYY-MM-DD, from "
            + "midnight on this computer's clock).")
    private String from;

    @Option(names = "--json", description = "Print a JSON array of objects with keys id, at (UTC), user, "
            + "workbench_version, action, file, sha256, extract_version, sample_id, check_id, recheck_id, "
            + "release_folder, detail.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        List<AuditEvent> events;
        try (Store store = parent.openStore()) {
            events = from == null ? store.audit().list() : store.audit().since(Dates.parse(spec, "--from", from,
                    false).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        PrintWriter out = parent.out();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(events.stream().map(AuditCommand::asJson).toList()));
        } else if (events.isEmpty()) {
            out.println(from == null ? "The audit trail is empty: nothing has been imported, drawn, checked or "
                    + "published in this store yet." : "No audit events from " + from + " on.");
        } else {
            String format = "%5s  %-19s  %-12s  %-9s  %-18s  %s%n";
            out.printf(format, "id", "time", "user", "workbench", "action", "what");
            for (AuditEvent e : events) {
                out.printf(format, e.id(), LOCAL.format(e.at().atZoneSameInstant(ZoneId.systemDefault())), e.user(),
                        e.workbenchVersion(), e.action().name(), e.subject().describe());
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> asJson(AuditEvent e) {
        AuditSubject s = e.subject();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("at", e.at().toInstant().truncatedTo(ChronoUnit.MILLIS).toString());
        row.put("user", e.user());
        row.put("workbench_version", e.workbenchVersion());
        row.put("action", e.action().name());
        row.put("file", s.fileName());
        row.put("sha256", s.sha256());
        row.put("extract_version", s.extractVersion());
        row.put("sample_id", s.sampleId());
        row.put("check_id", s.checkId());
        row.put("recheck_id", s.recheckId());
        row.put("release_folder", s.releaseFolder());
        row.put("detail", s.detail());
        return row;
    }
}
