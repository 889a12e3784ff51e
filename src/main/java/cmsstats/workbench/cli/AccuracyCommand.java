package cmsstats.workbench.cli;

import picocli.CommandLine.Command;

/** {@code accuracy ...}: accuracy-check samples and their scoring. */
@Command(name = "accuracy", description = "Accuracy checks: draw a sample of assessments, score a completed "
        + "worksheet, list samples and checks, draw and import second checks.",
        subcommands = {AccuracyDrawCommand.class, AccuracyScoreCommand.class, AccuracyListCommand.class,
            AccuracyRecheckCommand.class, AccuracyRecheckScoreCommand.class})
final class AccuracyCommand extends CommandGroup {
}
