package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.hedgetop.book.Book;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Interval;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.live.LiveOptions;

/**
 * The real HTTP stack under faults: a {@link BinanceSource} against a {@link MockExchange} on loopback that
 * answers each probe with the next fault of a rotation (an outage lasts several probes, i.e. hours of
 * simulated time). Each probe must give a sane snapshot or a {@link MarketException} with a printable
 * message. Loopback requests cost tens of milliseconds here, so the soak probes once per simulated hour,
 * with daily candles (a handful of requests per probe), while the fast fault-injecting source takes every
 * 5-second poll.
 */
final class HttpProbe implements AutoCloseable {
    private static final List<MockExchange.Fault> ROTATION = rotation();
    private MockWebServer server = new MockWebServer();
    private final MockExchange exchange;
    private final BinanceSource source;
    private final FakeClock clock;
    final OkHttpClient client;
    final Map<MockExchange.Fault, int[]> outcomes = new EnumMap<>(MockExchange.Fault.class);
    private volatile MockExchange.Fault fault = MockExchange.Fault.NONE;
    private int probes;

    HttpProbe(Book book, FakeClock clock) throws Exception {
        this.clock = clock;
        MarketRequest request = MarketRequest.of(book);
        exchange = new MockExchange(clock::instant, new ArrayList<>(request.spotSymbols().values()),
                request.instruments().stream().map(MarketRequest.Instrument::symbol).toList());
        exchange.hostile = true;
        exchange.faults = url -> fault;
        server.setDispatcher(exchange);
        server.start();
        String url = server.url("/").toString();
        FeedSpec f = book.feed();
        FeedSpec feed = new FeedSpec("binance", f.pollSeconds(), Interval.D1, f.window(), f.file(), f.seed(),
                Optional.of(url), Optional.of(url));
        request = MarketRequest.of(new Book(book.file(), book.name(), book.quote(), feed, book.holdings(), book.hedges(),
                book.settings()));
        client = HttpClients.build(new HttpClients.Timeouts(Duration.ofMillis(300), Duration.ofMillis(300),
                Duration.ofSeconds(3)), Map.of());
        LiveOptions options = new LiveOptions(client, Map.of(), message -> LoaderVerdict.assertPrintable(message,
                "progress"), d -> { }, new Random(7), RetryPolicy.DEFAULT, HttpClients.MAX_BODY_BYTES, clock);
        source = new BinanceSource(request, feed, options);
    }

    /** Each fault once, then a three-hour outage (one probe an hour), then clean probes: 15 hours. */
    private static List<MockExchange.Fault> rotation() {
        List<MockExchange.Fault> r = new ArrayList<>(List.of(MockExchange.Fault.values()));
        r.add(MockExchange.Fault.OUTAGE);
        r.add(MockExchange.Fault.OUTAGE);
        r.addAll(List.of(MockExchange.Fault.NONE, MockExchange.Fault.NONE, MockExchange.Fault.NONE));
        return r;
    }

    /** One poll through the next fault; returns whether it gave a snapshot. */
    boolean probe() throws Exception {
        if (probes > 0 && probes % ROTATION.size() == 0) {
            dropConnections();
        }
        return probe(ROTATION.get(probes++ % ROTATION.size()));
    }

    /**
     * The exchange drops every connection it holds (a fault of its own: pooled connections die).
     * MockWebServer keeps the sockets of connections whose client gave up during a stall until it closes;
     * without this the soak would count the mock's sockets, not hedgetop's. Reflection, because the mock
     * offers no other way to let go of them short of closing.
     */
    @SuppressWarnings("unchecked")
    void dropConnections() throws Exception {
        java.lang.reflect.Field f = MockWebServer.class.getDeclaredField("openClientSockets");
        f.setAccessible(true);
        for (java.net.Socket socket : List.copyOf((java.util.Set<java.net.Socket>) f.get(server))) {
            socket.close();
        }
    }

    boolean probe(MockExchange.Fault next) throws InterruptedException {
        fault = next;
        // the mock keeps every request it saw: drain them, or the soak would measure the mock's memory
        while (server.takeRequest(0, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
            // dropped
        }
        int[] counts = outcomes.computeIfAbsent(fault, f -> new int[2]);
        try {
            MarketSnapshot s = source.poll(clock.instant());
            s.spot().values().forEach(p -> assertThat(p).as("spot after %s", fault).isFinite().isPositive());
            s.futures().values().forEach(q -> assertThat(q.mark()).as("mark after %s", fault).isFinite().isPositive());
            s.status().values().forEach(st -> LoaderVerdict.assertPrintable(st.message(), "status after " + fault));
            LoaderVerdict.assertPrintable(s.sourceHealth(), "health after " + fault);
            counts[0]++;
            return true;
        } catch (MarketException e) {
            assertThat(e.getMessage()).isNotBlank();
            LoaderVerdict.assertPrintable(e.getMessage(), "failure after " + fault);
            counts[1]++;
            return false;
        }
    }

    int connections() {
        return client.connectionPool().connectionCount();
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        outcomes.forEach((f, c) -> out.append(f).append(": ").append(c[0]).append(" snapshots, ").append(c[1])
                .append(" failures; "));
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        source.close();
        server.close();
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
    }
}
