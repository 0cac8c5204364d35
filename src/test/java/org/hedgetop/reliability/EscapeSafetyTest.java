package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.hedgetop.cli.Hedgetop;
import org.hedgetop.text.Safe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape sequences from a book or an exchange never reach the terminal: {@code ESC ] 0 ; ... BEL} (set
 * the window title), {@code ESC [ 2 J} (clear the screen), U+009B (a one-byte CSI) and U+202E (reverse
 * the text that follows). Every byte hedgetop prints is checked, not just the spots where the hostile
 * text was expected to land.
 */
class EscapeSafetyTest {
    static final Instant AT = Instant.parse("2026-11-24T12:00:30Z");
    @TempDir
    Path dir;
    private MockWebServer server;
    private MockExchange exchange;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run hedgetop(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Hedgetop.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Nothing a terminal would act on: only printable characters and line feeds. */
    static void assertNoEscapes(String output, String what) {
        for (String seq : MockExchange.ESCAPES) {
            assertThat(output).as(what).doesNotContain(seq);
        }
        output.codePoints().forEach(cp -> assertThat(cp != '\n' && Safe.isUnsafe(cp))
                .as("U+%04X in the output of %s:%n%s", cp, what, output).isFalse());
    }

    @BeforeEach
    void start() throws Exception {
        exchange = new MockExchange(() -> AT, List.of("SOLUSDT", "ETHUSDT", "BTCUSDT"), List.of("SOLUSDT"));
        exchange.hostile = true;
        server = new MockWebServer();
        server.setDispatcher(exchange);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Path liveBook() throws Exception {
        String url = server.url("/").toString();
        Path book = dir.resolve("live.yaml");
        Files.writeString(book, "name: Escapes\nfeed: {source: binance, window: 5, spot_url: \"" + url
                + "\", futures_url: \"" + url + "\"}\nholdings:\n  - {token: SOL, units: 1000}\n  - {token: ETH, units: 10}\n"
                + "hedges:\n  - {covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: -900,"
                + " opened: 2026-11-01T00:00:00Z}\n");
        return book;
    }

    @Test
    void aHostileExchangeNeverReachesTheTextReport() throws Exception {
        Run run = hedgetop("report", liveBook().toString(), "--at", AT.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("SOL").contains("Escapes");
        assertNoEscapes(run.all(), "report --format text");
        // the hostile message did arrive (the ETH history failed with it) and was shown defused
        assertThat(run.all()).contains("?]0;pwned?");
    }

    @Test
    void aHostileExchangeNeverReachesTheJsonReport() throws Exception {
        Run run = hedgetop("report", liveBook().toString(), "--at", AT.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertNoEscapes(run.all(), "report --format json");
        // a script that prints a JSON string gets the decoded text: that must be clean too
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("portfolio").asText()).isEqualTo("Escapes");
        assertDecodedTextIsSafe(root);
    }

    private static void assertDecodedTextIsSafe(JsonNode node) {
        if (node.isTextual()) {
            assertNoEscapes(node.asText(), "a JSON string");
        }
        node.fieldNames().forEachRemaining(name -> assertNoEscapes(name, "a JSON key"));
        node.elements().forEachRemaining(EscapeSafetyTest::assertDecodedTextIsSafe);
    }

    @Test
    void aBookWithEscapesInItsNamesIsRefusedWithoutEchoingThem() throws Exception {
        for (String seq : MockExchange.ESCAPES) {
            for (String field : List.of("name", "token", "sector", "instrument")) {
                String yaml = "name: Book\nholdings:\n  - {token: SOL, units: 1, sector: L1}\n"
                        + "hedges: [{covers: [SOL], instrument: SOLUSDT, contract_size: 1}]\n";
                String value = field.equals("name") ? "Book" : field.equals("token") ? "SOL" : field.equals("sector") ? "L1" : "SOLUSDT";
                // both as raw characters and as YAML escapes inside double quotes
                for (String written : List.of("S" + seq + "X", "\"S" + MockExchange.jsonEscaped(seq) + "X\"")) {
                    Path book = dir.resolve("book.yaml");
                    Files.writeString(book, yaml.replaceFirst(field + ": " + value, field + ": "
                            + java.util.regex.Matcher.quoteReplacement(written)));
                    for (String command : List.of("check", "report")) {
                        Run run = hedgetop(command, book.toString());
                        assertThat(run.code()).as("%s %s in %s", command, seq, field).isEqualTo(Hedgetop.BAD_INPUT);
                        assertThat(run.err()).contains("book.yaml:");
                        assertNoEscapes(run.all(), command + " of a book with an escape in " + field);
                    }
                }
            }
        }
    }
}
