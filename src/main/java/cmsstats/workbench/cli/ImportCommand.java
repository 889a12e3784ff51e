package cmsstats.workbench.cli;

import cmsstats.workbench.ingest.ExtractImporter;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import --kind KIND FILE...}: each file becomes a new version, or is refused whole. */
@Command(name = "import", description = "Import extract files (CSV, CSV.GZ or XLSX) of one kind; each file "
        + "becomes a new version, or is refused whole with its problems listed.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private WorkbenchCommand parent;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = ExtractKindConverter.class,
            description = "Extract kind: cases, case_months, service_requests, reconsiderations, appeals, "
                    + "complaints, telephony, assessments, survey_responses or published.")
    private ExtractKind kind;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import, in order.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        boolean allAccepted = true;
        try (Store store = parent.openStore()) {
            ExtractImporter importer = new ExtractImporter(store);
            for (Path file : files) {
                identicalTo(store, file).forEach(v -> parent.err().println(file.getFileName() + ": identical "
                        + "(same SHA-256) to version " + v.id() + " (" + v.kind().id() + ", " + v.sourceFile()
                        + "); importing it again as a new version"));
                ImportResult result = importer.importFile(file, kind, TaskContext.silent());
                parent.out().println(result.summary());
                result.problemReport().forEach(parent.err()::println);
                allAccepted &= result.accepted();
            }
        }
        parent.out().flush();
        parent.err().flush();
        return allAccepted ? 0 : WorkbenchCommand.FAILED;
    }

    /** Stored versions with the file's very bytes; none for a file that cannot be read (the import says why). */
    private static List<cmsstats.workbench.model.ExtractVersion> identicalTo(Store store, Path file)
            throws IOException {
        return Files.isRegularFile(file) && Files.isReadable(file)
                ? store.extracts().withSha256(ExtractImporter.fingerprint(file)) : List.of();
    }
}
