package org.hedgetop.market.exchange.bybit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Interval;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.live.LiveSource;
import org.hedgetop.market.live.Quotes;

/**
 * Bybit v5 public market data: per poll one spot tickers and one linear tickers request (each lists
 * every symbol, with mark, index, funding rate, next funding time and funding interval); candles and
 * funding history only when new ones are due.
 */
public final class BybitSource extends LiveSource {
    public static final String DEFAULT_URL = "https://api.bybit.com";
    static final int KLINE_MAX = 1000;
    static final int FUNDING_PAGE = 200;
    static final int MAX_PAGES = 200;
    static final Duration DEFAULT_FUNDING_INTERVAL = Duration.ofHours(8);
    /** Bybit asks an IP that is "too frequent" (HTTP 403) to stay away at least 10 minutes. */
    static final Duration IP_BAN_PAUSE = Duration.ofMinutes(10);
    static final Duration RET_CODE_PAUSE = Duration.ofSeconds(30);

    private final BaseUrls urls;

    /** @throws IllegalArgumentException when a base URL setting is not an http(s) URL */
    public BybitSource(MarketRequest request, FeedSpec feed, LiveOptions options) {
        super(request, feed, options, "Bybit", BybitSource::mapError);
        this.urls = BaseUrls.resolve(DEFAULT_URL, DEFAULT_URL, feed, options.env());
    }

    @Override
    protected String regionAdvice() {
        return "Bybit does not serve this region: try feed.source: binance (or --source binance)";
    }

    /**
     * Bybit answers 403 both for "access too frequent" and for a blocked country (a CDN page that
     * names the country or region); the words decide.
     */
    static Optional<FeedException> mapError(int status, Headers headers, String body, Instant now) {
        if (status != 403) {
            return Optional.empty();
        }
        String b = body.toLowerCase(Locale.ROOT);
        if (b.contains("country") || b.contains("region") || b.contains("location") || b.contains("cloudfront")) {
            return Optional.of(new FeedException(FeedException.Kind.REGION_BLOCKED,
                    "Bybit refuses requests from this location (HTTP 403)"));
        }
        return Optional.of(new FeedException(FeedException.Kind.RATE_LIMITED, "Bybit: access too frequent (HTTP 403)",
                Optional.of(Fetcher.parseRetryAfter(headers.get("Retry-After"), now).orElse(IP_BAN_PAUSE)), null));
    }

    @FunctionalInterface
    private interface Parse<T> {
        T apply(byte[] body) throws FeedException;
    }

    /** GET and parse; a rate-limit retCode (HTTP 200) waits as long as the response headers say. */
    private <T> T call(HttpUrl url, Parse<T> parse) throws FeedException {
        Fetcher.Reply reply = fetcher.fetch(url);
        try {
            return parse.apply(reply.body());
        } catch (FeedException e) {
            if (e.kind() != FeedException.Kind.RATE_LIMITED) {
                throw e;
            }
            throw new FeedException(e.kind(), e.getMessage(), Optional.of(pause(reply.headers())), null);
        }
    }

    private Duration pause(Headers headers) {
        Instant now = options.clock().instant();
        Optional<Duration> after = Fetcher.parseRetryAfter(headers.get("Retry-After"), now);
        if (after.isPresent()) {
            return after.get();
        }
        String reset = headers.get("X-Bapi-Limit-Reset-Timestamp");
        if (reset != null && reset.matches("\\d{1,15}")) {
            Duration d = Duration.between(now, Instant.ofEpochMilli(Long.parseLong(reset)));
            if (!d.isNegative() && d.compareTo(IP_BAN_PAUSE) <= 0) {
                return d.plusSeconds(1);
            }
        }
        return RET_CODE_PAUSE;
    }

    @Override
    protected Quotes<Double> spotQuotes(List<String> symbols) throws FeedException {
        return call(BaseUrls.endpoint(urls.spot(), "v5/market/tickers").addQueryParameter("category", "spot").build(),
                BybitParser::spotTickers);
    }

    @Override
    protected Quotes<ContractTicker> contractQuotes(List<String> symbols, Instant now) throws FeedException {
        Quotes<ContractTicker> all = call(BaseUrls.endpoint(urls.futures(), "v5/market/tickers")
                .addQueryParameter("category", "linear").build(), BybitParser::linearTickers);
        Map<String, ContractTicker> values = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        for (String s : symbols) {
            ContractTicker t = all.values().get(s);
            if (t != null) {
                values.put(s, t.nextFundingTime().isPresent() && t.fundingInterval().isEmpty()
                        ? t.withFundingInterval(DEFAULT_FUNDING_INTERVAL) : t);
            } else if (all.rejected().containsKey(s)) {
                rejected.put(s, all.rejected().get(s));
            }
        }
        return new Quotes<>(values, rejected);
    }

    /** Bybit's kline interval names: D, 240, 60. */
    static String intervalName(Interval interval) {
        return switch (interval) {
            case D1 -> "D";
            case H4 -> "240";
            case H1 -> "60";
        };
    }

    @Override
    protected List<Candle> candles(boolean futures, String symbol, Optional<Long> since, int limit)
            throws FeedException {
        HttpUrl.Builder url = BaseUrls.endpoint(futures ? urls.futures() : urls.spot(), "v5/market/kline")
                .addQueryParameter("category", futures ? "linear" : "spot")
                .addQueryParameter("symbol", symbol)
                .addQueryParameter("interval", intervalName(request.interval()))
                .addQueryParameter("limit", Integer.toString(Math.min(limit, KLINE_MAX)));
        since.ifPresent(s -> url.addQueryParameter("start", Long.toString(s)));
        return call(url.build(), BybitParser::klines);
    }

    /**
     * Klines at the request's interval opening from {@code fromOpen} to {@code toOpen}, oldest first: like the
     * mark klines, Bybit answers the newest of the range first, so the pages walk backwards with {@code end}.
     */
    List<Candle> candlesBetween(boolean futures, String symbol, long fromOpen, long toOpen) throws FeedException {
        return klinesBackwards(BaseUrls.endpoint(futures ? urls.futures() : urls.spot(), "v5/market/kline")
                .addQueryParameter("category", futures ? "linear" : "spot")
                .addQueryParameter("symbol", symbol)
                .addQueryParameter("interval", intervalName(request.interval())), fromOpen, toOpen, BybitParser::klines);
    }

    /**
     * {@code /v5/market/mark-price-kline} at 60 minutes, 1,000 a page. Bybit answers the newest candles of the
     * range first, so it pages backwards with {@code end}.
     */
    @Override
    protected List<Candle> markCandles(String symbol, long fromOpen, long toOpen) throws FeedException {
        return klinesBackwards(BaseUrls.endpoint(urls.futures(), "v5/market/mark-price-kline")
                .addQueryParameter("category", "linear")
                .addQueryParameter("symbol", symbol)
                .addQueryParameter("interval", "60"), fromOpen, toOpen, BybitParser::markKlines);
    }

    /** Pages of {@code KLINE_MAX} candles walking backwards with {@code end} (newest first), oldest first out. */
    private List<Candle> klinesBackwards(HttpUrl.Builder query, long fromOpen, long toOpen, Parse<List<Candle>> parse)
            throws FeedException {
        List<Candle> out = new ArrayList<>();
        long end = toOpen;
        for (int page = 0; page < MAX_PAGES && end >= fromOpen; page++) {
            List<Candle> got = call(query.build().newBuilder()
                    .addQueryParameter("start", Long.toString(fromOpen))
                    .addQueryParameter("end", Long.toString(end))
                    .addQueryParameter("limit", Integer.toString(KLINE_MAX)).build(), parse);
            out.addAll(got);
            if (got.size() < KLINE_MAX) {
                break;
            }
            end = got.get(0).openTime() - 1; // oldest of this page (the parser returns oldest first)
        }
        out.sort(java.util.Comparator.comparingLong(Candle::openTime));
        return out;
    }

    /** Pages backwards with endTime (Bybit lists newest first, 200 a page) until {@code since}. */
    @Override
    protected List<FundingEvent> fundingSince(String symbol, Instant since, Instant now) throws FeedException {
        List<FundingEvent> out = new ArrayList<>();
        long end = now.toEpochMilli();
        for (int page = 0; page < MAX_PAGES && end >= since.toEpochMilli(); page++) {
            List<FundingEvent> got = call(BaseUrls.endpoint(urls.futures(), "v5/market/funding/history")
                    .addQueryParameter("category", "linear")
                    .addQueryParameter("symbol", symbol)
                    .addQueryParameter("startTime", Long.toString(since.toEpochMilli()))
                    .addQueryParameter("endTime", Long.toString(end))
                    .addQueryParameter("limit", Integer.toString(FUNDING_PAGE)).build(), BybitParser::fundingHistory);
            got.stream().filter(e -> !e.time().isBefore(since)).forEach(out::add);
            if (got.size() < FUNDING_PAGE) {
                break;
            }
            end = got.get(0).time().toEpochMilli() - 1; // oldest of this page (parser returns oldest first)
        }
        out.sort(java.util.Comparator.comparing(FundingEvent::time));
        return out;
    }
}
