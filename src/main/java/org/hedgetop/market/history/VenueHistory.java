package org.hedgetop.market.history;

import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Candle;

/**
 * One venue's public history, each call paged by the venue's own source (its limits, weights and rate-limit
 * handling): what a backtest over an exchange needs. Implemented in each {@code market.exchange.*} package.
 */
public interface VenueHistory {
    /** binance, bybit: the cache folder and the progress lines say it. */
    String venue();

    /** Spot klines of {@code symbol} at {@code interval} opening from {@code fromOpen} to {@code toOpen}, oldest first. */
    List<Candle> spotCandles(String symbol, Interval interval, long fromOpen, long toOpen) throws FeedException;

    /** Hourly mark-price klines of a contract opening from {@code fromOpen} to {@code toOpen}, oldest first. */
    List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException;

    /** Settled funding events of a perpetual in {@code [from, to]}, oldest first. */
    List<FundingEvent> funding(String symbol, Instant from, Instant to) throws FeedException;

    /** HTTP requests sent so far, retries included. */
    int requestCount();
}
