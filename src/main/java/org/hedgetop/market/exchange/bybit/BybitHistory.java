package org.hedgetop.market.exchange.bybit;

import java.time.Instant;
import java.util.List;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.history.VenueHistory;
import org.hedgetop.market.live.Candle;

/**
 * Bybit's history for a backtest, through {@link BybitSource}'s own requests (base URL, fetcher, retries and the
 * retCode rate-limit waits): {@code /v5/market/kline?category=spot} and hourly {@code /v5/market/mark-price-kline},
 * 1,000 a page, and {@code /v5/market/funding/history}, 200 a page, each paged backwards by end time.
 */
public final class BybitHistory implements VenueHistory {
    private final BybitSource source;

    /** @param source built for the book's request (its interval is the spot klines' interval) */
    public BybitHistory(BybitSource source) {
        this.source = source;
    }

    @Override
    public String venue() {
        return "bybit";
    }

    @Override
    public List<Candle> spotCandles(String symbol, Interval interval, long fromOpen, long toOpen)
            throws FeedException {
        return source.candlesBetween(false, symbol, fromOpen, toOpen);
    }

    @Override
    public List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException {
        return source.markCandles(symbol, fromOpen, toOpen);
    }

    @Override
    public List<FundingEvent> funding(String symbol, Instant from, Instant to) throws FeedException {
        return source.fundingSince(symbol, from, to);
    }

    @Override
    public int requestCount() {
        return source.requestCount();
    }
}
