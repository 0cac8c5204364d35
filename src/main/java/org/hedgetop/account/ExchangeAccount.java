package org.hedgetop.account;

import java.time.Instant;
import java.util.List;

/**
 * Read-only access to one account on one venue. Implementations send only GET (Hyperliquid: its
 * read-only POST /info) and never place, change or cancel anything.
 */
public interface ExchangeAccount {
    /** binance | bybit | hyperliquid */
    String venue();

    /**
     * Checks the key before first use (clock too, where requests are signed).
     *
     * @return the permissions beyond reading the key has; {@link KeyPermissions#READ_ONLY} for Hyperliquid
     */
    KeyPermissions permissions() throws AccountException;

    /** Every open position (flat instruments are absent). */
    List<ExchangePosition> positions() throws AccountException;

    /** Funding settled on {@code instrument} in [from, to], oldest first, as far back as the venue keeps it. */
    Span<FundingPayment> funding(String instrument, Instant from, Instant to) throws AccountException;

    /** Trades of {@code instrument} in [from, to], oldest first, as far back as the venue keeps them. */
    Span<AccountTrade> trades(String instrument, Instant from, Instant to) throws AccountException;

    /** Where the key came from ("HEDGETOP_BINANCE_API_KEY", "key file '~/b.key'"), or "address" without key. */
    String keyOrigin();

    /** HTTP requests sent so far, retries included. */
    int requestCount();
}
