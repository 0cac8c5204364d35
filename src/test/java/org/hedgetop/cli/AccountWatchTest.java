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
import org.hedgetop.report.ExchangeColumns;
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
            }
        }
    }
}
