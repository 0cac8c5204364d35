package org.hedgetop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.hedgetop.book.AccountSpec;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every path a secret takes - environment and key file, good and wrong secrets, refused keys, a
 * too-open key file - with all logging on into a file and stdout/stderr captured, then searches every
 * output for the secrets: messages, stack traces, toString of everything returned, the log file, every
 * file written, and every byte sent to the venues.
 */
class SecretLeakTest {
    static final String BINANCE_KEY = "binanceKeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    static final String BINANCE_SECRET = "S3cretBinance9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa998877";
    static final String BYBIT_KEY = "bybitKeyBBBBBBBBBB";
    static final String BYBIT_SECRET = "S3cretBybit0a1b2c3d4e5f60718293a4b5c6d7e8";
    static final String WRONG = "S3cretWrong112233445566778899aabbccddeeff00112233445566778899aa";

    @TempDir
    Path dir;

    final List<String> outputs = new ArrayList<>();

    void keep(Object o) {
        outputs.add(String.valueOf(o));
    }

    void keep(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        outputs.add(t.getMessage());
        outputs.add(w.toString());
    }

    AccountSpec spec(String venue, Optional<String> keyFile, boolean allow) {
        return new AccountSpec(venue, Optional.empty(), 60, keyFile, allow, new SourcePos(1, 1));
    }

    @Test
    void noSecretAppearsInAnyOutput() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Path keyFile = home.resolve("bybit.key");
        Files.writeString(keyFile, BYBIT_KEY + "\n" + BYBIT_SECRET + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Path openFile = home.resolve("open.key");
        Files.writeString(openFile, BYBIT_KEY + "\n" + BYBIT_SECRET + "\n");
        Files.setPosixFilePermissions(openFile, PosixFilePermissions.fromString("rw-r--r--"));
        Path logFile = dir.resolve("hedgetop.log");

        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        FileHandler handler = new FileHandler(logFile.toString());
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        List<RecordedRequest> sent = new ArrayList<>();
        try (MockWebServer binance = new MockWebServer(); MockWebServer bybit = new MockWebServer()) {
            FakeBinanceAccount fb = new FakeBinanceAccount(BINANCE_KEY, BINANCE_SECRET, AccountKit.NOW.toEpochMilli());
            binance.setDispatcher(fb);
            binance.start();
            FakeBybitAccount fy = new FakeBybitAccount(BYBIT_KEY, BYBIT_SECRET, AccountKit.NOW.toEpochMilli());
            bybit.setDispatcher(fy);
            bybit.start();
            Map<String, String> envB = Map.of("HEDGETOP_BINANCE_API_KEY", BINANCE_KEY, "HEDGETOP_BINANCE_API_SECRET",
                    BINANCE_SECRET);

            // good key from the environment: every read
            Accounts.Checked b = Accounts.openChecked(spec("binance", Optional.empty(), false), FeedSpec.DEFAULT,
                    Optional.empty(), home, AccountKit.options(binance, AccountKit.NOW, envB));
            keep(b);
            keep(b.account().positions());
            keep(b.account().funding("SOLUSDT", AccountKit.NOW.minus(Duration.ofDays(3)), AccountKit.NOW));
            keep(b.account().trades("SOLUSDT", AccountKit.NOW.minus(Duration.ofDays(3)), AccountKit.NOW));
            // wrong secret, trading key, withdraw key
            keep(catchThrowableOfType(AccountException.class, () -> Accounts.openChecked(spec("binance",
                    Optional.empty(), false), FeedSpec.DEFAULT, Optional.empty(), home, AccountKit.options(binance,
                    AccountKit.NOW, Map.of("HEDGETOP_BINANCE_API_KEY", BINANCE_KEY, "HEDGETOP_BINANCE_API_SECRET",
                            WRONG)))));
            fb.restrictions = AccountKit.resource("binance/apiRestrictions-withdraw.json");
            keep(catchThrowableOfType(AccountException.class, () -> Accounts.openChecked(spec("binance",
                    Optional.empty(), true), FeedSpec.DEFAULT, Optional.empty(), home,
                    AccountKit.options(binance, AccountKit.NOW, envB))));

            // key file: good, then too open, then a trading key
            Accounts.Checked y = Accounts.openChecked(spec("bybit", Optional.of("~/bybit.key"), false),
                    FeedSpec.DEFAULT, Optional.empty(), home, AccountKit.options(bybit, AccountKit.NOW, Map.of()));
            keep(y);
            keep(y.account().positions());
            keep(y.account().funding("SOLUSDT", AccountKit.NOW.minus(Duration.ofDays(3)), AccountKit.NOW));
            keep(catchThrowableOfType(AccountException.class, () -> Accounts.openChecked(spec("bybit",
                    Optional.of("~/open.key"), false), FeedSpec.DEFAULT, Optional.empty(), home,
                    AccountKit.options(bybit, AccountKit.NOW, Map.of()))));
            fy.queryApi = AccountKit.resource("bybit/query-api-trade.json");
            keep(catchThrowableOfType(AccountException.class, () -> Accounts.openChecked(spec("bybit",
                    Optional.of("~/bybit.key"), false), FeedSpec.DEFAULT, Optional.empty(), home,
                    AccountKit.options(bybit, AccountKit.NOW, Map.of()))));
            keep(Credentials.load(spec("bybit", Optional.of("~/bybit.key"), false), Map.of(), Optional.empty(), home));
            sent.addAll(fb.recorded);
            sent.addAll(fy.recorded);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
            handler.close();
        }
        outputs.add(captured.toString(StandardCharsets.UTF_8));
        String log = Files.readString(logFile);
        outputs.add(log);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.equals(keyFile) && !f.equals(openFile)) {
                    outputs.add(f + ": " + Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
        }
        for (RecordedRequest r : sent) {
            outputs.add(r.getRequestLine() + "\n" + r.getHeaders() + "\n" + (r.getBody() == null ? ""
                    : r.getBody().utf8()));
        }

        // the test can fail: the log has the refusals, the outputs hold the reads
        assertThat(log).contains("binance account refused").contains("bybit account: key from key file");
        assertThat(String.join("\n", outputs)).contains("SOLUSDT").contains("-1022").contains("Permissions 0644");
        assertThat(sent).hasSizeGreaterThan(8);
        for (String secret : List.of(BINANCE_SECRET, BYBIT_SECRET, WRONG)) {
            for (String o : outputs) {
                assertThat(o).doesNotContain(secret).doesNotContain(secret.substring(0, 16))
                        .doesNotContain(secret.substring(secret.length() - 16));
            }
        }
    }
}
