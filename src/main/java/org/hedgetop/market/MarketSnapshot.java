package org.hedgetop.market;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known about the market at one moment. Immutable.
 *
 * <p>Keys: spot data by <em>token</em> ({@code SOL}; BTC and ETH are always present when the source has
 * them), futures data by <em>instrument</em> ({@code SOLUSDT}).
 *
 * @param time          the moment this snapshot describes
 * @param spot          latest spot price per token
 * @param futures       latest quote per instrument
 * @param spotHistory   price observations per token (enough to cover the statistics window)
 * @param markHistory   mark price observations per instrument
 * @param funding       settled funding events per instrument, oldest first
 * @param status        health per token or instrument; a missing entry means ok
 * @param source        name of the source that made it ("simulated", "replay", "binance", "bybit")
 * @param sourceHealth  one-line health of the whole feed ("live", "stale 3m", "error: ...")
 * @param closedHistory the source's word on the closed part of the history: two snapshots with the same
 *                      non-zero value hold the same observations in every interval bucket that ended before
 *                      either's time, so an evaluation may skip comparing series (a price tick then compares
 *                      none); 0 = no claim (the series are compared by value)
 */
public record MarketSnapshot(Instant time, Map<String, Double> spot, Map<String, FuturesQuote> futures,
                             Map<String, PriceSeries> spotHistory, Map<String, PriceSeries> markHistory,
                             Map<String, List<FundingEvent>> funding, Map<String, SymbolStatus> status,
                             String source, String sourceHealth, long closedHistory) {
    /** A snapshot that claims nothing about its closed history ({@code closedHistory} 0). */
    public MarketSnapshot(Instant time, Map<String, Double> spot, Map<String, FuturesQuote> futures,
                          Map<String, PriceSeries> spotHistory, Map<String, PriceSeries> markHistory,
                          Map<String, List<FundingEvent>> funding, Map<String, SymbolStatus> status,
                          String source, String sourceHealth) {
        this(time, spot, futures, spotHistory, markHistory, funding, status, source, sourceHealth, 0);
    }

    public MarketSnapshot {
        spot = Map.copyOf(spot);
        futures = Map.copyOf(futures);
        spotHistory = Map.copyOf(spotHistory);
        markHistory = Map.copyOf(markHistory);
        funding = Map.copyOf(funding);
        status = Map.copyOf(status);
    }

    public static MarketSnapshot empty(Instant time, String source) {
        return new MarketSnapshot(time, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), source, "waiting");
    }

    public Optional<FuturesQuote> quote(String instrument) {
        return Optional.ofNullable(futures.get(instrument));
    }

    public PriceSeries spotSeries(String token) {
        return spotHistory.getOrDefault(token, PriceSeries.EMPTY);
    }

    public PriceSeries markSeries(String instrument) {
        return markHistory.getOrDefault(instrument, PriceSeries.EMPTY);
    }

    public List<FundingEvent> fundingEvents(String instrument) {
        return funding.getOrDefault(instrument, List.of());
    }

    public SymbolStatus statusOf(String key) {
        return status.getOrDefault(key, new SymbolStatus(SymbolStatus.Health.OK, Optional.of(time), ""));
    }
}
