package cmsstats.workbench.publish.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The charts' typeface: Liberation Sans, metrically the same as Arial (the Analysis Function's sans serif), read
 * from the openpdf-fonts-extra jar so that charts look the same on every machine, with or without fonts installed.
 */
final class ChartFonts {
    static final Font REGULAR = load("liberation/LiberationSans-Regular.ttf");
    static final Font BOLD = load("liberation/LiberationSans-Bold.ttf");
    /** What SVG text asks for: Arial where the reader has it, this font or any sans serif otherwise. */
    static final String SVG_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

    private ChartFonts() {
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the chart font " + resource + " is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the chart font " + resource + " cannot be read", e);
        }
    }
}
