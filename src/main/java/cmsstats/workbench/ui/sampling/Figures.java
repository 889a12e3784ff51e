package cmsstats.workbench.ui.sampling;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The score card's one way to show an amount in pounds, for amounts and tolerances alike: thousands separated, to
 * the penny, and with any further digits the amount really has. A tolerance is 2% of the correct amount and is
 * not rounded to the penny (sampling.AccuracyRule: GBP 123.45 gives 2.469), so cutting it to two decimals could
 * show a difference and its tolerance as the same figure when one is outside the other; padding every amount to
 * the tolerance's four decimals would make pennies hard to read. Both "1.00" and "1.0000" came from printing
 * BigDecimal scales as they happened to be.
 */
final class Figures {
    private static final int PENCE = 2;

    private Figures() {
    }

    /** An amount in pounds, such as "1,204.50", "1.00" or "2.469"; empty for no amount. */
    static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        int decimals = Math.max(PENCE, amount.stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat("#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
    }
}
