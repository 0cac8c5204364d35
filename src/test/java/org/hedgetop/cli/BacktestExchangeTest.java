package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.hedgetop.market.LiveKit;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hedgetop backtest} of a Binance book against loopback Binance: the first run fetches (5 requests, by hand
 * below), prints progress on stderr and caches under {@code $XDG_CACHE_HOME/hedgetop/history}; the second sends
 * none and prints the same report.
 *
 * <p>Window 3 at 1d: look-back max((2 x 3 + 3) days, (30 + 2) days) = 32 days before 2026-01-01 = 2025-11-30.
 * Daily candles 2025-11-29 .. 2026-01-04 (37, one page) for SOL, BTC and ETH: 3 requests; hourly marks
 * 2025-11-29T23:00 .. 2026-01-04T23:00 (36 x 24 + 1 = 865, one page of 1,500): 1; funding forward from 2025-11-30
 * to the venue's now 2026-02-10T12:00 (72 x 3 + 2 = 218 events, one page of 1,000): 1.
 */
class BacktestExchangeTest {
    static final Instant NOW = Instant.parse("2026-02-10T12:00:30Z");
    static final String BOOK = """
            name: venue
            feed: {source: binance, interval: 1d, window: 3}
            holdings:
              - {token: SOL, units: 100}
            hedges:
              - id: sol-perp
                covers: [SOL]
                instrument: SOLUSDT
                contract_size: 1
                target_pct: 100
            """;

    @TempDir
    Path dir;
    final LiveKit kit = new LiveKit();
    MockWebServer server;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        FakeBinance fake = new FakeBinance(NOW);
        List.of("SOLUSDT", "BTCUSDT", "ETHUSDT").forEach(s -> fake.spot.put(s, 100.0));
        fake.contracts.put("SOLUSDT", new double[] {100, 100, 0.0001, NOW.toEpochMilli() + 8 * FakeBinance.HOUR});
        List<double[]> events = new ArrayList<>();
        for (Instant t = Instant.parse("2025-06-01T00:00:00Z"); !t.isAfter(NOW); t = t.plus(Duration.ofHours(8))) {
            events.add(new double[] {t.toEpochMilli(), 0.0001, Double.NaN});
        }
        fake.funding.put("SOLUSDT", events);
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
        Files.writeString(dir.resolve("book.yaml"), BOOK);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        BacktestCommand command = new BacktestCommand();
        command.env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        command.liveOptions = progress -> kit.options(server, NOW);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void fetchesOnceThenRunsFromTheCache() throws Exception {
        String[] args = {dir.resolve("book.yaml").toString(), "--from", "2026-01-01", "--to", "2026-01-05",
                "--rebalance", "every", "--format", "json"};
        assertThat(run(args)).as(err.toString()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(err.toString()).contains(
                "hedgetop: binance: history [####................] 1/5 SOLUSDT spot 1d: 1 request\n",
                "hedgetop: binance: history [####################] 5/5 SOLUSDT funding settled: 1 request\n",
                "hedgetop: binance history: 5 requests\n");
        String first = out.toString();
        JsonNode book = new ObjectMapper().readTree(first).get("book");
        // 100 SOL from the close at 2026-01-01 (the daily candle of 2025-12-31) to 2026-01-05 (that of 01-04)
        double s0 = FakeBinance.close("SOLUSDT", Instant.parse("2025-12-31T00:00:00Z").toEpochMilli());
        double s4 = FakeBinance.close("SOLUSDT", Instant.parse("2026-01-04T00:00:00Z").toEpochMilli());
        assertThat(book.get("spot_pnl").asDouble()).isCloseTo(100 * (s4 - s0), within(1e-9));
        assertThat(book.get("trades").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(dir.resolve("cache/hedgetop/history/binance/SOLUSDT-mark-1h.csv")).isRegularFile();

        assertThat(run(args)).as(err.toString()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(5); // the second run: not one request
        assertThat(err.toString()).contains("1/5 SOLUSDT spot 1d: cached", "hedgetop: binance history: 0 requests");
        assertThat(out.toString()).isEqualTo(first);
    }
}
