package cmsstats.workbench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an inaccurate assessment was wrong: the one list of causes, written here only. The QA worksheet's
 * {@code error_cause} column, its header note, the worksheet reader, docs/MEASURES.md (checked by
 * ContractDocsTest), the score card and {@code accuracy score --json} all take it from this enum. The list follows
 * the NAO's account of where the monetary value of the CMS's errors comes from ("88% of the monetary value of its
 * remaining errors comes from incorrectly processing changes to income", ref. 003) and the inputs of the 2012
 * scheme's calculation (income, other income, shared care, qualifying and other relevant children).
 */
public enum ErrorCause {
    INCOME_CHANGE("income_change", "Income change not processed or processed wrongly"),
    OTHER_INCOME("other_income", "Other income (unearned, or a variation for it) wrong"),
    SHARED_CARE("shared_care", "Shared care (nights of care) wrong"),
    NUMBER_OF_CHILDREN("number_of_children", "Number of qualifying children wrong"),
    OTHER_RELEVANT_CHILDREN("other_relevant_children", "Other relevant children wrong"),
    CALCULATION_OR_KEYING("calculation_or_keying", "Calculation or keying error"),
    OTHER("other", "Other cause (say what in notes)");

    private final String code;
    private final String label;

    ErrorCause(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code a checker writes in the worksheet's error_cause column. */
    public String code() {
        return code;
    }

    /** What the code means, for people. */
    public String label() {
        return label;
    }

    /** Every code, in the list's order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(ErrorCause::code).toList();
    }

    /** The cause with this code (case-insensitive, trimmed), or empty. */
    public static Optional<ErrorCause> ofCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst();
    }

    /** The list as one line: "income_change (Income change ...), ...", for messages and the worksheet's note. */
    public static String describeAll() {
        return String.join("; ", Arrays.stream(values()).map(c -> c.code + " = " + c.label).toList());
    }
}
