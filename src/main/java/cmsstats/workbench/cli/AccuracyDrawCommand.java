package cmsstats.workbench.cli;

import cmsstats.workbench.model.AccuracyDesign;
import cmsstats.workbench.model.AccuracySample;
import cmsstats.workbench.publish.PlainTableWriter;
import cmsstats.workbench.publish.SampleTables;
import cmsstats.workbench.sampling.AccuracyChecks;
import cmsstats.workbench.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code accuracy draw}: draws and stores a sample of assessments for accuracy checking and writes the QA
 * worksheet for the checkers.
 */
@Command(name = "draw", description = "Draw and store an accuracy-check sample of assessments; write the QA "
        + "worksheet (XLSX or CSV) with empty correct_weekly_amount_gbp, checker and notes columns.")
final class AccuracyDrawCommand implements Callable<Integer> {
    @ParentCommand
    private AccuracyCommand accuracy;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First assessment date "
            + "(YYYY-MM-DD, or YYYY-MM for the month's first day).")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last assessment date, inclusive "
            + "(YYYY-MM-DD, or YYYY-MM for the month's last day).")
    private String to;

    @Option(names = "--design", paramLabel = "srs|stratified|mus", description = "The design: simple random "
            + "(srs, the default), stratified by assessment type (as --stratify assessment_type), or monetary-unit "
            + "(mus: systematic selection with probability proportional to the weekly amount; N monetary units).")
    private String designName;

    @Option(names = "--n", required = true, paramLabel = "N", description = "Sample size (for mus: the number of "
            + "monetary units).")
    private int n;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Seed: the same seed and extract "
            + "give the same sample.")
    private long seed;

    @Option(names = "--type", paramLabel = "NEW|CHANGE", description = "Only new or only changed assessments.")
    private String type;

    @Option(names = "--stratify", paramLabel = "assessment_type", description = "Stratify by assessment type "
            + "(proportional allocation).")
    private String stratify;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|FILE.csv", description = "The QA worksheet.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        LocalDate start = Dates.parse(spec, "--from", from, false);
        LocalDate end = Dates.parse(spec, "--to", to, true);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw usage("--out " + out + " must end .xlsx or .csv");
        }
        if (stratify != null && !stratify.equalsIgnoreCase(AccuracyChecks.BY_TYPE)) {
            throw usage("unknown --stratify '" + stratify + "' (expected " + AccuracyChecks.BY_TYPE + ")");
        }
        String design = designName == null ? (stratify != null ? "stratified" : "srs")
                : designName.toLowerCase(Locale.ROOT);
        if (!List.of("srs", "stratified", "mus").contains(design)) {
            throw usage("unknown --design '" + designName + "' (expected srs, stratified or mus)");
        }
        if (stratify != null && !design.equals("stratified")) {
            throw usage("--stratify goes with the stratified design, not --design " + design);
        }
        try (Store store = accuracy.parent().openStore()) {
            AccuracyChecks checks = new AccuracyChecks(store);
            AccuracySample sample;
            try {
                sample = checks.draw(new AccuracyChecks.Design(start, end,
                        type == null ? null : type.toUpperCase(Locale.ROOT), design.equals("stratified"), n, seed,
                        design.equals("mus")));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            PlainTableWriter.write(SampleTables.accuracyWorksheet(sample, store.accuracy().members(sample.id())), out);
            PrintWriter o = accuracy.parent().out();
            o.printf(Locale.UK, "accuracy sample %d: %d of %,d assessments dated %s to %s%s (%s, seed %d); "
                            + "worksheet %s%n", sample.id(), sample.n(), sample.frameSize(), start, end,
                    sample.type() == null ? "" : " of type " + sample.type(), sample.designText(), seed, out);
            if (sample.mus()) {
                AccuracyDesign facts = checks.design(sample.id());
                o.printf(Locale.UK, "monetary units: %d over GBP %s per week, interval GBP %s, random start GBP "
                                + "%s%n", n, facts.frameTotal().toPlainString(), facts.interval().setScale(2,
                                RoundingMode.HALF_EVEN).toPlainString(),
                        facts.start().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
                o.printf(Locale.UK, "taken with certainty (weekly amount at least the interval): %d%s%n",
                        facts.certain().size(), facts.certain().isEmpty() ? "" : ": "
                                + String.join(", ", facts.certain()));
                o.printf(Locale.UK, "zero awards in the frame: %,d (a weekly amount of GBP 0 holds no monetary "
                        + "unit and cannot be selected)%n", facts.zeroAwards());
            }
            o.println("The worksheet holds case-level personal data: keep it on approved systems.");
            o.flush();
        }
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
