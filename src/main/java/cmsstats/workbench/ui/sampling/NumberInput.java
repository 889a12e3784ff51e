package cmsstats.workbench.ui.sampling;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number typed into a sampling form: the text as typed, the value it stands for, and what is expected while it
 * stands for none. The value is null whenever the text is not an acceptable number, so that a view model can
 * refuse to draw rather than silently keep an older value the user no longer sees (a sample size of "abc" once drew
 * 100 cases). The rule of each field (its parse, range and the words that explain it) is written here once and
 * used by the field, its message and the view model alike.
 *
 * @param <T> the number's type
 */
final class NumberInput<T> {
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Function<String, T> parse;
    private final Predicate<T> accept;
    private final Function<T, String> show;
    private final String expected;

    private NumberInput(T initial, Function<String, T> parse, Predicate<T> accept, Function<T, String> show,
                        String expected) {
        this.parse = parse;
        this.accept = accept;
        this.show = show;
        this.expected = expected;
        text.addListener((obs, old, typed) -> check(typed));
        set(initial);
    }

    /** A whole number of at least {@code min}, such as a sample size; thousands separators are allowed. */
    static NumberInput<Integer> whole(int initial, int min, String what) {
        return new NumberInput<>(initial, Integer::valueOf, v -> v >= min, String::valueOf,
                "a whole number of " + what + ", " + min + " or more");
    }

    /** A generator's seed: any whole number (negative ones too), as the command line takes it. */
    static NumberInput<Long> seed(long initial) {
        return new NumberInput<>(initial, Long::valueOf, v -> true, String::valueOf, "a whole number, such as "
                + initial);
    }

    /** A decimal strictly between {@code above} and {@code below}, such as a proportion or a margin. */
    static NumberInput<Double> between(double initial, double above, double below, String what) {
        return new NumberInput<>(initial, text -> new BigDecimal(text).doubleValue(), v -> v > above && v < below,
                v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(),
                what + " between " + plain(above) + " and " + plain(below) + " (not including either)");
    }

    /** A decimal above {@code above}, such as a standard deviation. */
    static NumberInput<Double> above(double initial, double above, String what) {
        return new NumberInput<>(initial, text -> new BigDecimal(text).doubleValue(),
                v -> v > above && !v.isInfinite(), v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(),
                what + " above " + plain(above));
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    private void check(String typed) {
        String cleaned = typed == null ? "" : typed.strip().replace(",", "");
        T parsed = null;
        if (!cleaned.isEmpty()) {
            try {
                parsed = parse.apply(cleaned);
            } catch (NumberFormatException notANumber) {
                parsed = null;
            }
        }
        if (parsed != null && accept.test(parsed)) {
            value.set(parsed);
            problem.set("");
        } else {
            value.set(null);
            problem.set(cleaned.isEmpty() ? "Expected " + expected + "." : "Expected " + expected + ", not \""
                    + typed.strip() + "\".");
        }
    }

    /** Puts a value in the field, as the calculator's "Use this size" does. */
    void set(T number) {
        text.set(show.apply(number));
    }

    /** The text as typed, for the field to bind both ways. */
    StringProperty textProperty() {
        return text;
    }

    /** The number the text stands for, or null while it stands for no acceptable number. */
    ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    T value() {
        return value.get();
    }

    boolean valid() {
        return value.get() != null;
    }

    /** What is expected, while the text is not acceptable; empty otherwise. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the field takes, for its tooltip and accessible help. */
    String expected() {
        return "Expected " + expected + ".";
    }
}
