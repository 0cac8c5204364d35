package org.hedgetop.account;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * One execution of an order on the account (several per order are several trades).
 *
 * @param id     the venue's trade id, unique per venue
 * @param coins  signed size in coins: negative sells, positive buys
 * @param price  execution price in the quote currency
 * @param fee    in the quote currency, positive = paid, negative = rebate
 */
public record AccountTrade(String id, String instrument, Instant time, double coins, double price, double fee) {
    /** Signed size in the book's contracts (decimal division, as {@link ExchangePosition#contracts}). */
    public double contracts(double contractSize) {
        return BigDecimal.valueOf(coins).divide(BigDecimal.valueOf(contractSize), MathContext.DECIMAL64)
                .doubleValue();
    }
}
