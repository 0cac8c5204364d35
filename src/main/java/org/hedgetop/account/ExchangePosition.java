package org.hedgetop.account;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * One instrument's position on the account, as the venue reports it.
 *
 * @param instrument        the venue's symbol (Binance/Bybit "SOLUSDT", Hyperliquid "SOL")
 * @param coins             signed size in coins of the underlying (negative = short), as all three venues give it
 * @param entryPrice        the venue's average entry; empty when flat or not given
 * @param liquidationPrice  empty when the venue gives none (flat, or too little leverage to liquidate)
 */
public record ExchangePosition(String instrument, double coins, OptionalDouble entryPrice,
                               OptionalDouble liquidationPrice) {
    public static ExchangePosition flat(String instrument) {
        return new ExchangePosition(instrument, 0, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** The position of one instrument in a venue's list; flat when the list has none. */
    public static ExchangePosition find(java.util.List<ExchangePosition> positions, String instrument) {
        return positions.stream().filter(p -> p.instrument().equals(instrument)).findFirst()
                .orElse(flat(instrument));
    }

    /**
     * The size in the book's contracts, {@code coins / contractSize}, in decimal so 0.009 / 0.001 is 9
     * and not 8.999999999999998; a fraction is returned as it is (and is a mismatch).
     */
    public double contracts(double contractSize) {
        return BigDecimal.valueOf(coins).divide(BigDecimal.valueOf(contractSize), MathContext.DECIMAL64)
                .doubleValue();
    }
}
