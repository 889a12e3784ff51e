package cmsstats.workbench.ingest;

import cmsstats.workbench.model.AccuracyRecheck;
import cmsstats.workbench.model.Assessment;
import cmsstats.workbench.model.CheckedAssessment;
import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ColumnType;
import cmsstats.workbench.model.ErrorCause;
import cmsstats.workbench.model.ImportProblem;
import cmsstats.workbench.model.SourceFile;
import cmsstats.workbench.store.AccuracyRepository;
import cmsstats.workbench.store.RecheckRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Reads a completed accuracy-check worksheet (CSV or XLSX, as the workbench exported it) and checks it against its
 * stored sample: one sample id throughout, every assessment of the sample exactly once and no other, the sampled
 * facts unchanged, a well-formed correct amount and a checker on every row, and, when the worksheet has the
 * {@code error_cause} column (every worksheet exported since it was added; ADR 0016), a cause from
 * {@link ErrorCause} on each inaccurate row and none on an accurate one. Whether a row is accurate is the
 * accuracy rule's to say, handed in by the caller (the rule lives in the sampling layer). A second checker's
 * worksheet ({@link #forRecheck}) has a {@code recheck_id} column first and must hold exactly that recheck's
 * assessments of its sample. Problems are reported as for every import
 * ({@code FILE:LINE: column NAME: what (expected ...)}); a worksheet with any problem gives no checks.
 */
public final class AccuracyWorksheetReader {
    /** The sheet the workbook export writes the table to (read from the first sheet when absent). */
    public static final String SHEET = "qa_worksheet";

    /** The worksheet's columns, in export order. */
    public static final List<Column> COLUMNS = List.of(
            Column.integer("sample_id", 1, Long.MAX_VALUE),
            Column.required("assessment_id", ColumnType.ID),
            Column.required("case_id", ColumnType.ID),
            Column.required("assessment_date", ColumnType.DATE),
            Column.code("assessment_type", false, "NEW", "CHANGE"),
            Column.required("weekly_amount_gbp", ColumnType.MONEY),
            Column.required("correct_weekly_amount_gbp", ColumnType.MONEY),
            Column.required("checker", ColumnType.TEXT),
            Column.optional("notes", ColumnType.TEXT),
            Column.optional(ErrorCauses.COLUMN, ColumnType.TEXT));
    private static final int CAUSE = 9;
    private static final Column RECHECK_ID = Column.integer("recheck_id", 1, Long.MAX_VALUE);

    private final AccuracyRepository samples;
    private final RecheckRepository rechecks;
    private final BiPredicate<BigDecimal, BigDecimal> accurate;

    /**
     * A reader of first checks' worksheets.
     *
     * @param accurate the accuracy rule: (calculated, correct) to whether the assessment is accurate
     */
    public AccuracyWorksheetReader(AccuracyRepository samples, BiPredicate<BigDecimal, BigDecimal> accurate) {
        this(samples, null, accurate);
    }

    private AccuracyWorksheetReader(AccuracyRepository samples, RecheckRepository rechecks,
                                    BiPredicate<BigDecimal, BigDecimal> accurate) {
        this.samples = samples;
        this.rechecks = rechecks;
        this.accurate = accurate;
    }

    /** A reader of second checkers' worksheets (with recheck_id). */
    public static AccuracyWorksheetReader forRecheck(AccuracyRepository samples, RecheckRepository rechecks,
                                                     BiPredicate<BigDecimal, BigDecimal> accurate) {
        return new AccuracyWorksheetReader(samples, rechecks, accurate);
    }

    /**
     * The worksheet's checks, or the problems that refused it.
     *
     * @param recheckId the second check it answers (0 for a first check's worksheet)
     * @param causesRecorded whether the worksheet had the error_cause column
     * @param source the worksheet's name and the SHA-256 of the bytes read, for the audit trail
     */
    public record Result(long sampleId, List<CheckedAssessment> checked, List<ImportProblem> problems,
                         long problemCount, long recheckId, boolean causesRecorded, SourceFile source) {
        public boolean accepted() {
            return problemCount == 0;
        }

        /** The first problems in full, then how many more. */
        public List<String> problemReport() {
            List<String> lines = new ArrayList<>(problems.stream().map(ImportProblem::toString).toList());
            if (problemCount > problems.size()) {
                lines.add("... and " + (problemCount - problems.size()) + " more problems");
            }
            return lines;
        }
    }

    public Result read(Path file) throws IOException {
        String name = file.getFileName().toString();
        // the digest of the bytes about to be read: what the audit trail records when the check is stored
        SourceFile source = SourceFile.of(file);
        ProblemCollector problems = new ProblemCollector(name);
        Rows rows = new Rows(problems);
        try {
            TabularReader.forFile(file, SHEET).read(file, rows);
        } catch (UnreadableFileException e) {
            problems.add(e.line(), null, e.getMessage());
        }
        if (problems.isEmpty() && rows.sampleId == null) {
            problems.add(0, null, "the worksheet has no rows (expected one row per sampled assessment)");
        }
        List<CheckedAssessment> checked = rows.sampleId == null || rows.wrongKind ? List.of()
                : rows.matchSample(problems);
        Result result = new Result(rows.sampleId == null ? 0 : rows.sampleId, problems.isEmpty() ? checked
                : List.of(), problems.first(), problems.count(), rows.recheckId == null ? 0 : rows.recheckId,
                rows.positions != null && rows.positions[CAUSE] >= 0, source);
        if (!result.accepted()) {
            // a refused worksheet is an import attempt too: the trail says so (an accepted one is recorded with
            // the check it stores)
            samples.worksheetRefused(source, result.sampleId(), result.recheckId(), result.problemCount());
        }
        return result;
    }

    /** Parses each row by the worksheet's columns, remembering where each assessment was. */
    private final class Rows implements TabularHandler {
        private final ProblemCollector problems;
        private final Map<String, Long> lineOf = new HashMap<>();
        private final Set<String> mentioned = new HashSet<>();
        private final List<Object[]> values = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private int[] positions;
        private Long sampleId;
        private long sampleIdLine;
        private Long recheckId;
        private long recheckIdLine;
        private int recheckPosition = -1;
        private boolean wrongKind;

        Rows(ProblemCollector problems) {
            this.problems = problems;
        }

        @Override
        public void header(List<String> names) {
            positions = new int[COLUMNS.size()];
            List<String> normalised = names.stream().map(n -> n == null ? "" : n.strip().toLowerCase(Locale.ROOT))
                    .toList();
            recheckPosition = normalised.indexOf(RECHECK_ID.name());
            wrongKind = (rechecks == null) == (recheckPosition >= 0);
            if (rechecks == null && recheckPosition >= 0) {
                problems.add(1, RECHECK_ID.name(), "is in the header: this is a second checker's worksheet "
                        + "(expected a first check's worksheet here; import it as a second check, 'accuracy "
                        + "recheck-score FILE')");
            } else if (rechecks != null && recheckPosition < 0) {
                problems.add(1, RECHECK_ID.name(), "is missing from the header (expected a second checker's "
                        + "worksheet, as 'accuracy recheck' wrote it)");
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                positions[i] = normalised.indexOf(COLUMNS.get(i).name());
                if (positions[i] < 0 && i == CAUSE && rechecks == null) {
                    continue; // a worksheet exported before error_cause existed: no causes recorded
                }
                if (positions[i] < 0) {
                    problems.add(1, COLUMNS.get(i).name(), "is missing from the header (expected the worksheet's "
                            + "columns: " + String.join(", ", COLUMNS.stream().map(Column::name).toList()) + ")");
                }
            }
        }

        @Override
        public void row(long line, String[] cells) {
            if ((!problems.isEmpty() && positions == null) || wrongKind) {
                return;
            }
            Object[] row = new Object[COLUMNS.size()];
            boolean ok = recheckRow(line, cells);
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (positions[i] < 0 && i == CAUSE) {
                    continue;
                }
                if (positions[i] < 0) {
                    return;
                }
                String cell = positions[i] < cells.length ? cells[positions[i]] : null;
                try {
                    row[i] = ValueParser.parse(COLUMNS.get(i), cell);
                } catch (ValueParser.Rejection e) {
                    problems.add(line, COLUMNS.get(i).name(), e.getMessage());
                    ok = false;
                }
            }
            if (row[0] != null) {
                long id = (Long) row[0];
                if (sampleId == null) {
                    sampleId = id;
                    sampleIdLine = line;
                } else if (id != sampleId) {
                    problems.add(line, "sample_id", "is " + id + " (expected " + sampleId + " on every row: one "
                            + "worksheet checks one sample)");
                    ok = false;
                }
            }
            if (row[1] != null) {
                mentioned.add((String) row[1]);
            }
            if (!ok || tooLong(line, "checker", (String) row[7], 200) | tooLong(line, "notes", (String) row[8], 4000)) {
                return;
            }
            Long earlier = lineOf.putIfAbsent((String) row[1], line);
            if (earlier != null) {
                problems.add(line, "assessment_id", "'" + row[1] + "' is repeated (first on line " + earlier
                        + "; expected each sampled assessment once)");
                return;
            }
            values.add(row);
            lines.add(line);
        }

        /** The recheck_id of a second checker's row: one throughout. */
        private boolean recheckRow(long line, String[] cells) {
            if (recheckPosition < 0 || rechecks == null) {
                return true;
            }
            try {
                Object value = ValueParser.parse(RECHECK_ID, recheckPosition < cells.length ? cells[recheckPosition]
                        : null);
                long id = (Long) value;
                if (recheckId == null) {
                    recheckId = id;
                    recheckIdLine = line;
                } else if (id != recheckId) {
                    problems.add(line, RECHECK_ID.name(), "is " + id + " (expected " + recheckId + " on every row: "
                            + "one worksheet answers one second check)");
                    return false;
                }
                return true;
            } catch (ValueParser.Rejection e) {
                problems.add(line, RECHECK_ID.name(), e.getMessage());
                return false;
            }
        }

        private boolean tooLong(long line, String column, String text, int limit) {
            if (text != null && text.length() > limit) {
                problems.add(line, column, "is " + text.length() + " characters long (expected at most " + limit + ")");
                return true;
            }
            return false;
        }

        @Override
        public void blankLine(long line) {
            // blank lines between rows carry nothing to check; an empty worksheet is reported above
        }

        @Override
        public void progress(long done, long total) {
            // worksheets are small: no progress to report
        }

        /** Pairs each row with its sampled assessment, checking the sampled facts were not edited. */
        List<CheckedAssessment> matchSample(ProblemCollector problems) {
            if (samples.sample(sampleId).isEmpty()) {
                problems.add(sampleIdLine, "sample_id", "no accuracy sample " + sampleId + " is stored (expected "
                        + "the id of a sample drawn in this store)");
                return List.of();
            }
            Map<String, Assessment> sampled = new LinkedHashMap<>();
            samples.members(sampleId).forEach(a -> sampled.put(a.assessmentId(), a));
            if (rechecks != null && !forTheRecheck(problems, sampled)) {
                return List.of();
            }
            Map<String, CheckedAssessment> checked = new HashMap<>();
            for (int r = 0; r < values.size(); r++) {
                Object[] row = values.get(r);
                long line = lines.get(r);
                Assessment drawn = sampled.get((String) row[1]);
                if (drawn == null) {
                    problems.add(line, "assessment_id", "'" + row[1] + "' is not in " + (rechecks == null
                            ? "sample " + sampleId + " (expected only the sampled assessments)"
                            : "second check " + recheckId + " (expected only the assessments drawn for the second "
                            + "checker)"));
                    continue;
                }
                unchanged(line, "case_id", row[2], drawn.caseId());
                unchanged(line, "assessment_date", row[3], drawn.date());
                unchanged(line, "assessment_type", row[4], drawn.type());
                if (((BigDecimal) row[5]).compareTo(drawn.calculated()) != 0) {
                    unchanged(line, "weekly_amount_gbp", ((BigDecimal) row[5]).toPlainString(),
                            drawn.calculated().toPlainString());
                }
                ErrorCause cause = ErrorCauses.check(problems, line, (String) row[CAUSE], positions[CAUSE] >= 0,
                        accurate.test(drawn.calculated(), (BigDecimal) row[6]),
                        drawn.calculated().subtract((BigDecimal) row[6]));
                checked.put(drawn.assessmentId(), new CheckedAssessment(drawn.assessmentId(), drawn.date(),
                        drawn.type(), drawn.calculated(), (BigDecimal) row[6], (String) row[7], (String) row[8],
                        cause));
            }
            if (checked.isEmpty() && !sampled.isEmpty()) {
                // said first, before the row-by-row list: an untouched worksheet is one mistake, not hundreds
                problems.add(0, null, "no sampled assessment is checked in this worksheet (expected each row's "
                        + "correct_weekly_amount_gbp and checker filled in: is this the worksheet as exported?)");
            }
            List<String> missing = sampled.keySet().stream().filter(id -> !mentioned.contains(id)).toList();
            if (!missing.isEmpty()) {
                problems.add(0, null, missing.size() + " of the sample's " + sampled.size() + " assessments are "
                        + "missing: " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                        + (missing.size() > 10 ? ", ..." : "") + " (expected every sampled assessment, checked)");
            }
            return sampled.keySet().stream().map(checked::get).filter(Objects::nonNull).toList();
        }

        /**
         * Narrows the expected assessments to the recheck's subsample, once the recheck is known to be of this
         * worksheet's sample; false (with the problem) when it is not stored, already imported, or of another.
         */
        private boolean forTheRecheck(ProblemCollector problems, Map<String, Assessment> sampled) {
            if (recheckId == null) {
                return false;
            }
            Optional<AccuracyRecheck> recheck = rechecks.recheck(recheckId);
            if (recheck.isEmpty()) {
                problems.add(recheckIdLine, RECHECK_ID.name(), "no second check " + recheckId + " is stored "
                        + "(expected the id of a second check drawn with 'accuracy recheck' in this store)");
                return false;
            }
            if (recheck.get().sampleId() != sampleId) {
                problems.add(sampleIdLine, "sample_id", "is " + sampleId + " but second check " + recheckId
                        + " is of sample " + recheck.get().sampleId() + " (expected the worksheet of the sample "
                        + "the second check was drawn from)");
                return false;
            }
            if (recheck.get().imported()) {
                problems.add(recheckIdLine, RECHECK_ID.name(), "second check " + recheckId + " was already "
                        + "imported from " + recheck.get().sourceFile() + " (expected a second check not yet "
                        + "imported; draw another to check again)");
                return false;
            }
            sampled.keySet().retainAll(new HashSet<>(rechecks.members(recheckId)));
            return true;
        }

        private void unchanged(long line, String column, Object found, Object drawn) {
            if (!Objects.equals(found, drawn)) {
                problems.add(line, column, "is " + found + " but the sample holds " + drawn + " (expected the "
                        + "sampled facts unchanged: only correct_weekly_amount_gbp, checker and notes are filled in)");
            }
        }
    }
}
