package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.hedgetop.account.AccountKit;
import org.hedgetop.account.FakeBinanceAccount;
import org.hedgetop.account.FakeBinanceAccount.Trade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hedgetop sync} against a Binance stand-in that verifies every signature with the test's secret: the
 * file checked byte for byte after the sync, comments kept.
 */
class SyncCommandTest {
    static final String KEY = "syncKey000000000001";
    static final String SECRET = "syncSecret0000000000000000000000000001";
    static final Instant NOW = AccountKit.NOW; // 2026-11-30T12:00:00Z; Binance keeps trades from 2026-06-03T12:00Z

    static final String BOOK = """
            # my book
            holdings:
              - {token: SOL, units: 2000}
            hedges:
              - id: sol-perp
                instrument: SOLUSDT
                covers: [SOL]
                contract_size: 1
                fills:                  # oldest first
                  - {time: 2026-01-10T00:00:00Z, contracts: -500, price: 180}   # before the venue's history
                  - {time: 2026-11-20T00:00:00Z, contracts: -500, price: 140}   # typed from memory
                  - {time: 2026-11-21T00:00:00Z, contracts: -200, price: 141, id: "5001"}
                leverage: 4
            account:
              venue: binance            # read-only key in the environment
            """;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final FakeBinanceAccount fake = new FakeBinanceAccount(KEY, SECRET, NOW.toEpochMilli());
    final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(fake);
        server.start();
        long order = Instant.parse("2026-11-20T00:00:00.500Z").toEpochMilli();
        fake.trades.add(new Trade("SOLUSDT", 5001, Instant.parse("2026-11-21T00:00:00Z").toEpochMilli(), "SELL", "200",
                "141", "0.0564"));
        // one order filled in two trades: two fills
        fake.trades.add(new Trade("SOLUSDT", 5002, order, "SELL", "300", "140.5", "0.08430"));
        fake.trades.add(new Trade("SOLUSDT", 5003, order, "SELL", "200", "140.4", "0.05616"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    int run(Path file, String... more) {
        SyncCommand sync = new SyncCommand();
        sync.accountOptions = AccountKit.options(server, NOW, Map.of("HEDGETOP_BINANCE_API_KEY", KEY,
                "HEDGETOP_BINANCE_API_SECRET", SECRET));
        CommandLine cli = new CommandLine(sync);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = new String[more.length + 1];
        args[0] = file.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        return cli.execute(args);
    }

    Path write(String text) throws Exception {
        Path file = dir.resolve("book.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void tradesTheLedgerLacksAreAddedAndTypedFillsInsideTheHistoryGo() throws Exception {
        Path file = write(BOOK);

        int code = run(file);

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(file)).isEqualTo("""
                # my book
                holdings:
                  - {token: SOL, units: 2000}
                hedges:
                  - id: sol-perp
                    instrument: SOLUSDT
                    covers: [SOL]
                    contract_size: 1
                    fills:                  # oldest first
                      - {time: 2026-01-10T00:00:00Z, contracts: -500, price: 180}   # before the venue's history
                      - {time: 2026-11-21T00:00:00Z, contracts: -200, price: 141, id: "5001"}
                      - {time: 2026-11-20T00:00:00.500Z, contracts: -300, price: 140.5, fee: 0.0843, id: "5002"}
                      - {time: 2026-11-20T00:00:00.500Z, contracts: -200, price: 140.4, fee: 0.05616, id: "5003"}
                    leverage: 4
                account:
                  venue: binance            # read-only key in the environment
                """);
        assertThat(Files.readString(dir.resolve("book.yaml.bak"))).isEqualTo(BOOK);
        assertThat(out.toString()).isEqualTo("""
                sol-perp: removed {time: 2026-11-20T00:00:00Z, contracts: -500, price: 140}
                sol-perp: added {time: 2026-11-20T00:00:00.500Z, contracts: -300, price: 140.5, fee: 0.0843, id: "5002"}
                sol-perp: added {time: 2026-11-20T00:00:00.500Z, contracts: -200, price: 140.4, fee: 0.05616, id: "5003"}
                sol-perp: 2 added, 1 removed; position -1200 -> -1200 (trades from 2026-06-03T12:00:00Z to 2026-11-30T12:00:00Z)
                saved book.yaml (1 change; previous version in book.yaml.bak)
                """);
        // 2026-06-03T12:00Z to 2026-11-30T12:00Z in 7-day windows: 26, each signed and checked by the stand-in
        assertThat(fake.targets("/fapi/v1/userTrades")).hasSize(26);

        out.getBuffer().setLength(0);
        assertThat(run(file)).isZero();
        assertThat(out.toString()).isEqualTo("sol-perp: agrees with the account (trades from 2026-06-03T12:00:00Z "
                + "to 2026-11-30T12:00:00Z)\n");
    }

    @Test
    void aDryRunPrintsTheSameAndWritesNothing() throws Exception {
        Path file = write(BOOK);

        assertThat(run(file, "--dry-run")).isZero();

        assertThat(Files.readString(file)).isEqualTo(BOOK);
        assertThat(dir.resolve("book.yaml.bak")).doesNotExist();
        assertThat(out.toString()).startsWith("sol-perp: removed {time: 2026-11-20T00:00:00Z, contracts: -500, "
                + "price: 140}\n").endsWith("dry run: " + file + " not written\n");
    }

    @Test
    void aPositionBookBecomesFillsAndItsImpliedFillInsideTheHistoryGoes() throws Exception {
        String text = BOOK.replace("""
                    fills:                  # oldest first
                      - {time: 2026-01-10T00:00:00Z, contracts: -500, price: 180}   # before the venue's history
                      - {time: 2026-11-20T00:00:00Z, contracts: -500, price: 140}   # typed from memory
                      - {time: 2026-11-21T00:00:00Z, contracts: -200, price: 141, id: "5001"}
                """, """
                    position: -700          # short
                    entry_price: 140
                    opened: 2026-11-20T00:00:00Z
                """);
        Path file = write(text);

        assertThat(run(file)).as(err.toString()).isZero();

        assertThat(Files.readString(file)).isEqualTo(BOOK.replace("""
                    fills:                  # oldest first
                      - {time: 2026-01-10T00:00:00Z, contracts: -500, price: 180}   # before the venue's history
                      - {time: 2026-11-20T00:00:00Z, contracts: -500, price: 140}   # typed from memory
                      - {time: 2026-11-21T00:00:00Z, contracts: -200, price: 141, id: "5001"}
                """, """
                    fills:          # short
                      - {time: 2026-11-20T00:00:00.500Z, contracts: -300, price: 140.5, fee: 0.0843, id: "5002"}
                      - {time: 2026-11-20T00:00:00.500Z, contracts: -200, price: 140.4, fee: 0.05616, id: "5003"}
                      - {time: 2026-11-21T00:00:00Z, contracts: -200, price: 141, fee: 0.0564, id: "5001"}
                """));
        assertThat(out.toString()).contains("sol-perp: removed {time: 2026-11-20T00:00:00Z, contracts: -700, price: 140}");
    }

    @Test
    void aTradingKeyIsRefusedBeforeAnyTradeIsRead() throws Exception {
        Path file = write(BOOK);
        fake.restrictions = AccountKit.resource("binance/apiRestrictions-futures.json");

        assertThat(run(file)).isEqualTo(2);

        assertThat(err.toString()).contains("can trade (enableFutures)");
        assertThat(fake.targets("/fapi/v1/userTrades")).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(BOOK);
    }

    @Test
    void twoHedgesOnOneInstrumentAreRefusedAsAWhole() throws Exception {
        String text = BOOK.replace("account:", """
                  - {id: sol-2, instrument: SOLUSDT, covers: [SOL], contract_size: 1, position: 0}
                account:""");
        Path file = write(text);

        assertThat(run(file)).isEqualTo(2);

        assertThat(err.toString()).contains("SOLUSDT is hedged by sol-perp and sol-2: the account's trades do not say "
                + "whose they are; nothing synced");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void aBookWithoutAccountIsBadInput() throws Exception {
        Path file = write(BOOK.substring(0, BOOK.indexOf("account:")));

        assertThat(run(file)).isEqualTo(2);

        assertThat(err.toString()).contains("has no account: section");
    }
}
