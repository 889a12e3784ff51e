package cmsstats.workbench.publish.chart;

import cmsstats.workbench.model.Periods;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import cmsstats.workbench.publish.AtomicFiles;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a chart as SVG (vector, with real text; Apache Batik's SVG generator drawing with {@link ChartPainter}),
 * as PNG at a scale (1x, 2x), with a text file of alt text beside each PNG, and the figures behind it as CSV.
 * Files are written to a temporary sibling and moved into place.
 */
public final class ChartExport {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** The guidance's default size for a chart on a publication page. */
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 640;

    private ChartExport() {
    }

    /** Writes the chart in the format the file name asks for (.svg or .png). */
    public static void write(ChartData data, ChartPainter.Options options, Path file, int width, int height,
                             double scale) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            svg(data, options, file, width, height);
        } else if (name.endsWith(".png")) {
            png(data, options, file, width, height, scale);
        } else {
            throw new IOException(file.getFileName() + ": unknown chart format (expected a name ending .svg or .png)");
        }
    }

    /** A PNG of width x height points drawn at {@code scale} pixels per point, and its alt text beside it. */
    public static void png(ChartData data, ChartPainter.Options options, Path file, int width, int height,
                           double scale) throws IOException {
        png(data, options, file, width, height, scale, true);
    }

    /** A PNG, with or without its alt text beside it (a 2x copy shares the 1x one's). */
    public static void png(ChartData data, ChartPainter.Options options, Path file, int width, int height,
                           double scale, boolean altText) throws IOException {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            ChartPainter.paint(g, data, options, width, height);
        } finally {
            g.dispose();
        }
        AtomicFiles.write(file, temporary -> ImageIO.write(image, "png", temporary.toFile()));
        if (!altText) {
            return;
        }
        Path alt = file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.png$", "") + ".txt");
        AtomicFiles.write(alt, temporary -> Files.writeString(temporary, altText(data) + System.lineSeparator(),
                StandardCharsets.UTF_8));
    }

    /** An SVG with a {@code <title>} and a {@code <desc>} (the alt text), text as text. */
    public static void svg(ChartData data, ChartPainter.Options options, Path file, int width, int height)
            throws IOException {
        String svg = svgText(data, options, width, height);
        AtomicFiles.write(file, temporary -> Files.writeString(temporary, svg, StandardCharsets.UTF_8));
    }

    static String svgText(ChartData data, ChartPainter.Options options, int width, int height) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("cannot create an SVG document: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("CMS Statistics Workbench");
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        ChartPainter.paint(g, data, options, width, height);
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", "chart-title chart-desc");
        Element title = document.createElementNS(SVG_NS, "title");
        title.setAttribute("id", "chart-title");
        title.setTextContent(data.spec().headline() + ". " + data.subtitle());
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setAttribute("id", "chart-desc");
        desc.setTextContent(altText(data));
        root.insertBefore(desc, root.getFirstChild());
        root.insertBefore(title, desc);
        StringWriter out = new StringWriter();
        g.stream(root, out, true, false);
        g.dispose();
        return out.toString().replace("font-family:'Liberation Sans'", "font-family:" + ChartFonts.SVG_FAMILY)
                .replace("font-family:&apos;Liberation Sans&apos;", "font-family:" + ChartFonts.SVG_FAMILY);
    }

    /** The figures behind the chart: a row per month, a column per series, in display units. */
    public static void csv(ChartData data, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("month");
        for (ChartData.Series s : data.series()) {
            csv.append(',').append(quote(s.name() + " (" + data.spec().unitLabel() + ")"));
            if (data.spec().kind() == ChartKind.BAND && !s.reference()) {
                csv.append(',').append(quote(s.name() + ": lower bound")).append(',')
                        .append(quote(s.name() + ": upper bound"));
            }
        }
        csv.append("\r\n");
        for (int i = 0; i < data.months().size(); i++) {
            if (!data.hasFigures(i)) {
                continue;
            }
            csv.append(data.months().get(i));
            for (ChartData.Series s : data.series()) {
                ChartData.Point p = s.points().get(i);
                csv.append(',').append(plain(p.value(), data));
                if (data.spec().kind() == ChartKind.BAND && !s.reference()) {
                    csv.append(',').append(plain(p.low(), data)).append(',').append(plain(p.high(), data));
                }
            }
            csv.append("\r\n");
        }
        AtomicFiles.write(file, temporary -> Files.writeString(temporary, csv, StandardCharsets.UTF_8));
    }

    /**
     * Alt text that says what the chart shows and what it finds: its kind, subject, period, and for each series
     * its first and latest value and its highest point.
     */
    public static String altText(ChartData data) {
        String kind = switch (data.spec().kind()) {
            case LINE -> "Line chart";
            case STACKED_BAR -> "Stacked bar chart";
            case AREA -> "Area chart";
            case BAND -> "Line chart with a shaded confidence band";
        };
        List<String> parts = new ArrayList<>();
        parts.add(kind + ": " + data.spec().headline() + ". " + data.subtitle() + ".");
        for (ChartData.Series s : data.series()) {
            List<ChartData.Point> known = s.points().stream().filter(p -> p.value() != null).toList();
            if (known.isEmpty()) {
                parts.add(s.name() + ": no figures.");
                continue;
            }
            ChartData.Point first = known.get(0);
            ChartData.Point last = known.get(known.size() - 1);
            ChartData.Point top = known.stream().max(Comparator.comparing(ChartData.Point::value)).orElseThrow();
            parts.add(s.name() + ": " + shown(first, data) + " in " + Periods.month(first.month()) + ", "
                    + shown(last, data) + " in " + Periods.month(last.month()) + "; highest " + shown(top, data)
                    + " in " + Periods.month(top.month()) + ".");
        }
        return String.join(" ", parts);
    }

    private static String shown(ChartData.Point point, ChartData data) {
        return ValueFormat.exact(point.value(), data.spec().unit());
    }

    private static String plain(BigDecimal value, ChartData data) {
        BigDecimal shown = ValueFormat.display(value, data.spec().unit());
        return shown == null ? "" : shown.toPlainString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
