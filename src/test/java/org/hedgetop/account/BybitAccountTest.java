package org.hedgetop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.hedgetop.book.AccountSpec;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.SourcePos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BybitAccountTest {
    static final String KEY = "BYBITKEY0000000001";
    static final String SECRET = "bybitSecretValue0000000000000000000001";
    static final Instant NOW = AccountKit.NOW;
    static final long HOUR = Duration.ofHours(1).toMillis();

    MockWebServer server;
    FakeBybitAccount fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBybitAccount(KEY, SECRET, NOW.toEpochMilli());
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static AccountSpec spec(boolean allowTrading) {
        return new AccountSpec("bybit", Optional.empty(), 60, Optional.empty(), allowTrading, new SourcePos(1, 1));
    }

    ExchangeAccount account(String secret) throws AccountException {
        return Accounts.open(spec(false), FeedSpec.DEFAULT, Optional.empty(), Path.of("/x"), AccountKit.options(server,
                NOW, Map.of("HEDGETOP_BYBIT_API_KEY", KEY, "HEDGETOP_BYBIT_API_SECRET", secret)));
    }

    Accounts.Checked checked(boolean allowTrading) throws AccountException {
        return Accounts.openChecked(spec(allowTrading), FeedSpec.DEFAULT, Optional.empty(), Path.of("/x"),
                AccountKit.options(server, NOW, Map.of("HEDGETOP_BYBIT_API_KEY", KEY, "HEDGETOP_BYBIT_API_SECRET",
                        SECRET)));
    }

    @Test
    void positionsSignedBySide() throws Exception {
        List<ExchangePosition> all = account(SECRET).positions();

        assertThat(all).extracting(ExchangePosition::instrument).containsExactly("SOLUSDT", "LTCUSDT");
        ExchangePosition sol = ExchangePosition.find(all, "SOLUSDT");
        assertThat(sol.coins()).isEqualTo(-1200); // side Sell, size 1200
        assertThat(sol.entryPrice().getAsDouble()).isEqualTo(142.35);
        assertThat(sol.liquidationPrice().getAsDouble()).isEqualTo(171.93);
        ExchangePosition ltc = ExchangePosition.find(all, "LTCUSDT");
        assertThat(ltc.contracts(0.1)).isEqualTo(12);
        assertThat(ltc.liquidationPrice()).isEmpty(); // liqPrice ""
        assertThat(ExchangePosition.find(all, "ETHUSDT").coins()).isZero();
    }

    @Test
    void everyRequestCarriesTheDocumentedHeaders() throws Exception {
        ExchangeAccount a = account(SECRET);
        a.permissions();
        a.positions();
        assertThat(fake.seen).allSatisfy(s -> assertThat(s).startsWith("GET /"));
        assertThat(fake.recorded).filteredOn(r -> !r.getUrl().encodedPath().equals("/v5/market/time"))
                .hasSize(2).allSatisfy(r -> {
                    assertThat(r.getHeaders().get("X-BAPI-API-KEY")).isEqualTo(KEY);
                    assertThat(r.getHeaders().get("X-BAPI-TIMESTAMP")).isEqualTo(Long.toString(NOW.toEpochMilli()));
                    assertThat(r.getHeaders().get("X-BAPI-RECV-WINDOW")).isEqualTo("5000");
                    assertThat(r.getHeaders().get("X-BAPI-SIGN")).matches("[0-9a-f]{64}");
                });
    }

    @Test
    void theClockIsCorrectedToBybitsTime() throws Exception {
        fake.serverTime = NOW.toEpochMilli() - 90_000; // our clock is 90 s fast
        BybitAccount a = (BybitAccount) account(SECRET);
        assertThat(a.positions()).hasSize(2);
        assertThat(a.clockOffsetMillis()).isEqualTo(-90_000);
    }

    @Test
    void aWrongSecretIsErrorSignSaidPlainly() throws Exception {
        String wrong = "notTheSecret00000000000000000000000000";
        AccountException e = catchThrowableOfType(AccountException.class, () -> account(wrong).positions());

        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REJECTED);
        assertThat(e.getMessage()).isEqualTo("Bybit rejected the signature (retCode 10004 \"error sign!\"): "
                + "HEDGETOP_BYBIT_API_SECRET is not the secret of the bybit key from HEDGETOP_BYBIT_API_KEY");
        assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(SECRET);
    }

    @Test
    void aTradingKeyIsRefusedUnlessAllowedAndAWithdrawKeyAlways() throws Exception {
        fake.queryApi = AccountKit.resource("bybit/query-api-trade.json");
        AccountException e = catchThrowableOfType(AccountException.class, () -> checked(false));
        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REFUSED);
        assertThat(e.getMessage()).startsWith("refused: the bybit key from HEDGETOP_BYBIT_API_KEY can trade "
                + "(ContractTrade: Order, Position, Derivatives: DerivativesTrade)");
        assertThat(checked(true).warning()).isPresent();

        fake.queryApi = AccountKit.resource("bybit/query-api-withdraw.json");
        AccountException w = catchThrowableOfType(AccountException.class, () -> checked(true));
        assertThat(w.getMessage()).startsWith("refused: the bybit key from HEDGETOP_BYBIT_API_KEY can withdraw "
                + "(Wallet: Withdraw)");
    }

    @Test
    void aReadOnlyKeyPasses() throws Exception {
        assertThat(checked(false).warning()).isEmpty();
    }

    @Test
    void fundingExecutionsArePagedByCursorInWeeklyWindows() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(10));
        long f = from.toEpochMilli();
        for (int i = 0; i < 240; i++) { // hourly: 168 in the first week (two pages of 100), 72 in the rest
            fake.executions.add(new FakeBybitAccount.Exec("SOLUSDT", "Funding", "fund-" + i, f + i * HOUR, "Sell",
                    "1200", "140", i % 3 == 0 ? "0.3" : "-0.6"));
        }
        fake.executions.add(new FakeBybitAccount.Exec("SOLUSDT", "Trade", "t-1", f + 5, "Sell", "10", "140", "0.77"));
        Span<FundingPayment> s = account(SECRET).funding("SOLUSDT", from, NOW);

        assertThat(s.items()).hasSize(240);
        // 80 payments of 0.3 paid, 160 of 0.6 received
        assertThat(s.items().stream().mapToDouble(FundingPayment::amount).sum()).isCloseTo(-80 * 0.3 + 160 * 0.6,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.items().get(0).time()).isEqualTo(from);
        List<String> asked = fake.targets("/v5/execution/list");
        assertThat(asked).hasSize(3);
        assertThat(asked.get(0)).contains("execType=Funding&startTime=" + f + "&endTime="
                + (f + FakeBybitAccount.WEEK - 1) + "&limit=100").doesNotContain("cursor");
        assertThat(asked.get(1)).endsWith("&cursor=page%3A100%2C7");
    }

    @Test
    void tradesAreEveryExecutionButFunding() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(3));
        long f = from.toEpochMilli();
        fake.executions.add(new FakeBybitAccount.Exec("SOLUSDT", "Trade", "t-1", f + 1000, "Sell", "10", "140.5",
                "0.77"));
        fake.executions.add(new FakeBybitAccount.Exec("SOLUSDT", "Trade", "t-2", f + 2000, "Buy", "4", "139", "-0.01"));
        fake.executions.add(new FakeBybitAccount.Exec("SOLUSDT", "Funding", "fund-1", f + 3000, "Sell", "6", "139",
                "0.1"));
        Span<AccountTrade> s = account(SECRET).trades("SOLUSDT", from, NOW);

        assertThat(s.items()).extracting(AccountTrade::id).containsExactly("t-1", "t-2");
        assertThat(s.items().get(0).coins()).isEqualTo(-10);
        assertThat(s.items().get(0).fee()).isEqualTo(0.77);
        assertThat(s.items().get(1).coins()).isEqualTo(4);
        assertThat(s.items().get(1).price()).isEqualTo(139);
    }

    @Test
    void aTimestampRejectedLaterMeasuresAgainOnce() throws Exception {
        BybitAccount a = (BybitAccount) account(SECRET);
        a.positions();
        fake.serverTime += 30_000;

        assertThat(a.positions()).hasSize(2);
        assertThat(fake.targets("/v5/market/time")).hasSize(2);
        assertThat(a.clockOffsetMillis()).isEqualTo(30_000);
    }

    @Test
    void anIpOffTheWhitelistIsSaidSo() throws Exception {
        fake.forced = 10010;
        AccountException e = catchThrowableOfType(AccountException.class, () -> account(SECRET).positions());
        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REJECTED);
        assertThat(e.getMessage()).isEqualTo("Bybit refused the bybit key from HEDGETOP_BYBIT_API_KEY from this IP "
                + "(retCode 10010): add this machine's IP to the key's IP whitelist");
    }
}
