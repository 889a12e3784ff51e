package cmsstats.workbench.ingest;

import cmsstats.workbench.model.AuditAction;
import cmsstats.workbench.model.AuditSubject;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.ImportResult;
import cmsstats.workbench.store.AuditRepository;
import cmsstats.workbench.store.ExtractRepository;
import cmsstats.workbench.store.MeasureQueries;
import cmsstats.workbench.store.PendingExtract;
import cmsstats.workbench.store.Store;
import cmsstats.workbench.store.StoreException;
import cmsstats.workbench.task.TaskContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Imports one extract file as a new version: all rows or none. The file is streamed once; each row is validated
 * against the contract, its key checked for repeats and (for case_months) its case id checked against the
 * newest cases version, then staged. Any problem, a cancel or a failure discards the staged version, leaving the
 * store as it was.
 */
public final class ExtractImporter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractImporter.class);
    private static final int CONFIRM_CHUNK = 1_000;
    private final ExtractRepository repository;
    private final AuditRepository audit;
    private final MeasureQueries queries;

    public ExtractImporter(Store store) {
        this.repository = store.extracts();
        this.audit = store.audit();
        this.queries = new MeasureQueries(store);
    }

    /**
     * Imports {@code file} as {@code kind}.
     *
     * @return the new version, or the problems that refused the file; cancelled when the user cancelled
     */
    public ImportResult importFile(Path file, ExtractKind kind, TaskContext context) throws IOException {
        return importFile(file, file.getFileName().toString(), kind, context);
    }

    /** As {@link #importFile(Path, ExtractKind, TaskContext)}, naming the file {@code displayName}. */
    public ImportResult importFile(Path file, String displayName, ExtractKind kind, TaskContext context)
            throws IOException {
        long start = System.nanoTime();
        String[] digest = new String[1];
        ImportResult result = importOnce(file, displayName, kind, context, digest);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!result.accepted()) {
            // an accepted import is recorded with the version it made, in the transaction that makes it visible
            audit.record(result.cancelled() ? AuditAction.IMPORT_CANCELLED : AuditAction.IMPORT_REFUSED,
                    AuditSubject.NONE.withFile(displayName, digest[0]).withDetail(kind.id() + ", " + (result
                            .cancelled() ? "cancelled" : result.problemCount() + (result.problemCount() == 1
                            ? " problem" : " problems")) + ", nothing stored"));
        }
        // what happened and how long it took; never a row, a cell or a problem's text (they quote the file)
        if (result.accepted()) {
            LOG.info("import {} {}: version {}, {} rows, {} ms", kind.id(), displayName, result.version().id(),
                    result.version().rowCount(), millis);
        } else {
            LOG.info("import {} {}: {}, problems: {}, {} ms", kind.id(), displayName,
                    result.cancelled() ? "cancelled" : "refused", result.problemCount(), millis);
        }
        return result;
    }

    /** Imports once; {@code digest[0]} is set to the file's SHA-256 as soon as it is known. */
    private ImportResult importOnce(Path file, String displayName, ExtractKind kind, TaskContext context,
                                    String[] digest) throws IOException {
        ProblemCollector problems = new ProblemCollector(displayName);
        Optional<String> unusable = unusable(file);
        if (unusable.isPresent()) {
            problems.add(0, null, unusable.get());
            return refused(displayName, kind, problems, 0);
        }
        context.message("Checking " + displayName);
        String sha256;
        try {
            sha256 = sha256(file, context);
        } catch (CancellationException e) {
            return new ImportResult(displayName, kind, null, List.of(), 0, 0, true);
        }
        digest[0] = sha256;
        Optional<ExtractVersion> cases = kind == ExtractKind.CASE_MONTHS
                ? repository.newest(ExtractKind.CASES) : Optional.empty();
        if (kind == ExtractKind.CASE_MONTHS && cases.isEmpty()) {
            problems.add(0, null, "no cases extract is stored, so its case ids cannot be checked "
                    + "(expected: import the cases extract first)");
            return refused(displayName, kind, problems, 0);
        }
        Set<String> knownCases = cases.map(repository::caseIds).orElse(null);
        try (PendingExtract pending = repository.begin(kind, displayName, sha256,
                cases.map(ExtractVersion::id).orElse(null))) {
            context.message("Reading " + displayName);
            Loader loader = new Loader(kind, pending, problems, context, knownCases,
                    cases.map(ExtractVersion::id).orElse(0L));
            read(file, kind, loader, problems);
            context.throwIfCancelled();
            context.message("Checking repeated keys");
            confirmRepeats(kind, pending, loader.candidateRepeats, problems);
            context.throwIfCancelled();
            if (!problems.isEmpty()) {
                return refused(displayName, kind, problems, loader.blankLines);
            }
            context.message("Storing " + displayName);
            ExtractVersion version = pending.commit();
            if (kind == ExtractKind.CASE_MONTHS) {
                prepareQuarters(version, cases.orElseThrow());
            }
            return new ImportResult(displayName, kind, version, List.of(), 0, loader.blankLines, false);
        } catch (CancellationException e) {
            return new ImportResult(displayName, kind, null, List.of(), 0, 0, true);
        }
    }

    /**
     * Makes the new version's quarterly table now, so that the first computation is as fast as any other. The
     * version is stored already: a failure here costs only speed (the table is made on first use), so it is
     * logged, without row values, and the import stands.
     */
    private void prepareQuarters(ExtractVersion version, ExtractVersion cases) {
        long start = System.nanoTime();
        try {
            queries.prepareQuarters(version, cases);
            LOG.info("case_months version {}: quarterly table made in {} ms", version.id(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (StoreException e) {
            LOG.warn("case_months version {} is stored; its quarterly table will be made on first use: {}",
                    version.id(), e.getMessage());
        }
    }

    private static void read(Path file, ExtractKind kind, Loader loader, ProblemCollector problems)
            throws IOException {
        try {
            TabularReader reader = TabularReader.forFile(file, kind.id());
            loader.exactWidth(reader.rowsHaveHeaderWidth());
            reader.read(file, loader);
        } catch (UnreadableFileException e) {
            problems.add(e.line(), null, e.getMessage());
        } catch (HeaderRejected e) {
            // the header's problems are already reported
        }
    }

    /** Reports the candidate repeats whose stored keys really are equal (a shared hash alone is not enough). */
    private static void confirmRepeats(ExtractKind kind, PendingExtract pending, List<long[]> candidates,
                                       ProblemCollector problems) {
        for (int from = 0; from < candidates.size(); from += CONFIRM_CHUNK) {
            List<long[]> chunk = candidates.subList(from, Math.min(candidates.size(), from + CONFIRM_CHUNK));
            Set<Long> rows = new HashSet<>();
            chunk.forEach(pair -> {
                rows.add(pair[0]);
                rows.add(pair[1]);
            });
            Map<Long, PendingExtract.StagedKey> keys = pending.keysAt(rows);
            for (long[] pair : chunk) {
                PendingExtract.StagedKey repeat = keys.get(pair[0]);
                PendingExtract.StagedKey first = keys.get(pair[1]);
                if (repeat.key().equals(first.key())) {
                    problems.add(repeat.line(), kind.keyColumns().get(0), describeKey(repeat.key()) + " repeats line "
                            + first.line() + " (expected each " + String.join(" and ", kind.keyColumns())
                            + " once in the file)");
                }
            }
        }
    }

    private static ImportResult refused(String file, ExtractKind kind, ProblemCollector problems, long blankLines) {
        return new ImportResult(file, kind, null, problems.first(), problems.count(), blankLines, false);
    }

    private static String describeKey(List<String> key) {
        if (key.size() == 1) {
            return "'" + key.get(0) + "'";
        }
        return "(" + String.join(", ", key) + ")";
    }

    /** Why a path cannot be imported at all (missing, a folder, unreadable), in words for the user; else empty. */
    public static Optional<String> unusable(Path file) {
        String expected = " (expected a CSV or XLSX file that exists and can be read)";
        if (!Files.exists(file)) {
            return Optional.of("no such file at " + file.toAbsolutePath() + expected);
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file.toAbsolutePath() + " is a folder, not a file" + expected);
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot read " + file.toAbsolutePath() + ": permission denied" + expected);
        }
        return Optional.empty();
    }

    /** The file's SHA-256 in hex, as the catalog records it: the same bytes give the same fingerprint. */
    public static String fingerprint(Path file) throws IOException {
        return sha256(file, TaskContext.silent());
    }

    private static String sha256(Path file, TaskContext context) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                context.throwIfCancelled();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Streams rows from the reader through validation into the pending version. */
    private static final class Loader implements TabularHandler {
        private final ExtractKind kind;
        private final PendingExtract pending;
        private final ProblemCollector problems;
        private final TaskContext context;
        private final Set<String> knownCases;
        private final long casesVersion;
        private final int[] keyPositions;
        private final int caseIdPosition;
        private final KeyIndex keyIndex = new KeyIndex();
        private final StringBuilder keyText = new StringBuilder();
        /** (row, earlier row) pairs whose keys share a hash; confirmed against the stored rows at the end. */
        private final List<long[]> candidateRepeats = new ArrayList<>();
        private RowConverter converter;
        private boolean exactWidth;
        private long blankLines;

        Loader(ExtractKind kind, PendingExtract pending, ProblemCollector problems, TaskContext context,
               Set<String> knownCases, long casesVersion) {
            this.kind = kind;
            this.pending = pending;
            this.problems = problems;
            this.context = context;
            this.knownCases = knownCases;
            this.casesVersion = casesVersion;
            this.keyPositions = kind.keyColumns().stream()
                    .mapToInt(name -> kind.columns().indexOf(kind.column(name))).toArray();
            this.caseIdPosition = kind.columns().stream().map(c -> c.name()).toList().indexOf("case_id");
        }

        void exactWidth(boolean exact) {
            this.exactWidth = exact;
        }

        @Override
        public void header(List<String> names) {
            converter = RowConverter.forHeader(kind, names, exactWidth, problems).orElse(null);
            if (converter == null) {
                throw new HeaderRejected();
            }
        }

        @Override
        public void row(long line, String[] cells) {
            context.throwIfCancelled();
            converter.convert(line, cells, problems).ifPresent(row -> {
                if (knownCases != null && !knownCases.contains((String) row.values()[caseIdPosition])) {
                    problems.add(line, "case_id", "'" + row.values()[caseIdPosition] + "' is not a case of cases "
                            + "version " + casesVersion + " (expected a case_id of the newest cases extract)");
                    return;
                }
                long rowNumber = pending.append(line, row.values(), row.extras());
                long earlier = keyIndex.firstRowOf(keyOf(row.values()), rowNumber);
                if (earlier != 0) {
                    candidateRepeats.add(new long[] {rowNumber, earlier});
                }
            });
        }

        /** The row's key as the contract writes it, parts separated by NUL (which no cell holds). */
        private CharSequence keyOf(Object[] values) {
            keyText.setLength(0);
            for (int k = 0; k < keyPositions.length; k++) {
                Object value = values[keyPositions[k]];
                keyText.append(k == 0 ? "" : "\u0000").append(value == null ? "" : value.toString());
            }
            return keyText;
        }

        @Override
        public void blankLine(long line) {
            blankLines++;
        }

        @Override
        public void progress(long done, long total) {
            context.throwIfCancelled();
            context.progress(done, total);
        }
    }

    /** The header is unusable: reading the rows would only repeat the same problem on every line. */
    private static final class HeaderRejected extends RuntimeException {
        HeaderRejected() {
            super(null, null, false, false);
        }
    }
}
