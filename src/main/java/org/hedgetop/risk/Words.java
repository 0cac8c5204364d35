package org.hedgetop.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.hedgetop.text.Safe;

/** Numbers and names as they appear inside alert and exit-rule messages. */
final class Words {
    private Words() {
    }

    /** A number the user typed, as they would write it: 180, 0.5, 12.25 (six significant digits at most). */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A market price: two decimals from 1 up, four significant digits below 1 (0.0001234). */
    static String price(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 1 || v == 0) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        int decimals = Math.min(12, 3 - (int) Math.floor(Math.log10(Math.abs(v))));
        return String.format(Locale.ROOT, "%." + Math.max(2, decimals) + "f", v);
    }

    /** A percentage with one decimal. */
    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }

    /** A token, instrument or hedge id from the portfolio file or the feed, made safe to print. */
    static String name(String s) {
        return Safe.text(s, 40);
    }
}
