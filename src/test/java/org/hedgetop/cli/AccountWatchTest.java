package org.hedgetop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.hedgetop.account.AccountKit;
import org.hedgetop.account.Accounts;
import org.hedgetop.account.FakeBinanceAccount;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.ExchangeColumns;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.Test;

/** The monitor's account reads: positions each time, funding only after a settlement; alerts and the key warning. */
class AccountWatchTest {
    static final String KEY = "watchKey00000000001";
    static final String SECRET = "watchSecret000000000000000000000000001";
    static final Instant NOW = AccountKit.NOW; // 2026-11-30T12:00:00Z

    static final String BOOK = """
            holdings:
              - {token: SOL, units: 2000}
            hedges:
              - id: sol-perp
                instrument: SOLUSDT
                covers: [SOL]
                contract_size: 1
                fills:
                  - {time: 2026-11-20T00:00:00Z, contracts: -1000, price: 150}
                  - {time: 2026-12-05T00:00:00Z, contracts: -200, price: 150}
            account:
              venue: binance
            """;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void positionsEveryReadFundingAfterSettlementsAndTheMismatchJoinsTheView() throws Exception {
        Book book = BookLoader.parse(BOOK, "book.yaml", Optional.empty());
        FakeBinanceAccount fake = new FakeBinanceAccount(KEY, SECRET, NOW.toEpochMilli());
        MovingClock clock = new MovingClock();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            Accounts.Checked checked = Accounts.openChecked(book.account().get(), book.feed(), Optional.empty(),
                    Path.of("/nonexistent"), AccountKit.options(server, NOW, Map.of("HEDGETOP_BINANCE_API_KEY", KEY,
                            "HEDGETOP_BINANCE_API_SECRET", SECRET)));
            try (AccountWatch watch = new AccountWatch(checked, () -> book, clock)) {
                watch.read();
                clock.now = Instant.parse("2026-11-30T12:00:40Z");
                watch.read();
                assertThat(fake.targets("/fapi/v3/positionRisk")).hasSize(2);
                assertThat(fake.targets("/fapi/v1/income")).hasSize(1); // no settlement since 12:00
                clock.now = Instant.parse("2026-11-30T12:01:00Z"); // the 12:00 settlement is posted by now
                watch.read();
                clock.now = Instant.parse("2026-11-30T12:59:59Z");
                watch.read();
                assertThat(fake.targets("/fapi/v3/positionRisk")).hasSize(4);
                assertThat(fake.targets("/fapi/v1/income")).hasSize(2);

                // the ledger at now holds -1000 (the -200 is dated 2026-12-05); the fixture's account -1200
                ExchangeColumns sol = watch.latest().columns().get("sol-perp");
                assertThat(sol.position().getAsDouble()).isEqualTo(-1200);
                assertThat(sol.reconciled()).contains(false);
                RiskView view = watch.apply(new RiskEngine().evaluate(book, MarketSnapshot.empty(NOW, "binance"), NOW),
                        book);
                assertThat(view.alerts()).filteredOn(a -> a.subject().equals("sol-perp"))
                        .singleElement().satisfies(a -> {
                            assertThat(a.flags()).contains(Alert.Kind.POSITION_MISMATCH);
                            assertThat(a.message()).contains("the book holds -1000 contracts of SOLUSDT, the exchange -1200");
                        });
                assertThat(view.sourceHealth()).doesNotStartWith("TRADING KEY");
                // the detail view's figures travel on the view
                assertThat(view.exchange().get("sol-perp").position().getAsDouble()).isEqualTo(-1200);
            }
        }
    }

    @Test
    void anAllowedTradingKeyLeadsTheTitleBarsHealth() throws Exception {
        Book book = BookLoader.parse(BOOK.replace("venue: binance", "venue: binance\n  allow_trading_key: true"),
                "book.yaml", Optional.empty());
        FakeBinanceAccount fake = new FakeBinanceAccount(KEY, SECRET, NOW.toEpochMilli());
        fake.restrictions = AccountKit.resource("binance/apiRestrictions-futures.json");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            Accounts.Checked checked = Accounts.openChecked(book.account().get(), book.feed(), Optional.empty(),
                    Path.of("/nonexistent"), AccountKit.options(server, NOW, Map.of("HEDGETOP_BINANCE_API_KEY", KEY,
                            "HEDGETOP_BINANCE_API_SECRET", SECRET)));
            try (AccountWatch watch = new AccountWatch(checked, () -> book, new MovingClock())) {
                RiskView plain = new RiskEngine().evaluate(book, MarketSnapshot.empty(NOW, "binance"), NOW);

                RiskView shown = watch.apply(plain, book);

                assertThat(shown.sourceHealth()).isEqualTo("TRADING KEY - " + plain.sourceHealth());
                // only the health line changes: the series and ledger lines stay (they were dropped once)
                assertThat(shown.charts()).isSameAs(plain.charts());
                assertThat(shown.history()).isSameAs(plain.history());
            }
        }
    }

    @Test
    void theSyncKeysSyncWritesTheFileAndSaysWhatChanged(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("book.yaml");
        java.nio.file.Files.writeString(file, SyncCommandTest.BOOK);
        org.hedgetop.book.BookFile base = org.hedgetop.book.BookFile.read(file);
        FakeBinanceAccount fake = new FakeBinanceAccount(SyncCommandTest.KEY, SyncCommandTest.SECRET, NOW.toEpochMilli());
        long order = Instant.parse("2026-11-20T00:00:00.500Z").toEpochMilli();
        fake.trades.add(new FakeBinanceAccount.Trade("SOLUSDT", 5002, order, "SELL", "300", "140.5", "0.08430"));
        fake.trades.add(new FakeBinanceAccount.Trade("SOLUSDT", 5003, order, "SELL", "200", "140.4", "0.05616"));
        java.util.List<String> expected = new java.util.ArrayList<>();
        java.util.List<org.hedgetop.book.BookFile> saved = new java.util.ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            Accounts.Checked checked = Accounts.openChecked(base.book().account().get(), base.book().feed(),
                    Optional.empty(), Path.of("/nonexistent"), AccountKit.options(server, NOW, Map.of(
                            "HEDGETOP_BINANCE_API_KEY", SyncCommandTest.KEY, "HEDGETOP_BINANCE_API_SECRET",
                            SyncCommandTest.SECRET)));
            try (AccountWatch watch = new AccountWatch(checked, base::book, new MovingClock())) {
                org.hedgetop.tui.Event.Synced done = watch.syncNow(base, expected::add, saved::add);

                assertThat(done.summary()).isEqualTo("synced: 2 fills added, 1 removed; saved book.yaml (1 change; "
                        + "previous version in book.yaml.bak)");
                assertThat(done.outcome()).isInstanceOf(org.hedgetop.tui.Event.SaveOutcome.Written.class);
                String text = java.nio.file.Files.readString(file);
                assertThat(text).contains("- {time: 2026-11-20T00:00:00.500Z, contracts: -200, price: 140.4, "
                        + "fee: 0.05616, id: \"5003\"}\n").doesNotContain("contracts: -500, price: 140}")
                        .contains("# before the venue's history");
                assertThat(expected).containsExactly(text); // the file watcher was told before the write
                assertThat(saved).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo(text));
                org.hedgetop.book.Book now = ((org.hedgetop.tui.Event.SaveOutcome.Written) done.outcome()).book();
                assertThat(now.hedges().get(0).fills()).hasSize(4);
            }
        }
    }
}
