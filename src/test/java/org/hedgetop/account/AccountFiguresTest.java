package org.hedgetop.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.hedgetop.book.AccountSpec;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.SourcePos;
import org.junit.jupiter.api.Test;

/** The per-hedge account figures, read from a Binance stand-in. */
class AccountFiguresTest {
    static final Instant NOW = AccountKit.NOW; // 2026-11-30T12:00:00Z
    static final long H8 = Duration.ofHours(8).toMillis();

    @Test
    void positionAndFundingSinceTheFirstFill() throws Exception {
        Book book = BookLoader.parse("""
                holdings:
                  - {token: SOL, units: 2000}
                  - {token: BTC, units: 1}
                  - {token: AVAX, units: 100}
                hedges:
                  - {instrument: SOLUSDT, covers: [SOL], contract_size: 1, position: -1200, entry_price: 150,
                     opened: 2026-11-20T00:00:00Z}
                  - {instrument: BTCUSDT, covers: [BTC], contract_size: 0.001, position: 9, entry_price: 60000,
                     opened: 2026-05-01T00:00:00Z}
                  - {instrument: AVAXUSDT, covers: [AVAX], contract_size: 1, position: -10, entry_price: 30}
                """, "book.yaml", Optional.empty());
        FakeBinanceAccount fake = new FakeBinanceAccount("k", "s", NOW.toEpochMilli());
        long opened = Instant.parse("2026-11-20T00:00:00Z").toEpochMilli();
        // 8-hourly: one exactly at the first fill (not counted), then 31 settlements up to 11-30 08:00
        for (int i = 0; i <= 31; i++) {
            fake.income.add(new FakeBinanceAccount.Income("SOLUSDT", opened + i * H8, i % 2 == 0 ? "2.5" : "-1",
                    Long.toString(700 + i)));
        }
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(fake);
            server.start();
            ExchangeAccount a = Accounts.open(new AccountSpec("binance", Optional.empty(), 60, Optional.empty(), false,
                    new SourcePos(1, 1)), FeedSpec.DEFAULT, Optional.empty(), Path.of("/x"), AccountKit.options(server,
                    NOW, Map.of("HEDGETOP_BINANCE_API_KEY", "k", "HEDGETOP_BINANCE_API_SECRET", "s")));
            List<AccountFigures> f = AccountFigures.read(a, book, NOW);

            AccountFigures sol = f.get(0);
            assertThat(sol.position().reconciled()).isTrue();
            assertThat(sol.position().exchangeEntryPrice().getAsDouble()).isEqualTo(142.35);
            // i = 1..31: 15 even (2.5 received), 16 odd (1 paid)
            assertThat(sol.exchangeFunding().getAsDouble()).isEqualTo(15 * 2.5 - 16 * 1.0);
            assertThat(sol.exchangeFundingSince()).isEmpty();
            AccountFigures btc = f.get(1);
            assertThat(btc.position().exchangePosition()).isEqualTo(9);
            assertThat(btc.position().reconciled()).isTrue();
            assertThat(btc.exchangeFunding()).isEmpty(); // opened 7 months ago, income goes back 90 days
            assertThat(btc.exchangeFundingSince()).contains(NOW.minus(Duration.ofDays(90)));
            AccountFigures avax = f.get(2);
            assertThat(avax.position().exchangePosition()).isZero();
            assertThat(avax.position().reconciled()).isFalse();
            assertThat(avax.exchangeFunding()).isEmpty(); // no first fill: nothing to count from
            assertThat(fake.targets("/fapi/v1/income")).hasSize(2);
            assertThat(fake.targets("/fapi/v3/positionRisk")).hasSize(1);
        }
    }
}
