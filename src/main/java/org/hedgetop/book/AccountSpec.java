package org.hedgetop.book;

import java.util.Optional;

/**
 * The exchange account whose positions hedgetop reads (DOMAIN.md section 8). Never holds a key: Binance
 * and Bybit keys come from the environment or {@link #keyFile}, Hyperliquid is read by public address.
 *
 * @param venue            binance | bybit | hyperliquid
 * @param address          hyperliquid only: the public wallet address, 0x + 40 hex digits
 * @param syncSeconds      how often positions are read
 * @param keyFile          the key file as written in the book ({@code ~/} allowed); resolved when read
 * @param allowTradingKey  accept a key that can trade (never one that can withdraw)
 * @param location         where {@code account:} is written
 */
public record AccountSpec(String venue, Optional<String> address, int syncSeconds, Optional<String> keyFile,
                          boolean allowTradingKey, SourcePos location) {
    public static final int DEFAULT_SYNC_SECONDS = 60;

    public boolean needsKey() {
        return !venue.equals("hyperliquid");
    }
}
