package org.hedgetop.market.exchange.binance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.history.VenueHistory;
import org.hedgetop.market.live.Candle;

/**
 * Binance's history for a backtest, through {@link BinanceSource}'s own requests (its base URLs, fetcher, retries
 * and request-weight pacing): spot {@code /api/v3/klines} paged forward by startTime, 1,000 a page; hourly
 * {@code /fapi/v1/markPriceKlines}, 1,500 a page; {@code /fapi/v1/fundingRate}, 1,000 a page.
 */
public final class BinanceHistory implements VenueHistory {
    static final int KLINE_PAGE = 1000;

    private final BinanceSource source;

    /** @param source built for the book's request (its interval is the spot klines' interval) */
    public BinanceHistory(BinanceSource source) {
        this.source = source;
    }

    @Override
    public String venue() {
        return "binance";
    }

    @Override
    public List<Candle> spotCandles(String symbol, Interval interval, long fromOpen, long toOpen)
            throws FeedException {
        return Candle.pagedForward(fromOpen, toOpen, KLINE_PAGE, BinanceSource.MAX_PAGES * 10,
                start -> source.candles(false, symbol, Optional.of(start), KLINE_PAGE));
    }

    @Override
    public List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException {
        return source.markCandles(symbol, fromOpen, toOpen);
    }

    @Override
    public List<FundingEvent> funding(String symbol, Instant from, Instant to) throws FeedException {
        return source.fundingSince(symbol, from, to).stream().filter(e -> !e.time().isAfter(to)).toList();
    }

    @Override
    public int requestCount() {
        return source.requestCount();
    }
}
