package org.hedgetop.market.exchange.hyperliquid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.http.ErrorMapper;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.live.LiveSource;
import org.hedgetop.market.live.Quotes;

/**
 * Hyperliquid perpetuals as a market source: one {@code metaAndAssetCtxs} request per poll gives every
 * perp's mark, oracle and hourly funding; {@code candleSnapshot} and {@code fundingHistory} fill the
 * history. Instruments are Hyperliquid's coin names ("SOL", "kPEPE"). A token's spot price is its perp's
 * oracle price (Hyperliquid's weighted median of spot prices on other venues), and its spot history the
 * perp's candles: Hyperliquid has no USDT spot market for most coins.
 */
public final class HyperliquidSource extends LiveSource {
    static final int PAGE = 500;
    static final int MAX_PAGES = 200;
    /** candleSnapshot answers at most this many candles. */
    static final int CANDLE_PAGE = 5000;

    private final HyperliquidInfo info;
    /** The contexts fetched for spot prices, reused for the contracts of the same poll. */
    private Optional<Quotes<HyperliquidParser.AssetContext>> thisPoll = Optional.empty();

    /** @throws IllegalArgumentException when HEDGETOP_HYPERLIQUID_URL is not an http(s) URL */
    public HyperliquidSource(MarketRequest request, FeedSpec feed, LiveOptions options) {
        super(request, feed, options, "Hyperliquid", ErrorMapper.NONE);
        HttpUrl base = HyperliquidInfo.base(options.env());
        this.info = new HyperliquidInfo(fetcher, base);
    }

    @Override
    protected String regionAdvice() {
        return "Hyperliquid does not serve this location: try feed.source: binance or bybit";
    }

    /** "SOLUSDT" (the book's spot symbol) is coin "SOL"; a symbol without the quote is the coin itself. */
    String coin(String symbol) {
        String quote = request.quote();
        return symbol.endsWith(quote) && symbol.length() > quote.length()
                ? symbol.substring(0, symbol.length() - quote.length()) : symbol;
    }

    private Quotes<HyperliquidParser.AssetContext> contexts() throws FeedException {
        return HyperliquidParser.assetContexts(info.postRaw(HyperliquidInfo.body("metaAndAssetCtxs")));
    }

    @Override
    protected Quotes<Double> spotQuotes(List<String> symbols) throws FeedException {
        thisPoll = Optional.empty();
        Quotes<HyperliquidParser.AssetContext> all = contexts();
        thisPoll = Optional.of(all);
        Map<String, Double> values = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        for (String s : symbols) {
            String coin = coin(s);
            if (all.values().containsKey(coin)) {
                values.put(s, all.values().get(coin).oracle());
            } else if (all.rejected().containsKey(coin)) {
                rejected.put(s, all.rejected().get(coin));
            }
        }
        return new Quotes<>(values, rejected);
    }

    @Override
    protected Quotes<ContractTicker> contractQuotes(List<String> symbols, Instant now) throws FeedException {
        Quotes<HyperliquidParser.AssetContext> all = thisPoll.isPresent() ? thisPoll.get() : contexts();
        thisPoll = Optional.empty();
        Map<String, ContractTicker> values = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        for (String s : symbols) {
            if (all.values().containsKey(s)) {
                values.put(s, HyperliquidParser.ticker(s, all.values().get(s), now));
            } else if (all.rejected().containsKey(s)) {
                rejected.put(s, all.rejected().get(s));
            }
        }
        return new Quotes<>(values, rejected);
    }

    @Override
    protected List<Candle> candles(boolean futures, String symbol, Optional<Long> since, int limit)
            throws FeedException {
        long step = request.interval().millis();
        long now = options.clock().millis();
        long start = since.orElse(request.interval().bucketStart(now) - (long) (limit - 1) * step);
        ObjectNode req = HyperliquidInfo.body("candleSnapshot");
        req.putObject("req").put("coin", coin(symbol)).put("interval", request.interval().label())
                .put("startTime", start).put("endTime", now);
        List<Candle> got = HyperliquidParser.candles(info.postRaw(req));
        return got.size() > limit ? got.subList(got.size() - limit, got.size()) : got;
    }

    /**
     * Hyperliquid publishes no mark-price candles and its funding history carries no mark: its hourly candles
     * ({@code candleSnapshot}, interval 1h, the perp's trade prices; the most recent 5,000 only) stand in, the
     * closest price it serves. Paged forward by start time.
     */
    @Override
    protected List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException {
        List<Candle> out = new ArrayList<>();
        long start = fromOpen;
        for (int page = 0; page < MAX_PAGES && start <= toOpen; page++) {
            ObjectNode req = HyperliquidInfo.body("candleSnapshot");
            req.putObject("req").put("coin", coin(symbol)).put("interval", "1h").put("startTime", start)
                    .put("endTime", toOpen);
            long from = start;
            List<Candle> got = HyperliquidParser.candles(info.postRaw(req)).stream()
                    .filter(c -> c.openTime() >= from && c.openTime() <= toOpen).toList();
            out.addAll(got);
            if (got.size() < CANDLE_PAGE) {
                break;
            }
            start = got.get(got.size() - 1).openTime() + 1;
        }
        return out;
    }

    /** Pages forward from {@code since}: a full page (500) continues after its last event. */
    @Override
    protected List<FundingEvent> fundingSince(String symbol, Instant since, Instant now) throws FeedException {
        List<FundingEvent> out = new ArrayList<>();
        long start = since.toEpochMilli();
        for (int page = 0; page < MAX_PAGES && start <= now.toEpochMilli(); page++) {
            List<FundingEvent> got = HyperliquidParser.fundingHistory(info.postRaw(HyperliquidInfo.body("fundingHistory")
                    .put("coin", symbol).put("startTime", start).put("endTime", now.toEpochMilli())));
            out.addAll(got);
            if (got.size() < PAGE) {
                break;
            }
            start = got.get(got.size() - 1).time().toEpochMilli() + 1;
        }
        out.sort(Comparator.comparing(FundingEvent::time));
        return out;
    }
}
