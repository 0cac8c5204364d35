package org.hedgetop.market;

import java.time.Instant;

/**
 * The one seam between hedgetop and the outside world: simulated, replay, binance and bybit all
 * implement it. A source is built for one {@link MarketRequest}.
 *
 * <p>{@link #poll(Instant)} brings the source up to {@code now} and returns a complete snapshot. The
 * first call loads the back history the statistics window needs. A source never throws for a failed
 * symbol: it keeps the last good values and marks the symbol's {@link SymbolStatus}. It throws
 * {@link MarketException} only when it could not produce any snapshot at all (the caller keeps its last).
 */
public interface MarketSource extends AutoCloseable {
    /** Name shown on screen and in the snapshot: simulated, replay, binance, bybit. */
    String name();

    MarketSnapshot poll(Instant now) throws MarketException;

    /**
     * The moment a one-shot report describes when the user gives no {@code --at}: the last time of a
     * replay file; empty (meaning "now") for simulated and live sources.
     */
    default java.util.Optional<Instant> defaultReportTime() {
        return java.util.Optional.empty();
    }

    @Override
    default void close() {
    }
}
