package org.hedgetop.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.hedgetop.market.exchange.bybit.BybitSource;
import org.hedgetop.market.exchange.bybit.FakeBybit;

/**
 * Requests per poll (issue 6, budget 6): the live sources against the loopback fake exchanges of the market
 * tests, for books of 5, 50 and 500 tokens with
 * one perpetual hedge per ten tokens. Counts the requests of the first poll (history loading) and the most
 * any of the next five polls made. Both exchanges batch prices and contract quotes, so the count per poll
 * must not grow with the book.
 *
 * <p>Prints properties: {@code binance} and {@code bybit} as "5 / 50 / 500" per-poll counts, their
 * {@code .met} verdict, and {@code <exchange>.start} with the first poll's counts.
 */
public final class RequestsPerPoll {
    static final Instant NOW = Instant.parse("2026-02-10T12:00:30Z");
    static final Instant OPENED = NOW.minus(Duration.ofDays(20));
    static final int[] SIZES = {5, 50, 500};

    private RequestsPerPoll() {
    }

    record Count(int atStart, int perPoll) {
    }

    interface SourceFactory {
        MarketSource open(MarketRequest request, MockWebServer server, LiveKit kit);
    }

    interface Exchange {
        Count run(int tokens) throws Exception;
    }

    static Count measure(Dispatcher fake, IntSupplier requests, MarketRequest request, SourceFactory factory)
            throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            try (MarketSource source = factory.open(request, server, new LiveKit())) {
                int before = requests.getAsInt();
                source.poll(NOW);
                int atStart = requests.getAsInt() - before;
                int most = 0;
                for (int p = 1; p <= 5; p++) {
                    int b = requests.getAsInt();
                    source.poll(NOW.plusSeconds(5L * p));
                    most = Math.max(most, requests.getAsInt() - b);
                }
                return new Count(atStart, most);
            }
        }
    }

    static MarketRequest book(int tokens) {
        List<String> names = new ArrayList<>();
        List<MarketRequest.Instrument> perps = new ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            names.add("T" + i);
            if (i % 10 == 0) {
                perps.add(LiveKit.perp("T" + i + "USDT", "T" + i, OPENED));
            }
        }
        return LiveKit.request(names, perps);
    }

    static List<double[]> events(boolean withMark) {
        List<double[]> out = new ArrayList<>();
        for (Instant t = OPENED; !t.isAfter(NOW); t = t.plus(Duration.ofHours(8))) {
            out.add(withMark ? new double[] {t.toEpochMilli(), 0.0001, 10} : new double[] {t.toEpochMilli(), 0.0001});
        }
        return out;
    }

    static Count binance(int tokens) throws Exception {
        FakeBinance fake = new FakeBinance(NOW);
        fake.spot.put("BTCUSDT", 97000.5);
        fake.spot.put("ETHUSDT", 2650.25);
        long next = NOW.plus(Duration.ofHours(4)).toEpochMilli();
        for (int i = 0; i < tokens; i++) {
            fake.spot.put("T" + i + "USDT", 1.0 + i);
            if (i % 10 == 0) {
                fake.contracts.put("T" + i + "USDT", new double[] {1.0 + i, 1.0 + i, 0.0001, next});
                fake.funding.put("T" + i + "USDT", events(true));
            }
        }
        return measure(fake, fake.requests::size, book(tokens),
                (r, server, kit) -> new BinanceSource(r, LiveKit.feed(), kit.options(server, NOW)));
    }

    static Count bybit(int tokens) throws Exception {
        FakeBybit fake = new FakeBybit(NOW);
        fake.spot.put("BTCUSDT", 97000.5);
        fake.spot.put("ETHUSDT", 2650.25);
        long next = NOW.plus(Duration.ofHours(4)).toEpochMilli();
        for (int i = 0; i < tokens; i++) {
            fake.spot.put("T" + i + "USDT", 1.0 + i);
            if (i % 10 == 0) {
                fake.linear.put("T" + i + "USDT", new double[] {1.0 + i, 1.0 + i, 0.0001, next, 8});
                fake.funding.put("T" + i + "USDT", events(false));
            }
        }
        return measure(fake, fake.requests::size, book(tokens),
                (r, server, kit) -> new BybitSource(r, LiveKit.feed(), kit.options(server, NOW)));
    }

    public static void main(String[] args) throws Exception {
        System.out.println("# requests to a loopback exchange; books with one perpetual per ten tokens");
        report("binance", RequestsPerPoll::binance);
        report("bybit", RequestsPerPoll::bybit);
    }

    private static void report(String name, Exchange exchange) throws Exception {
        List<Count> counts = new ArrayList<>();
        for (int n : SIZES) {
            counts.add(exchange.run(n));
        }
        String perPoll = String.join(" / ", counts.stream().map(c -> String.valueOf(c.perPoll())).toList());
        String atStart = String.join(" / ", counts.stream().map(c -> String.valueOf(c.atStart())).toList());
        boolean flat = counts.stream().allMatch(c -> c.perPoll() == counts.get(0).perPoll());
        System.out.println(name + "=" + perPoll);
        System.out.println(name + ".start=" + atStart);
        System.out.println(name + ".met=" + (flat ? "yes" : "NO"));
    }
}
