package cmsstats.workbench.ingest;

import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real H2 file store in a temporary directory, and helpers to write and import small files. */
public final class ImportFixture implements AutoCloseable {
    public static final String CASES_HEADER = "case_id,case_group_id,application_type,application_date,closed_date,"
            + "qualifying_children,fee_status,country,prior_csa";
    public static final String CASE_MONTHS_HEADER = "case_id,month,service_type,liability_gbp,paid_gbp,arrears_gbp";

    private final Path directory;
    private Store store;

    public ImportFixture(Path directory) {
        this.directory = directory;
        this.store = Store.open(directory.resolve("store"));
    }

    public Store store() {
        return store;
    }

    public ExtractImporter importer() {
        return new ExtractImporter(store);
    }

    /** Writes {@code lines} joined by CRLF-free newlines as a UTF-8 file. */
    public Path write(String name, String... lines) {
        try {
            return Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportResult importFile(Path file, ExtractKind kind) {
        try {
            return importer().importFile(file, kind, TaskContext.silent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportResult importLines(ExtractKind kind, String name, String... lines) {
        return importFile(write(name, lines), kind);
    }

    /** Three valid cases: C1 and C2 in group G1, C3 in G2. */
    public ImportResult importThreeCases() {
        return importLines(ExtractKind.CASES, "cases.csv", CASES_HEADER,
                "C1,G1,NEW,2014-07-01,,2,PAID,ENGLAND,N",
                "C2,G1,NEW,2013-12-02,2016-03-31,1,NOT_APPLICABLE,WALES,Y",
                "C3,G2,ARREARS_ONLY,2015-12-15,,3,NOT_APPLICABLE,SCOTLAND,Y");
    }

    /** Closes and reopens the store, as a restart of the workbench would. */
    public void reopen() {
        store.close();
        store = Store.open(directory.resolve("store"));
    }

    /** Opens the store again after it was closed (or its files changed) outside the fixture. */
    public void reopenWithoutClosing() {
        store = Store.open(directory.resolve("store"));
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        store.close();
    }
}
