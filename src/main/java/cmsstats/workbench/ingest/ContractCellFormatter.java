package cmsstats.workbench.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric workbook cells into the text the extract contract expects, whatever the cell's display format:
 * a date cell becomes {@code YYYY-MM-DD} (or {@code YYYY-MM} when its format shows no day, as month columns
 * are usually formatted), and any other number its exact decimal value without grouping or rounding
 * (a cell showing "1,204.5" as "£1,205" still reads {@code 1204.5}). Workbooks using the 1904 date system
 * are not supported: the contract's extracts are written with the default 1900 system.
 */
final class ContractCellFormatter extends DataFormatter {
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value);
            return showsDay(formatString) ? dateTime.toLocalDate().toString() : YearMonth.from(dateTime).toString();
        }
        return plain(value);
    }

    static String plain(double value) {
        // BigDecimal.valueOf uses the shortest decimal that round-trips the double: 0.1 stays 0.1. Spreadsheets
        // keep 15 significant digits (Excel's "Precision as displayed" limit), so arithmetic noise beyond them,
        // as in a cell computed as 64.55 + 1 = 65.55000000000001, is not part of the value.
        return BigDecimal.valueOf(value).round(SPREADSHEET_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** Whether a date format shows the day of the month ('d' outside quoted literals). */
    static boolean showsDay(String format) {
        boolean quoted = false;
        for (char c : format.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == 'd' || c == 'D')) {
                return true;
            }
        }
        return false;
    }
}
