package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.live.LiveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code report} on a book with account: the key checked first, the exchange's figures per hedge. */
class ReportAccountTest {
    static final String KEY = "reportKey0001";
    static final String SECRET = "reportSecret00000000000000000000000001";
    static final String BOOK = """
            name: account book
            holdings:
              - {token: SOL, units: 2000}
              - {token: AVAX, units: 100}
            hedges:
              - {instrument: SOLUSDT, covers: [SOL], contract_size: 1, position: -1200, entry_price: 150,
                 opened: 2026-11-20T00:00:00Z}
              - {instrument: AVAXUSDT, covers: [AVAX], contract_size: 1, position: -10, entry_price: 30}
            account:
              venue: binance
            """;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(LiveOptions options, String... args) {
        ReportCommand report = new ReportCommand();
        report.accountOptions = options;
        CommandLine cli = new CommandLine(report);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    static String hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal signed Binance: time, a read-only key, a SOL short of 1200 and no AVAX position. */
    static final class Binance extends Dispatcher {
        final long now = Instant.now().toEpochMilli();
        volatile String restrictions = "{\"enableReading\":true,\"enableWithdrawals\":false,\"enableFutures\":false}";

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getUrl().encodedPath();
            if (path.equals("/fapi/v1/time")) {
                return json("{\"serverTime\":" + now + "}");
            }
            String q = r.getTarget().substring(r.getTarget().indexOf('?') + 1);
            int at = q.lastIndexOf("&signature=");
            if (!KEY.equals(r.getHeaders().get("X-MBX-APIKEY")) || !hmac(q.substring(0, at)).equals(q.substring(at + 11))) {
                return new MockResponse.Builder().code(400).body("{\"code\":-1022,\"msg\":\"Signature for this "
                        + "request is not valid.\"}").build();
            }
            return switch (path) {
                case "/sapi/v1/account/apiRestrictions" -> json(restrictions);
                case "/fapi/v3/positionRisk" -> json("[{\"symbol\":\"SOLUSDT\",\"positionSide\":\"BOTH\","
                        + "\"positionAmt\":\"-1200\",\"entryPrice\":\"142.35\",\"liquidationPrice\":\"171.93\"}]");
                case "/fapi/v1/income" -> json("[{\"symbol\":\"SOLUSDT\",\"incomeType\":\"FUNDING_FEE\",\"income\":"
                        + "\"12.5\",\"asset\":\"USDT\",\"time\":1795564800000,\"tranId\":1,\"tradeId\":\"\"}]");
                default -> new MockResponse.Builder().code(404).build();
            };
        }

        static MockResponse json(String body) {
            return new MockResponse.Builder().code(200).body(body).build();
        }
    }

    LiveOptions options(MockWebServer server, long serverNow) {
        String base = server.url("/").toString();
        return new LiveOptions(HttpClients.build(new HttpClients.Timeouts(Duration.ofMillis(500),
                Duration.ofMillis(400), Duration.ofSeconds(2)), Map.of()), Map.of("HEDGETOP_SPOT_URL", base,
                "HEDGETOP_FUTURES_URL", base, "HEDGETOP_BINANCE_API_KEY", KEY, "HEDGETOP_BINANCE_API_SECRET", SECRET),
                m -> { }, d -> { }, new Random(1), new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)),
                1 << 20, Clock.fixed(Instant.ofEpochMilli(serverNow), ZoneOffset.UTC));
    }

    @Test
    void theJsonReportCarriesTheExchangesFiguresAndAMismatchAlert() throws Exception {
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, BOOK);
        Binance fake = new Binance();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            assertThat(run(options(server, fake.now), book.toString(), "--format", "json")).isZero();
        }
        JsonNode r = JsonMapper.builder().build().readTree(out.toString());
        JsonNode sol = r.path("hedges").get(0);
        assertThat(sol.path("exchange_position").asDouble()).isEqualTo(-1200);
        assertThat(sol.path("exchange_entry_price").asDouble()).isEqualTo(142.35);
        assertThat(sol.path("exchange_liquidation_price").asDouble()).isEqualTo(171.93);
        assertThat(sol.path("exchange_funding").asDouble()).isEqualTo(12.5);
        assertThat(sol.path("exchange_funding_since").isNull()).isTrue();
        assertThat(sol.path("reconciled").asBoolean()).isTrue();
        JsonNode avax = r.path("hedges").get(1);
        assertThat(avax.path("exchange_position").asDouble()).isZero();
        assertThat(avax.path("exchange_funding").isNull()).isTrue(); // no first fill
        assertThat(avax.path("reconciled").asBoolean()).isFalse();
        assertThat(r.path("alerts").toString()).contains("{\"kind\":\"position_mismatch\",\"flags\":[\"position_mismatch\",\"drift\"],"
                + "\"subject\":\"AVAXUSDT\",\"message\":\"the book holds -10 contracts of AVAXUSDT, the exchange 0; "
                + "coverage 10.0 % vs target 100 % (tolerance 5 %); sell 90 contracts\"}");
        assertThat(out.toString() + err).doesNotContain(SECRET);
    }

    @Test
    void aTradingKeyStopsTheReportBeforeAnyMarketData() throws Exception {
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, BOOK.replace("name: account book\n", "name: account book\nfeed: {source: binance}\n"));
        Binance fake = new Binance();
        fake.restrictions = "{\"enableReading\":true,\"enableWithdrawals\":false,\"enableFutures\":true}";
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            assertThat(run(options(server, fake.now), book.toString())).isEqualTo(2);
            assertThat(server.getRequestCount()).isEqualTo(2); // time and apiRestrictions; no market data
        }
        assertThat(err.toString()).contains("hedgetop: account: refused: the binance key from "
                + "HEDGETOP_BINANCE_API_KEY can trade (enableFutures)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aKeyFileOthersCanReadStopsTheReport() throws Exception {
        Path key = dir.resolve("b.key");
        Files.writeString(key, KEY + "\n" + SECRET + "\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, BOOK + "  key_file: b.key\n");
        assertThat(run(null, book.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("hedgetop: account: Permissions 0644 for 'b.key' are too open");
        assertThat(err.toString()).doesNotContain(SECRET);
    }

    @Test
    void withAtTheAccountIsNotRead() throws Exception {
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, BOOK + "  key_file: /nonexistent/b.key\n");
        assertThat(run(null, book.toString(), "--at", "2026-11-25", "--format", "json")).isZero();
        assertThat(out.toString()).doesNotContain("exchange_position");
    }

    @Test
    void theTextReportHasAnExchangeAccountTable() throws Exception {
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, BOOK);
        Binance fake = new Binance();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            assertThat(run(options(server, fake.now), book.toString())).isZero();
        }
        String text = out.toString();
        assertThat(text).contains("EXCHANGE ACCOUNT");
        assertThat(text.lines().filter(l -> l.startsWith("SOLUSDT ")).toList()).last().asString()
                .matches("SOLUSDT +-1200 +-1200 +142\\.35 +171\\.93 +12\\.50 +yes");
        assertThat(text).contains("position_mismatch  AVAXUSDT  [position_mismatch,drift]  the book holds -10 contracts of AVAXUSDT, "
                + "the exchange 0; coverage 10.0 % vs target 100 % (tolerance 5 %); sell 90 contracts");
    }
}
