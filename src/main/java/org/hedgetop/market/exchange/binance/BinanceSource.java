package org.hedgetop.market.exchange.binance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.exchange.binance.BinanceParser.BinanceError;
import org.hedgetop.market.http.ErrorMapper;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.live.LiveSource;
import org.hedgetop.market.live.Quotes;

/**
 * Binance spot ({@code /api/v3}) and USD-M futures ({@code /fapi/v1}) public market data. Per poll: one
 * spot price request for every symbol of the book, one premiumIndex request for every contract, and
 * (hourly) the funding intervals; history only when new candles or funding events are due.
 */
public final class BinanceSource extends LiveSource {
    public static final String SPOT_DEFAULT = "https://api.binance.com";
    public static final String FUTURES_DEFAULT = "https://fapi.binance.com";
    /** Above this many symbols the all-symbols ticker is smaller than the URL listing them. */
    static final int BATCH_MAX = 100;
    static final int FUNDING_PAGE = 1000;
    static final int MARK_PAGE = 1500;
    static final int MAX_PAGES = 100;
    static final Duration DEFAULT_FUNDING_INTERVAL = Duration.ofHours(8);
    static final Duration FUNDING_INFO_MAX_AGE = Duration.ofHours(1);
    /**
     * Request weight per minute and IP is 6,000 on spot and 2,400 on USD-M futures; past 80 % of it we
     * wait for the next minute rather than collect 429s (which Binance turns into IP bans, HTTP 418).
     */
    static final int SPOT_WEIGHT_SOFT = 4800;
    static final int FUTURES_WEIGHT_SOFT = 1900;

    private final BaseUrls urls;
    private final Set<String> unlisted = new HashSet<>();
    private Map<String, Duration> fundingIntervals = Map.of();
    private Optional<Instant> fundingInfoAt = Optional.empty();

    /** @throws IllegalArgumentException when a base URL setting is not an http(s) URL */
    public BinanceSource(MarketRequest request, FeedSpec feed, LiveOptions options) {
        super(request, feed, options, "Binance", BinanceSource::mapError);
        this.urls = BaseUrls.resolve(SPOT_DEFAULT, FUTURES_DEFAULT, feed, options.env());
    }

    @Override
    protected String regionAdvice() {
        return "Binance does not serve this region: try feed.source: bybit (or --source bybit)";
    }

    /** Binance's own meanings: 400/-1121 is an unknown symbol, 403 is its firewall's rate limit. */
    static Optional<FeedException> mapError(int status, okhttp3.Headers headers, String body, Instant now) {
        if (status == 400) {
            Optional<BinanceError> e = BinanceParser.error(body);
            if (e.isPresent() && (e.get().code() == BinanceError.INVALID_SYMBOL || e.get().code() == -1100)) {
                return Optional.of(new FeedException(FeedException.Kind.UNKNOWN_SYMBOL,
                        "Binance does not know a symbol (" + e.get().code() + ")"));
            }
            return e.map(err -> new FeedException(FeedException.Kind.HTTP,
                    "Binance error " + err.code() + " \"" + err.message() + "\""));
        }
        if (status == 403) {
            return Optional.of(new FeedException(FeedException.Kind.RATE_LIMITED,
                    "Binance firewall limit (HTTP 403)",
                    Optional.of(Fetcher.parseRetryAfter(headers.get("Retry-After"), now).orElse(Duration.ofMinutes(5))),
                    null));
        }
        return Optional.empty();
    }

    @Override
    protected Quotes<Double> spotQuotes(List<String> symbols) throws FeedException {
        List<String> ask = symbols.stream().filter(s -> !unlisted.contains(s)).toList();
        if (ask.isEmpty()) {
            return new Quotes<>(Map.of(), Map.of());
        }
        if (ask.size() <= BATCH_MAX) {
            String list = ask.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "[", "]"));
            try {
                return BinanceParser.spotPrices(get(
                        BaseUrls.endpoint(urls.spot(), "api/v3/ticker/price").addQueryParameter("symbols", list).build(),
                        false));
            } catch (FeedException e) {
                if (e.kind() != FeedException.Kind.UNKNOWN_SYMBOL) {
                    throw e;
                }
                // one unknown symbol fails the whole batch: ask for everything once, and leave the
                // unknown ones out of later batches
            }
        }
        Quotes<Double> all = BinanceParser.spotPrices(get(BaseUrls.endpoint(urls.spot(), "api/v3/ticker/price").build(),
                false));
        for (String s : ask) {
            if (!all.lists(s)) {
                unlisted.add(s);
            }
        }
        return all;
    }

    @Override
    protected Quotes<ContractTicker> contractQuotes(List<String> symbols, Instant now) throws FeedException {
        refreshFundingIntervals(now);
        Quotes<ContractTicker> all = BinanceParser.premiumIndex(get(
                BaseUrls.endpoint(urls.futures(), "fapi/v1/premiumIndex").build(), true));
        Map<String, ContractTicker> values = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        for (String s : symbols) {
            ContractTicker t = all.values().get(s);
            if (t != null) {
                values.put(s, t.nextFundingTime().isPresent()
                        ? t.withFundingInterval(fundingIntervals.getOrDefault(s, DEFAULT_FUNDING_INTERVAL)) : t);
            } else if (all.rejected().containsKey(s)) {
                rejected.put(s, all.rejected().get(s));
            }
        }
        return new Quotes<>(values, rejected);
    }

    /** Funding intervals change in stress (8 h to 4 h or 1 h): re-read them every hour. */
    private void refreshFundingIntervals(Instant now) throws FeedException {
        if (fundingInfoAt.isPresent() && now.isBefore(fundingInfoAt.get().plus(FUNDING_INFO_MAX_AGE))) {
            return;
        }
        try {
            fundingIntervals = BinanceParser.fundingIntervals(get(
                    BaseUrls.endpoint(urls.futures(), "fapi/v1/fundingInfo").build(), true));
            fundingInfoAt = Optional.of(now);
        } catch (FeedException e) {
            problem("funding intervals", e); // keeps the intervals we had (or 8 h); tried again next poll
        }
    }

    @Override
    protected List<Candle> candles(boolean futures, String symbol, Optional<Long> since, int limit)
            throws FeedException {
        HttpUrl.Builder url = futures ? BaseUrls.endpoint(urls.futures(), "fapi/v1/klines")
                : BaseUrls.endpoint(urls.spot(), "api/v3/klines");
        url.addQueryParameter("symbol", symbol)
                .addQueryParameter("interval", request.interval().label())
                .addQueryParameter("limit", Integer.toString(Math.min(limit, 1000)));
        since.ifPresent(s -> url.addQueryParameter("startTime", Long.toString(s)));
        return BinanceParser.klines(get(url.build(), futures));
    }

    /** {@code /fapi/v1/markPriceKlines} at 1 h, 1,500 a page, paged forward by start time. */
    @Override
    protected List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException {
        return Candle.pagedForward(fromOpen, toOpen, MARK_PAGE, MAX_PAGES, start -> BinanceParser.klines(get(
                BaseUrls.endpoint(urls.futures(), "fapi/v1/markPriceKlines")
                        .addQueryParameter("symbol", symbol)
                        .addQueryParameter("interval", "1h")
                        .addQueryParameter("startTime", Long.toString(start))
                        .addQueryParameter("endTime", Long.toString(toOpen))
                        .addQueryParameter("limit", Integer.toString(MARK_PAGE)).build(), true)));
    }

    @Override
    protected List<FundingEvent> fundingSince(String symbol, Instant since, Instant now) throws FeedException {
        List<FundingEvent> out = new ArrayList<>();
        long start = since.toEpochMilli();
        for (int page = 0; page < MAX_PAGES && start <= now.toEpochMilli(); page++) {
            List<FundingEvent> got = BinanceParser.fundingRates(get(
                    BaseUrls.endpoint(urls.futures(), "fapi/v1/fundingRate")
                            .addQueryParameter("symbol", symbol)
                            .addQueryParameter("startTime", Long.toString(start))
                            .addQueryParameter("limit", Integer.toString(FUNDING_PAGE)).build(), true));
            out.addAll(got);
            if (got.size() < FUNDING_PAGE) {
                break;
            }
            start = got.get(got.size() - 1).time().toEpochMilli() + 1;
        }
        return out;
    }

    /** GET, then keep under the request-weight limit the response reports (X-MBX-USED-WEIGHT-1M). */
    private byte[] get(HttpUrl url, boolean futures) throws FeedException {
        Fetcher.Reply reply = fetcher.fetch(url);
        String used = reply.headers().get("X-MBX-USED-WEIGHT-1M");
        if (used != null && used.matches("\\d{1,9}")
                && Integer.parseInt(used) >= (futures ? FUTURES_WEIGHT_SOFT : SPOT_WEIGHT_SOFT)) {
            Instant now = options.clock().instant();
            Duration toNextMinute = Duration.ofSeconds(61 - now.getEpochSecond() % 60);
            options.progress().accept("binance: request weight " + used + " used this minute, waiting "
                    + toNextMinute.getSeconds() + " s");
            try {
                options.sleeper().sleep(toNextMinute);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException(FeedException.Kind.NETWORK, "Binance: interrupted");
            }
        }
        return reply.body();
    }
}
