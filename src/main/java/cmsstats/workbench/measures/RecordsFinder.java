package cmsstats.workbench.measures;

import cmsstats.workbench.model.Breakdown;
import cmsstats.workbench.model.ExtractKind;
import cmsstats.workbench.model.ExtractVersion;
import cmsstats.workbench.model.MeasureUnit;
import cmsstats.workbench.model.Periodicity;
import cmsstats.workbench.model.RowPage;
import cmsstats.workbench.model.Slice;
import cmsstats.workbench.store.ExtractRepository;
import cmsstats.workbench.store.RecordQueries;
import cmsstats.workbench.store.RecordTraces;
import cmsstats.workbench.store.Store;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Drill-through: the rows of the extract that one figure counts or sums (the cases in a month's caseload in
 * Wales; the case-months of the case groups counted as contributing in a quarter), paged in file order, with
 * their total, which equals the figure. The slice's filters (and the crossed values of the cell) narrow them.
 */
public final class RecordsFinder {
    private final MeasureEngine engine;
    private final ExtractRepository extracts;
    private final RecordQueries queries;

    public RecordsFinder(Store store) {
        this.engine = new MeasureEngine(store);
        this.extracts = store.extracts();
        this.queries = new RecordQueries(store);
    }

    /**
     * Which figure: a measure in a period (named by its last month) of the given length, over the data the
     * slice's filters keep (a cell's crossed values given as filters).
     */
    public record Request(String measure, Periodicity rows, YearMonth period, Slice slice) {
    }

    /**
     * A page of the records behind a figure.
     *
     * @param first    the first month the records' rule looks at
     * @param last     the last month
     * @param counting what the records add up to
     * @param rows     how many records there are
     * @param total    what they add up to: rows, distinct cases or case groups, or a sum in GBP
     */
    public record Records(MeasureDefinition measure, ExtractVersion version, YearMonth first, YearMonth last,
                          RecordQueries.Counting counting, long rows, BigDecimal total, RowPage page) {
        /** The total in words: "1,234 cases", "56 case groups in 170 rows", "GBP 12,345.67 in 89 rows". */
        public String describe() {
            String rowsText = String.format(java.util.Locale.UK, "%,d %s", rows, rows == 1 ? "row" : "rows");
            return switch (counting) {
                case ROWS -> rowsText;
                case CASES -> String.format(java.util.Locale.UK, "%,d cases in %s", total.longValueExact(), rowsText);
                case CASE_GROUPS -> String.format(java.util.Locale.UK, "%,d case groups in %s",
                        total.longValueExact(), rowsText);
                case SUM -> String.format(java.util.Locale.UK, "GBP %,.2f in %s", total, rowsText);
            };
        }
    }

    /** Why a measure's figures cannot be traced to records, or empty when they can. */
    public static Optional<String> untraceable(MeasureDefinition measure) {
        if (RecordTraces.of(measure.id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(switch (measure.extractKind()) {
            case TELEPHONY -> measure.id() + " comes from monthly reported totals: the telephony extract has no "
                    + "record of single calls";
            case SURVEY_RESPONSES -> measure.id() + " is a weighted survey figure, not a count of records";
            case ASSESSMENTS -> measure.id() + " comes from finalised accuracy checks (Sampling, Accuracy checks), "
                    + "not from extract rows";
            default -> measure.unit() == MeasureUnit.PERCENT ? measure.id() + " is a rate, with no records of its "
                    + "own: show the records of its parts (" + measure.rule() + ")" : measure.id() + " is an "
                    + "estimate from a children-benefiting sample: show the records of paying_cases for the cases "
                    + "it multiplies";
        });
    }

    public Records find(Request request, long offset, int limit) {
        MeasureDefinition measure = MeasureCatalog.find(request.measure()).orElseThrow(() -> new MeasureException(
                "unknown measure '" + request.measure() + "' (expected one of " + MeasureCatalog.ids() + ")"));
        untraceable(measure).ifPresent(reason -> {
            throw new MeasureException(reason);
        });
        for (Breakdown b : request.slice().used()) {
            if (!measure.breakdowns().contains(b)) {
                throw new MeasureException("measure " + measure.id() + " has no " + b.id() + " breakdown");
            }
        }
        MeasureEngine.rowsRefusal(measure, request.rows()).ifPresent(reason -> {
            throw new MeasureException("measure " + measure.id() + " cannot be given by " + request.rows().id()
                    + ": " + reason);
        });
        ExtractVersion version = extracts.newest(measure.extractKind()).orElseThrow(() -> new MeasureException(
                "no " + measure.extractKind().id() + " extract is stored (import one to see its records)"));
        ExtractVersion cases = version.kind() == ExtractKind.CASE_MONTHS ? engine.casesFor(version) : null;
        YearMonth last = request.period();
        YearMonth first = switch (measure.period()) {
            case MONTH -> request.rows().start(last);
            case QUARTER -> last.minusMonths(2);
            case MONTH_END, TO_DATE -> last;
        };
        RecordQueries.Found found = queries.find(version, cases, RecordTraces.of(measure.id()).orElseThrow(), first,
                last, request.slice(), offset, limit);
        RowPage page = extracts.rows(version, found.rowNumbers(), offset, found.rows());
        return new Records(measure, version, first, last, found.counting(), found.rows(), found.total(), page);
    }
}
