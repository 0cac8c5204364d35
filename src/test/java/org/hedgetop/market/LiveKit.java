package org.hedgetop.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.live.LiveOptions;

/** Builds live sources aimed at a loopback server, with short timeouts, no real sleeps and a seeded Random. */
public final class LiveKit {
    /** One client for every test, as in the program: short timeouts so a stall fails fast. */
    public static final OkHttpClient CLIENT = HttpClients.build(new HttpClients.Timeouts(Duration.ofMillis(500),
            Duration.ofMillis(400), Duration.ofSeconds(2)), Map.of());

    public final List<Duration> sleeps = java.util.Collections.synchronizedList(new ArrayList<>());
    public final List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());

    public LiveOptions options(MockWebServer server, Instant clockTime) {
        String base = server.url("/").toString();
        return new LiveOptions(CLIENT, Map.of("HEDGETOP_SPOT_URL", base, "HEDGETOP_FUTURES_URL", base), progress::add,
                sleeps::add, new Random(42), new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)),
                256 * 1024, Clock.fixed(clockTime, ZoneOffset.UTC));
    }

    public static FeedSpec feed() {
        return new FeedSpec("binance", 5, Interval.D1, 30, Optional.empty(), 7, Optional.empty(), Optional.empty());
    }

    /** Tokens (each with symbol token + USDT), BTC and ETH, and instruments. */
    public static MarketRequest request(List<String> tokens, List<MarketRequest.Instrument> instruments) {
        Map<String, String> spot = new LinkedHashMap<>();
        for (String t : tokens) {
            spot.put(t, t + "USDT");
        }
        spot.putIfAbsent("BTC", "BTCUSDT");
        spot.putIfAbsent("ETH", "ETHUSDT");
        for (MarketRequest.Instrument i : instruments) {
            spot.putIfAbsent(i.underlying(), i.underlying() + "USDT"); // as MarketRequest.of does
        }
        return new MarketRequest(spot, instruments, Interval.D1, 30, "USDT");
    }

    public static MarketRequest.Instrument perp(String symbol, String underlying, Instant opened) {
        return new MarketRequest.Instrument(symbol, underlying, HedgeType.PERPETUAL, Optional.of(opened));
    }

    public static MarketRequest.Instrument expiry(String symbol, String underlying) {
        return new MarketRequest.Instrument(symbol, underlying, HedgeType.EXPIRY, Optional.empty());
    }
}
