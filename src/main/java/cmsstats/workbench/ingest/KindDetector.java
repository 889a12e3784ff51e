package cmsstats.workbench.ingest;

import cmsstats.workbench.model.Column;
import cmsstats.workbench.model.ExtractKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guesses which kind of extract a file holds, for drag and drop: the kind whose every column the header has
 * (the most specific one when several fit), or else the kind whose name starts the file name. The user still
 * confirms the guess; nothing is imported on a guess alone.
 */
public final class KindDetector {
    private KindDetector() {
    }

    public static Optional<ExtractKind> detect(Path file) {
        Optional<ExtractKind> byHeader = readHeader(file).flatMap(KindDetector::byHeader);
        return byHeader.isPresent() ? byHeader : byName(file.getFileName().toString());
    }

    static Optional<ExtractKind> byHeader(List<String> header) {
        Set<String> names = header.stream().filter(h -> h != null)
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return Arrays.stream(ExtractKind.values())
                .filter(kind -> kind.columns().stream().map(Column::name).allMatch(names::contains))
                .max(Comparator.comparingInt(kind -> kind.columns().size()));
    }

    static Optional<ExtractKind> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(ExtractKind.values())
                .filter(kind -> name.startsWith(kind.id()))
                .max(Comparator.comparingInt(kind -> kind.id().length()));
    }

    private static Optional<List<String>> readHeader(Path file) {
        HeaderOnly handler = new HeaderOnly();
        try {
            TabularReader.forFile(file, "").read(file, handler);
        } catch (HeaderOnly.Done done) {
            return Optional.of(handler.header);
        } catch (IOException | UnreadableFileException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(handler.header);
    }

    /** Stops reading as soon as the header is known. */
    private static final class HeaderOnly implements TabularHandler {
        static final class Done extends RuntimeException {
            Done() {
                super(null, null, false, false);
            }
        }

        private List<String> header;

        @Override
        public void header(List<String> names) {
            header = names;
            throw new Done();
        }

        @Override
        public void row(long line, String[] cells) {
        }

        @Override
        public void blankLine(long line) {
        }

        @Override
        public void progress(long done, long total) {
        }
    }
}
