package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.hedgetop.account.AccountKit;
import org.hedgetop.account.FakeBinanceAccount;
import org.hedgetop.account.FakeBinanceAccount.Trade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret-leak search of {@code account.SecretLeakTest} over {@code hedgetop sync}: a dry run, a sync that
 * writes the book (and its .bak and temporary file), a wrong secret and a refused key, with all logging on
 * into a file; then stdout, stderr, the log, every file in the folder and every request sent are searched.
 */
class SyncSecretLeakTest {
    static final String KEY = "syncLeakKeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    static final String SECRET = "S3cretSyncLeak9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa998877";
    static final String WRONG = "S3cretSyncWrong2233445566778899aabbccddeeff00112233445566778899aa";

    @TempDir
    Path dir;

    @Test
    void syncNeverShowsTheSecret() throws Exception {
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, SyncCommandTest.BOOK);
        Path logFile = dir.resolve("hedgetop.log");
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        FileHandler handler = new FileHandler(logFile.toString());
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Integer> codes = new ArrayList<>();
        List<RecordedRequest> sent;
        try (MockWebServer server = new MockWebServer()) {
            FakeBinanceAccount fake = new FakeBinanceAccount(KEY, SECRET, AccountKit.NOW.toEpochMilli());
            fake.trades.add(new Trade("SOLUSDT", 5002, Instant.parse("2026-11-20T00:00:00.500Z").toEpochMilli(),
                    "SELL", "300", "140.5", "0.0843"));
            server.setDispatcher(fake);
            server.start();
            for (String[] run : List.of(new String[] {SECRET, "--dry-run"}, new String[] {SECRET, null},
                    new String[] {WRONG, null})) {
                codes.add(run(server, run[0], run[1], book, out, err));
            }
            fake.restrictions = AccountKit.resource("binance/apiRestrictions-withdraw.json");
            codes.add(run(server, SECRET, null, book, out, err));
            sent = List.copyOf(fake.recorded);
        } finally {
            root.removeHandler(handler);
            root.setLevel(rootLevel);
            handler.close();
        }
        List<String> outputs = new ArrayList<>(List.of(out.toString(), err.toString(), Files.readString(logFile)));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                outputs.add(f + ": " + Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        for (RecordedRequest r : sent) {
            outputs.add(r.getRequestLine() + "\n" + r.getHeaders());
        }

        // the test can fail: each run did what it should, and said so
        assertThat(codes).containsExactly(0, 0, 2, 2);
        assertThat(out.toString()).contains("dry run:").contains("saved book.yaml");
        assertThat(err.toString()).contains("-1022").contains("withdraw");
        assertThat(Files.readString(book)).contains("id: \"5002\"");
        for (String secret : List.of(SECRET, WRONG)) {
            for (String o : outputs) {
                assertThat(o).doesNotContain(secret).doesNotContain(secret.substring(0, 16))
                        .doesNotContain(secret.substring(secret.length() - 16));
            }
        }
    }

    private static int run(MockWebServer server, String secret, String flag, Path book, StringWriter out,
                           StringWriter err) {
        SyncCommand sync = new SyncCommand();
        sync.accountOptions = AccountKit.options(server, AccountKit.NOW, Map.of("HEDGETOP_BINANCE_API_KEY", KEY,
                "HEDGETOP_BINANCE_API_SECRET", secret));
        picocli.CommandLine cli = new picocli.CommandLine(sync);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return flag == null ? cli.execute(book.toString()) : cli.execute(book.toString(), flag);
    }
}
