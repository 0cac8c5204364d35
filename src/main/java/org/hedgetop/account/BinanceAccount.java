package org.hedgetop.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.Json;
import org.hedgetop.market.live.LiveOptions;

/**
 * A Binance USD-M futures account, read with a signed GET per figure: positionRisk (weight 5), income
 * (30) and userTrades (5) on the futures host, apiRestrictions on the spot host (/sapi). Requests carry
 * {@code timestamp} from the venue's clock (measured with /fapi/v1/time) and {@code recvWindow}.
 */
public final class BinanceAccount extends SignedAccount {
    public static final String DEFAULT_SPOT = "https://api.binance.com";
    public static final String DEFAULT_FUTURES = "https://fapi.binance.com";
    static final long RECV_WINDOW = 5000;
    /** "Income history only contains data for the last three months." */
    static final Duration INCOME_KEPT = Duration.ofDays(90);
    /** userTrades: "Only support querying trade in the past 6 months"; a window is at most 7 days. */
    static final Duration TRADES_KEPT = Duration.ofDays(180);
    static final Duration TRADE_WINDOW = Duration.ofDays(7);
    static final int INCOME_LIMIT = 1000;
    static final int TRADES_LIMIT = 1000;
    static final int MAX_PAGES = 1000;

    private final BaseUrls urls;

    public BinanceAccount(Credentials credentials, BaseUrls urls, LiveOptions options) {
        super(credentials, options, "Binance");
        this.urls = urls;
    }

    @Override
    public String venue() {
        return "binance";
    }

    @Override
    public KeyPermissions permissions() throws AccountException {
        byte[] body = signed(urls.spot(), "sapi/v1/account/apiRestrictions", new LinkedHashMap<>());
        try {
            if (!BinanceAccountParser.canRead(body)) {
                throw new AccountException(AccountException.Kind.KEY_REFUSED, "refused: the binance key from "
                        + credentials.origin() + " cannot read (enableReading is off)");
            }
            return BinanceAccountParser.restrictions(body);
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
    }

    @Override
    public List<ExchangePosition> positions() throws AccountException {
        try {
            return BinanceAccountParser.positions(signed(urls.futures(), "fapi/v3/positionRisk",
                    new LinkedHashMap<>()));
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
    }

    /** Pages forward by time: each page starts at the last time seen (ids already taken are skipped). */
    @Override
    public Span<FundingPayment> funding(String instrument, Instant from, Instant to) throws AccountException {
        Instant start = latest(from, Instant.ofEpochMilli(serverNow()).minus(INCOME_KEPT));
        Map<String, FundingPayment> seen = new LinkedHashMap<>();
        long cursor = start.toEpochMilli();
        for (int page = 0; page < MAX_PAGES && cursor <= to.toEpochMilli(); page++) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("symbol", instrument);
            q.put("incomeType", "FUNDING_FEE");
            q.put("startTime", Long.toString(cursor));
            q.put("endTime", Long.toString(to.toEpochMilli()));
            q.put("limit", Integer.toString(INCOME_LIMIT));
            List<FundingPayment> got;
            try {
                got = BinanceAccountParser.income(signed(urls.futures(), "fapi/v1/income", q));
            } catch (FeedException e) {
                throw VenueHttp.bad(e);
            }
            got.forEach(p -> seen.putIfAbsent(p.id(), p));
            if (got.size() < INCOME_LIMIT) {
                break;
            }
            long last = got.stream().mapToLong(p -> p.time().toEpochMilli()).max().orElse(cursor);
            cursor = last > cursor ? last : cursor + 1;
        }
        List<FundingPayment> out = new ArrayList<>(seen.values());
        out.sort(Comparator.comparing(FundingPayment::time));
        return new Span<>(out, start, to);
    }

    /** 7-day windows from the oldest the venue keeps; a full window is paged by time. */
    @Override
    public Span<AccountTrade> trades(String instrument, Instant from, Instant to) throws AccountException {
        Instant start = latest(from, Instant.ofEpochMilli(serverNow()).minus(TRADES_KEPT));
        Map<String, AccountTrade> seen = new LinkedHashMap<>();
        int pages = 0;
        for (long w = start.toEpochMilli(); w <= to.toEpochMilli() && pages < MAX_PAGES;
             w += TRADE_WINDOW.toMillis()) {
            long end = Math.min(to.toEpochMilli(), w + TRADE_WINDOW.toMillis() - 1);
            long cursor = w;
            while (pages++ < MAX_PAGES) {
                Map<String, String> q = new LinkedHashMap<>();
                q.put("symbol", instrument);
                q.put("startTime", Long.toString(cursor));
                q.put("endTime", Long.toString(end));
                q.put("limit", Integer.toString(TRADES_LIMIT));
                List<AccountTrade> got;
                try {
                    got = BinanceAccountParser.trades(signed(urls.futures(), "fapi/v1/userTrades", q));
                } catch (FeedException e) {
                    throw VenueHttp.bad(e);
                }
                got.forEach(t -> seen.putIfAbsent(t.id(), t));
                if (got.size() < TRADES_LIMIT) {
                    break;
                }
                long last = got.stream().mapToLong(t -> t.time().toEpochMilli()).max().orElse(cursor);
                cursor = last > cursor ? last : cursor + 1;
            }
        }
        List<AccountTrade> out = new ArrayList<>(seen.values());
        out.sort(Comparator.comparing(AccountTrade::time));
        return new Span<>(out, start, to);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    protected long fetchServerMillis() throws FeedException, AccountException, VenueHttp.ClockSkew {
        HttpUrl url = BaseUrls.endpoint(urls.futures(), "fapi/v1/time").build();
        return BinanceAccountParser.serverTime(http.send(() -> new Request.Builder().url(url).get().build()));
    }

    /**
     * A signed GET: the query (params, timestamp, recvWindow) is written once, signed as written and sent
     * as written with the signature last. A -1021 (timestamp outside recvWindow) measures the clock again
     * and sends once more.
     */
    private byte[] signed(HttpUrl base, String path, Map<String, String> params) throws AccountException {
        for (int attempt = 1; ; attempt++) {
            serverNow();
            try {
                return http.send(() -> {
                    StringBuilder query = new StringBuilder();
                    params.forEach((k, v) -> query.append(k).append('=').append(Query.encode(v)).append('&'));
                    query.append("timestamp=").append(clock.now()).append("&recvWindow=").append(RECV_WINDOW);
                    String signature = Signing.binance(credentials.secret(), query.toString());
                    HttpUrl url = BaseUrls.endpoint(base, path).encodedQuery(query + "&signature=" + signature).build();
                    return new Request.Builder().url(url).get().header("X-MBX-APIKEY", credentials.apiKey()).build();
                });
            } catch (VenueHttp.ClockSkew e) {
                if (attempt >= 2) {
                    throw new AccountException(AccountException.Kind.UNAVAILABLE, e.getMessage());
                }
                measureClock();
            }
        }
    }

    /** Binance's error codes for keys (HTTP 400/401 with {"code":..,"msg":..}), named by the key's origin. */
    @Override
    protected Optional<FeedException> mapError(int status, Headers headers, String body, Instant now) {
        int code;
        try {
            JsonNode n = Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Binance error");
            code = n.path("code").asInt(0);
        } catch (FeedException e) {
            return Optional.empty();
        }
        String key = "the binance key from " + credentials.origin();
        return switch (code) {
            case -1022 -> VenueHttp.key(new AccountException(AccountException.Kind.KEY_REJECTED, "Binance rejected "
                    + "the signature (code -1022): " + Query.secretOrigin(credentials) + " is not the secret of "
                    + key));
            case -2015 -> VenueHttp.key(new AccountException(AccountException.Kind.KEY_REJECTED, "Binance rejected "
                    + key + " (code -2015): the key is invalid, this IP is not on its IP whitelist, or it lacks the "
                    + "permission (Binance does not say which; a key made before the futures account was opened "
                    + "cannot read futures: make a new one)"));
            case -2014, -2008 -> VenueHttp.key(new AccountException(AccountException.Kind.KEY_REJECTED,
                    "Binance does not know " + key + " (code " + code + "): check that it is copied whole"));
            case -1021 -> VenueHttp.skew("Binance: the request's timestamp is outside recvWindow (code -1021) "
                    + "even after measuring the clock");
            default -> Optional.empty();
        };
    }
}
