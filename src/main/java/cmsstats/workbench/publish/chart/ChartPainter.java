package cmsstats.workbench.publish.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a chart with Java2D, for PNG (on an image) and SVG (on Batik's SVG canvas) alike, in the Analysis
 * Function style: headline title and subtitle, horizontal text on white, y-axis major gridlines only, axis from
 * zero with thousands separators, its palette in order with dashes and markers so series differ without colour,
 * the scheme's events as labelled markers, the pathfinder months shaded, notes and a source line at the foot.
 */
public final class ChartPainter {
    private static final Color TEXT = new Color(0x0B0C0C);
    private static final Color MUTED = new Color(0x505A5F);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color AXIS = new Color(0x3D3D3D);
    private static final Color SHADE = new Color(0xF2F2F2);
    private static final double PAD = 16;

    /** What to draw besides the series. */
    public record Options(boolean events, boolean pathfinder) {
        public static final Options ALL = new Options(true, true);
    }

    private ChartPainter() {
    }

    public static void paint(Graphics2D g, ChartData data, Options options, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double y = PAD;
        y = text(g, data.spec().headline(), ChartFonts.bold(19), TEXT, PAD, y, width - 2 * PAD);
        y = text(g, data.subtitle(), ChartFonts.regular(15), MUTED, PAD, y + 2, width - 2 * PAD);
        y = legend(g, data, PAD, y + 8, width - 2 * PAD);
        List<String> foot = new ArrayList<>();
        if (!data.spec().note().isEmpty()) {
            foot.add("Note: " + data.spec().note());
        }
        if (options.pathfinder() && data.startsInPathfinder()) {
            foot.add(Timeline.PATHFINDER_NOTE);
        }
        foot.add(data.source());
        double footHeight = 0;
        Font footFont = ChartFonts.regular(12);
        for (String line : foot) {
            footHeight += lines(g, line, footFont, width - 2 * PAD).size() * lineHeight(g, footFont);
        }
        double footTop = height - PAD - footHeight;
        plot(g, data, options, y + 6, footTop - 8, width);
        double fy = footTop;
        for (String line : foot) {
            fy = text(g, line, footFont, MUTED, PAD, fy, width - 2 * PAD);
        }
    }

    private static void plot(Graphics2D g, ChartData data, Options options, double top, double bottom, double width) {
        boolean percent = data.spec().unit() == cmsstats.workbench.model.MeasureUnit.PERCENT;
        double scaleFactor = data.spec().displayScale();
        double max = 0;
        for (ChartData.Series s : data.series()) {
            for (ChartData.Point p : s.points()) {
                max = Math.max(max, value(p.high() != null ? p.high() : p.value(), scaleFactor));
            }
        }
        if (data.spec().kind() == ChartKind.STACKED_BAR) {
            for (int i = 0; i < data.months().size(); i++) {
                double sum = 0;
                for (ChartData.Series s : computed(data)) {
                    sum += value(s.points().get(i).value(), scaleFactor);
                }
                max = Math.max(max, sum);
            }
        }
        Scale scale = Scale.fromZero(max, percent);
        Font tickFont = ChartFonts.regular(13);
        g.setFont(tickFont);
        FontMetrics metrics = g.getFontMetrics();
        double labelWidth = 0;
        for (int i = 0; i <= scale.ticks(); i++) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(ValueFormat.tick(i * scale.step(), scale.step())));
        }
        double unitHeight = lineHeight(g, tickFont);
        drawString(g, data.spec().unitLabel(), tickFont, MUTED, PAD, top + metrics.getAscent());
        double left = PAD + labelWidth + 8;
        // room for the last month's label, centred under its point
        double halfLabel = g.getFontMetrics(tickFont).stringWidth(data.widestAxisLabel()) / 2.0;
        double right = width - PAD - Math.max(0, halfLabel - (width - PAD - left) / data.months().size() / 2);
        double plotTop = top + unitHeight + 6;
        double plotBottom = bottom - unitHeight - 8;
        if (plotBottom - plotTop < 40 || data.months().isEmpty()) {
            drawString(g, "No figures for this period.", tickFont, MUTED, left, (top + bottom) / 2);
            return;
        }
        int n = data.months().size();
        double step = (right - left) / n;
        Frame frame = new Frame(left, right, plotTop, plotBottom, step, scale);
        if (options.pathfinder() && data.startsInPathfinder()) {
            int until = data.pathfinderMonths();
            g.setColor(SHADE);
            g.fill(new Rectangle2D.Double(left, plotTop, until * step, plotBottom - plotTop));
            if (until * step > 120) {
                drawString(g, "Pathfinder: not representative", ChartFonts.regular(11), MUTED, left + 4, plotTop + 12);
            }
        }
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i <= scale.ticks(); i++) {
            double v = i * scale.step();
            double gy = frame.y(v);
            g.setColor(i == 0 ? AXIS : GRID);
            g.draw(new Line2D.Double(left, gy, right, gy));
            String label = ValueFormat.tick(v, scale.step());
            drawString(g, label, tickFont, TEXT, left - 6 - metrics.stringWidth(label), gy + metrics.getAscent() / 2.5);
        }
        monthLabels(g, data, frame, tickFont);
        switch (data.spec().kind()) {
            case STACKED_BAR -> bars(g, data, frame, scaleFactor);
            case AREA -> areas(g, data, frame, scaleFactor);
            case BAND -> band(g, data, frame, scaleFactor);
            default -> { }
        }
        lines(g, data, frame, scaleFactor);
        if (options.events()) {
            events(g, data.months(), frame);
        }
    }

    /** The plot's geometry: months in equal bands left to right, values from zero at the bottom. */
    private record Frame(double left, double right, double top, double bottom, double step, Scale scale) {
        double x(int index) {
            return left + (index + 0.5) * step;
        }

        double y(double value) {
            return bottom - (bottom - top) * value / scale.max();
        }
    }

    private static List<ChartData.Series> computed(ChartData data) {
        return data.series().stream().filter(s -> !s.reference()).toList();
    }

    private static void monthLabels(Graphics2D g, ChartData data, Frame frame, Font font) {
        List<YearMonth> months = data.months();
        FontMetrics metrics = g.getFontMetrics(font);
        double widest = metrics.stringWidth(data.widestAxisLabel()) + 12;
        for (int i : MonthLabels.labelled(months.size(), frame.step(), widest)) {
            String label = data.axisLabel(months.get(i));
            double x = Math.max(PAD, frame.x(i) - metrics.stringWidth(label) / 2.0);
            g.setColor(AXIS);
            g.draw(new Line2D.Double(frame.x(i), frame.bottom(), frame.x(i), frame.bottom() + 4));
            drawString(g, label, font, TEXT, x, frame.bottom() + 6 + metrics.getAscent());
        }
    }

    private static void bars(Graphics2D g, ChartData data, Frame frame, double factor) {
        List<ChartData.Series> stacked = computed(data);
        double barWidth = Math.max(1, frame.step() * 0.72);
        for (int i = 0; i < data.months().size(); i++) {
            double base = 0;
            for (int s = 0; s < stacked.size(); s++) {
                double v = value(stacked.get(s).points().get(i).value(), factor);
                if (v <= 0) {
                    continue;
                }
                Rectangle2D bar = new Rectangle2D.Double(frame.x(i) - barWidth / 2, frame.y(base + v), barWidth,
                        frame.y(base) - frame.y(base + v));
                g.setColor(Color.decode(stacked.get(s).style().colour()));
                g.fill(bar);
                if (s > 0 && barWidth > 4) {
                    // a white rule between the parts, so they stay apart in greyscale
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(new Line2D.Double(bar.getMinX(), bar.getMaxY(), bar.getMaxX(), bar.getMaxY()));
                }
                base += v;
            }
        }
    }

    private static void areas(Graphics2D g, ChartData data, Frame frame, double factor) {
        List<ChartData.Series> series = computed(data);
        for (int s = series.size() - 1; s >= 0; s--) {
            Path2D area = new Path2D.Double();
            List<ChartData.Point> points = series.get(s).points();
            boolean started = false;
            int last = -1;
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i).value() == null) {
                    continue;
                }
                double x = frame.x(i);
                double y = frame.y(value(points.get(i).value(), factor));
                if (!started) {
                    area.moveTo(x, frame.bottom());
                    started = true;
                }
                area.lineTo(x, y);
                last = i;
            }
            if (started) {
                area.lineTo(frame.x(last), frame.bottom());
                area.closePath();
                g.setColor(Color.decode(series.get(s).style().colour()));
                g.fill(area);
            }
        }
    }

    private static void band(Graphics2D g, ChartData data, Frame frame, double factor) {
        for (ChartData.Series s : computed(data)) {
            List<ChartData.Point> points = s.points();
            Path2D band = new Path2D.Double();
            List<double[]> lower = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                ChartData.Point p = points.get(i);
                if (p.low() != null && p.high() != null) {
                    double x = frame.x(i);
                    if (lower.isEmpty()) {
                        band.moveTo(x, frame.y(value(p.high(), factor)));
                    } else {
                        band.lineTo(x, frame.y(value(p.high(), factor)));
                    }
                    lower.add(0, new double[] {x, frame.y(value(p.low(), factor))});
                }
            }
            if (lower.isEmpty()) {
                continue;
            }
            lower.forEach(p -> band.lineTo(p[0], p[1]));
            band.closePath();
            g.setColor(Color.decode(Palette.SEQUENTIAL.get(2)));
            g.fill(band);
            // an error bar at each estimate, so that a lone estimate still shows its interval
            g.setColor(Color.decode(Palette.SEQUENTIAL.get(1)));
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < points.size(); i++) {
                ChartData.Point p = points.get(i);
                if (p.low() != null && p.high() != null) {
                    double x = frame.x(i);
                    double lowY = frame.y(value(p.low(), factor));
                    double highY = frame.y(value(p.high(), factor));
                    g.draw(new Line2D.Double(x, lowY, x, highY));
                    g.draw(new Line2D.Double(x - 4, lowY, x + 4, lowY));
                    g.draw(new Line2D.Double(x - 4, highY, x + 4, highY));
                }
            }
        }
    }

    private static void lines(Graphics2D g, ChartData data, Frame frame, double factor) {
        List<ChartData.Series> series = data.series();
        boolean bars = data.spec().kind() == ChartKind.STACKED_BAR;
        for (int s = 0; s < series.size(); s++) {
            ChartData.Series one = series.get(s);
            if ((bars || data.spec().kind() == ChartKind.AREA) && !one.reference()) {
                continue; // drawn as bars or areas
            }
            Color colour = Color.decode(one.style().colour());
            float[] dash = one.style().dashes();
            Stroke stroke = dash.length == 0 ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
            g.setColor(colour);
            g.setStroke(stroke);
            Path2D path = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < one.points().size(); i++) {
                BigDecimal v = one.points().get(i).value();
                if (v == null) {
                    drawing = drawing && one.quarterly();
                    continue;
                }
                double x = frame.x(i);
                double y = frame.y(value(v, factor));
                if (drawing) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    drawing = true;
                }
            }
            g.draw(path);
            g.setStroke(new BasicStroke(1.5f));
            boolean markers = frame.step() >= 7;
            for (int i = 0; i < one.points().size() && markers; i++) {
                BigDecimal v = one.points().get(i).value();
                if (v != null) {
                    Shape marker = marker(one.style().marker(), frame.x(i), frame.y(value(v, factor)), 3.5);
                    g.setColor(one.style().hollow() ? Color.WHITE : colour);
                    g.fill(marker);
                    g.setColor(colour);
                    g.draw(marker);
                }
            }
        }
    }

    static Shape marker(int kind, double x, double y, double r) {
        return switch (kind) {
            case 1 -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
            case 2 -> polygon(new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y - r * 1.2, y + r, y + r});
            case 3 -> polygon(new double[] {x, x + r * 1.3, x, x - r * 1.3}, 
                    new double[] {y - r * 1.3, y, y + r * 1.3, y});
            default -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        return path;
    }

    private static void events(Graphics2D g, List<YearMonth> months, Frame frame) {
        Font font = ChartFonts.regular(11);
        FontMetrics metrics = g.getFontMetrics(font);
        List<EventLayout.Placed> placed = EventLayout.place(months,
                month -> frame.x(months.indexOf(month)) - frame.step() / 2, metrics::stringWidth,
                metrics.getHeight(), frame.right(), frame.top() + 16);
        for (EventLayout.Placed event : placed) {
            g.setColor(AXIS);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f},
                    0f));
            g.draw(new Line2D.Double(event.ruleX(), frame.top(), event.ruleX(), frame.bottom()));
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(new Rectangle2D.Double(event.labelX() - 1, event.labelY(), event.labelWidth() + 2,
                    metrics.getHeight()));
            drawString(g, event.event().label(), font, AXIS, event.labelX(), event.labelY() + metrics.getAscent());
        }
    }

    private static double legend(Graphics2D g, ChartData data, double x0, double y, double width) {
        if (data.series().size() < 2 && data.spec().kind() != ChartKind.BAND) {
            return y;
        }
        Font font = ChartFonts.regular(13);
        FontMetrics metrics = g.getFontMetrics(font);
        double x = x0;
        double height = metrics.getHeight() + 4;
        List<String> names = new ArrayList<>(data.series().stream().map(ChartData.Series::name).toList());
        if (data.spec().kind() == ChartKind.BAND) {
            names.add("95% confidence interval");
        }
        for (int s = 0; s < names.size(); s++) {
            double itemWidth = 34 + metrics.stringWidth(names.get(s)) + 18;
            if (x + itemWidth > x0 + width && x > x0) {
                x = x0;
                y += height;
            }
            double cy = y + height / 2;
            boolean bandKey = s == data.series().size();
            SeriesStyle style = bandKey ? null : data.series().get(s).style();
            if (bandKey || style.filled()) {
                g.setColor(Color.decode(bandKey ? Palette.SEQUENTIAL.get(2) : style.colour()));
                g.fill(new Rectangle2D.Double(x, cy - 7, 26, 14));
            } else {
                Color colour = Color.decode(style.colour());
                float[] dash = style.dashes();
                g.setColor(colour);
                g.setStroke(dash.length == 0 ? new BasicStroke(2.5f) : new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10f, dash, 0f));
                g.draw(new Line2D.Double(x, cy, x + 26, cy));
                g.setStroke(new BasicStroke(1.5f));
                Shape marker = marker(style.marker(), x + 13, cy, 3.5);
                g.setColor(style.hollow() ? Color.WHITE : colour);
                g.fill(marker);
                g.setColor(colour);
                g.draw(marker);
            }
            drawString(g, names.get(s), font, TEXT, x + 34, cy + metrics.getAscent() / 2.5);
            x += itemWidth;
        }
        return y + height;
    }

    private static double value(BigDecimal value, double factor) {
        return value == null ? 0 : value.doubleValue() * factor;
    }

    private static double lineHeight(Graphics2D g, Font font) {
        return g.getFontMetrics(font).getHeight();
    }

    /** Draws text wrapped to a width from the top y; returns the y below it. */
    private static double text(Graphics2D g, String text, Font font, Color colour, double x, double y, double width) {
        FontMetrics metrics = g.getFontMetrics(font);
        for (String line : lines(g, text, font, width)) {
            drawString(g, line, font, colour, x, y + metrics.getAscent());
            y += metrics.getHeight();
        }
        return y;
    }

    private static List<String> lines(Graphics2D g, String text, Font font, double width) {
        FontMetrics metrics = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void drawString(Graphics2D g, String text, Font font, Color colour, double x, double y) {
        g.setFont(font);
        g.setColor(colour);
        g.drawString(text, (float) x, (float) y);
    }
}
