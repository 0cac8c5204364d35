package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.HedgeType;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.exchange.binance.FakeBinance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a person runs it: {@code report portfolios/binance.yaml --record} against a
 * Binance on loopback (URL variables), then {@code report} on a replay of that recording, at the same
 * time, must print the same numbers.
 */
class LiveReportIT {
    static final Instant AT = Instant.parse("2026-11-24T12:00:30Z");

    record Run(int code, String out, String err) {
    }

    static Run jar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("hedgetop.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.toLowerCase().endsWith("_proxy") || k.startsWith("HEDGETOP_"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("hedgetop-out", ".txt");
        Path err = Files.createTempFile("hedgetop-err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    static FakeBinance market(Book book) {
        FakeBinance fake = new FakeBinance(AT);
        MarketRequest request = MarketRequest.of(book);
        int k = 0;
        for (String symbol : request.spotSymbols().values()) {
            fake.spot.put(symbol, 3.5 + 11.25 * k++);
        }
        for (MarketRequest.Instrument i : request.instruments()) {
            double spot = fake.spot.get(request.spotSymbols().get(i.underlying()));
            fake.contracts.put(i.symbol(), new double[] {spot * 1.002, spot, 0.00011,
                    Instant.parse("2026-11-24T16:00:00Z").toEpochMilli()});
            if (i.type() == HedgeType.PERPETUAL && i.fundingSince().isPresent()) {
                List<double[]> events = new ArrayList<>();
                int n = 0;
                for (Instant t = i.fundingSince().get(); !t.isAfter(AT); t = t.plus(Duration.ofHours(8)), n++) {
                    events.add(new double[] {t.toEpochMilli(), 0.0001 * (n % 5 - 1), spot * (1 + 0.001 * (n % 7))});
                }
                fake.funding.put(i.symbol(), events);
            }
        }
        return fake;
    }

    @Test
    void aLiveReportEqualsTheReplayOfItsRecording(@TempDir Path dir) throws Exception {
        Path bookFile = Path.of("portfolios/binance.yaml");
        FakeBinance fake = market(BookLoader.load(bookFile));
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            String base = server.url("/").toString();
            Path csv = dir.resolve("recorded.csv");

            Run live = jar(Map.of("HEDGETOP_SPOT_URL", base, "HEDGETOP_FUTURES_URL", base),
                    "report", bookFile.toString(), "--format", "json", "--at", AT.toString(), "--record", csv.toString());
            assertThat(live.code()).as(live.err()).isZero();
            assertThat(live.err()).contains("hedgetop: binance: history");

            String text = Files.readString(bookFile, StandardCharsets.UTF_8)
                    .replace("  source: binance", "  source: replay\n  file: recorded.csv");
            Path replayBook = dir.resolve("replay.yaml");
            Files.writeString(replayBook, text);
            Run replay = jar(Map.of(), "report", replayBook.toString(), "--format", "json", "--at", AT.toString());
            assertThat(replay.code()).as(replay.err()).isZero();

            ObjectMapper json = new ObjectMapper();
            JsonNode liveReport = json.readTree(live.out());
            for (JsonNode h : liveReport.get("hedges")) {
                // what the exchange announced, which the replay cannot know
                assertThat(h.get("funding_rate").asDouble()).isEqualTo(0.00011);
                assertThat(h.get("next_funding_time").asText()).isEqualTo("2026-11-24T16:00:00Z");
            }
            JsonNode a = comparable(liveReport);
            JsonNode b = comparable(json.readTree(replay.out()));
            assertThat(a.get("hedges").size()).isEqualTo(4);
            assertThat(a.get("tokens").get(0).get("price").asDouble()).isPositive();
            assertThat(b).isEqualTo(a);
        }
    }

    /**
     * Drops what only a live feed knows and a replay file cannot carry: the source's name, and the
     * funding fields derived from the exchange's current (predicted) rate and announced next settlement;
     * a replay knows only settled rates. Accrued funding, which uses the settled events, stays in.
     */
    static JsonNode comparable(JsonNode report) {
        ObjectNode r = report.deepCopy();
        r.remove("source");
        for (JsonNode h : r.get("hedges")) {
            ((ObjectNode) h).remove(List.of("funding_rate", "funding_apr_pct", "next_funding_time",
                    "funding_carry_per_year"));
        }
        return r;
    }
}
