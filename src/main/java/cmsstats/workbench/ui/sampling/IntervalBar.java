package cmsstats.workbench.ui.sampling;

import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A confidence interval drawn as a bar on a scale: the track is the scale, the filled bar runs from the lower to
 * the upper bound, and a tick marks the estimate. Bounds and estimate are labelled, so the picture never carries
 * meaning by colour alone.
 */
final class IntervalBar extends Region {
    private static final double TRACK_Y = 30;
    private final Rectangle track = new Rectangle();
    private final Rectangle bar = new Rectangle();
    private final Line tick = new Line();
    private final Label lowerLabel = new Label();
    private final Label upperLabel = new Label();
    private final Label estimateLabel = new Label();
    private final Label scaleFrom = new Label();
    private final Label scaleTo = new Label();
    private double from;
    private double to = 1;
    private double lower;
    private double upper;
    private double estimate;
    private boolean empty = true;
    private String lowerText = "";
    private String upperText = "";

    IntervalBar() {
        getStyleClass().add("interval-bar");
        track.getStyleClass().add("interval-track");
        bar.getStyleClass().add("interval-fill");
        tick.getStyleClass().add("interval-estimate");
        for (Label label : new Label[] {lowerLabel, upperLabel, estimateLabel, scaleFrom, scaleTo}) {
            label.getStyleClass().add("interval-label");
            label.setAlignment(Pos.CENTER);
        }
        estimateLabel.getStyleClass().add("interval-estimate-label");
        getChildren().addAll(track, bar, tick, lowerLabel, upperLabel, estimateLabel, scaleFrom, scaleTo);
        setMinHeight(70);
        setPrefHeight(70);
        setPrefWidth(420);
        setAccessibleText("No interval yet");
    }

    /** Shows an interval on the scale [from, to], labelled by {@code format}. */
    void show(double from, double to, double lower, double estimate, double upper, DoubleFunction<String> format) {
        this.from = from;
        this.to = to;
        this.lower = lower;
        this.estimate = estimate;
        this.upper = upper;
        empty = false;
        lowerText = format.apply(lower);
        upperText = format.apply(upper);
        estimateLabel.setText(format.apply(estimate));
        scaleFrom.setText(format.apply(from));
        scaleTo.setText(format.apply(to));
        setAccessibleText("Estimate " + format.apply(estimate) + ", interval " + format.apply(lower) + " to "
                + format.apply(upper));
        requestLayout();
    }

    void clear() {
        empty = true;
        for (Label label : new Label[] {lowerLabel, upperLabel, estimateLabel, scaleFrom, scaleTo}) {
            label.setText("");
        }
        setAccessibleText("No interval yet");
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + 30;
        double width = Math.max(10, getWidth() - left - snappedRightInset() - 30);
        track.setX(left);
        track.setY(TRACK_Y - 3);
        track.setWidth(width);
        track.setHeight(6);
        bar.setVisible(!empty);
        tick.setVisible(!empty);
        if (empty) {
            return;
        }
        double x0 = x(lower, left, width);
        double x1 = x(upper, left, width);
        double xe = x(estimate, left, width);
        bar.setX(x0);
        bar.setY(TRACK_Y - 8);
        bar.setWidth(Math.max(2, x1 - x0));
        bar.setHeight(16);
        tick.setStartX(xe);
        tick.setEndX(xe);
        tick.setStartY(TRACK_Y - 14);
        tick.setEndY(TRACK_Y + 14);
        place(estimateLabel, xe, 0);
        lowerLabel.setText(lowerText);
        upperLabel.setText(upperText);
        boolean apart = x1 - x0 > (lowerLabel.prefWidth(-1) + upperLabel.prefWidth(-1)) / 2 + 4;
        upperLabel.setVisible(apart);
        if (!apart) {
            lowerLabel.setText(lowerText + " \u2013 " + upperText);
        }
        place(lowerLabel, apart ? x0 : (x0 + x1) / 2, TRACK_Y + 14);
        place(upperLabel, x1, TRACK_Y + 14);
        place(scaleFrom, left, TRACK_Y + 14);
        place(scaleTo, left + width, TRACK_Y + 14);
        // bounds win over the scale ends when they would overlap
        scaleFrom.setVisible(x0 - left > scaleFrom.prefWidth(-1) + lowerLabel.prefWidth(-1) / 2 + 4);
        scaleTo.setVisible(left + width - x1 > scaleTo.prefWidth(-1) + upperLabel.prefWidth(-1) / 2 + 4);
    }

    private double x(double value, double left, double width) {
        double share = to == from ? 0.5 : (value - from) / (to - from);
        return left + Math.max(0, Math.min(1, share)) * width;
    }

    private void place(Label label, double centreX, double y) {
        double w = label.prefWidth(-1);
        double h = label.prefHeight(w);
        label.resizeRelocate(centreX - w / 2, y, w, h);
    }
}
