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

class BinanceAccountTest {
    static final String KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    static final Instant NOW = AccountKit.NOW;
    static final long HOUR = Duration.ofHours(1).toMillis();

    MockWebServer server;
    FakeBinanceAccount fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBinanceAccount(KEY, SECRET, NOW.toEpochMilli());
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static AccountSpec spec(boolean allowTrading) {
        return new AccountSpec("binance", Optional.empty(), 60, Optional.empty(), allowTrading, new SourcePos(1, 1));
    }

    Map<String, String> env(String secret) {
        return Map.of("HEDGETOP_BINANCE_API_KEY", KEY, "HEDGETOP_BINANCE_API_SECRET", secret);
    }

    ExchangeAccount account(Instant localClock, String secret) throws AccountException {
        return Accounts.open(spec(false), FeedSpec.DEFAULT, Optional.empty(), Path.of("/nonexistent"),
                AccountKit.options(server, localClock, env(secret)));
    }

    Accounts.Checked checked(boolean allowTrading) throws AccountException {
        return Accounts.openChecked(spec(allowTrading), FeedSpec.DEFAULT, Optional.empty(), Path.of("/nonexistent"),
                AccountKit.options(server, NOW, env(SECRET)));
    }

    @Test
    void positionsAreSignedCoinsConvertedToContracts() throws Exception {
        ExchangeAccount a = account(NOW, SECRET);
        List<ExchangePosition> all = a.positions();

        assertThat(all).extracting(ExchangePosition::instrument).containsExactly("SOLUSDT", "BTCUSDT");
        ExchangePosition sol = ExchangePosition.find(all, "SOLUSDT");
        assertThat(sol.coins()).isEqualTo(-1200);
        assertThat(sol.contracts(1)).isEqualTo(-1200);
        assertThat(sol.contracts(10)).isEqualTo(-120);
        assertThat(sol.entryPrice().getAsDouble()).isEqualTo(142.35);
        assertThat(sol.liquidationPrice().getAsDouble()).isEqualTo(171.93021454);
        ExchangePosition btc = ExchangePosition.find(all, "BTCUSDT");
        assertThat(btc.contracts(0.001)).isEqualTo(9); // decimal: 0.009 / 0.001, not 8.999999999999998
        assertThat(btc.contracts(0.002)).isEqualTo(4.5); // a fraction is reported as it is
        assertThat(btc.liquidationPrice()).isEmpty(); // "0" = none
        ExchangePosition eth = ExchangePosition.find(all, "ETHUSDT");
        assertThat(eth.coins()).isZero();
        assertThat(eth.entryPrice()).isEmpty();
        assertThat(fake.targets("/fapi/v3/positionRisk")).hasSize(1);
    }

    @Test
    void onlyGetIsEverSentAndEveryRequestIsSignedAsReceived() throws Exception {
        ExchangeAccount a = account(NOW, SECRET);
        a.permissions();
        a.positions();
        a.funding("SOLUSDT", NOW.minus(Duration.ofDays(2)), NOW);
        a.trades("SOLUSDT", NOW.minus(Duration.ofDays(2)), NOW);

        assertThat(fake.seen).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("GET /"));
        assertThat(fake.recorded).filteredOn(r -> !r.getUrl().encodedPath().equals("/fapi/v1/time"))
                .allSatisfy(r -> {
                    assertThat(r.getHeaders().get("X-MBX-APIKEY")).isEqualTo(KEY);
                    assertThat(r.getTarget()).containsPattern("timestamp=\\d{13}&recvWindow=5000&signature=[0-9a-f]{64}$");
                });
    }

    @Test
    void theClockIsMeasuredAgainstTheVenueAndCorrected() throws Exception {
        fake.serverTime = NOW.toEpochMilli() + 3_600_000; // our clock is an hour behind
        BinanceAccount a = (BinanceAccount) account(NOW, SECRET);

        assertThat(a.positions()).hasSize(2);
        assertThat(a.clockOffsetMillis()).isEqualTo(3_600_000);
        assertThat(fake.targets("/fapi/v1/time")).hasSize(1);
        assertThat(fake.targets("/fapi/v3/positionRisk").get(0)).contains("timestamp=" + fake.serverTime + "&");
    }

    @Test
    void aTimestampRejectedLaterMeasuresAgainOnce() throws Exception {
        BinanceAccount a = (BinanceAccount) account(NOW, SECRET);
        a.positions();
        fake.serverTime += 20_000; // the venue's clock moved on (or ours stalled)

        assertThat(a.positions()).hasSize(2);
        assertThat(fake.targets("/fapi/v1/time")).hasSize(2);
        assertThat(a.clockOffsetMillis()).isEqualTo(20_000);
    }

    @Test
    void aWrongSecretSaysWhichKeyAndWhyWithoutTheSecret() throws Exception {
        String wrong = "wrongSecret0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP0";
        AccountException e = catchThrowableOfType(AccountException.class, () -> account(NOW, wrong).positions());

        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REJECTED);
        assertThat(e.refusesStart()).isTrue();
        assertThat(e.getMessage()).isEqualTo("Binance rejected the signature (code -1022): "
                + "HEDGETOP_BINANCE_API_SECRET is not the secret of the binance key from HEDGETOP_BINANCE_API_KEY");
        assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(SECRET);
        assertThat(fake.targets("/fapi/v3/positionRisk")).hasSize(1); // a key error is not retried
    }

    @Test
    void anInvalidKeyOrIpNamesTheKey() throws Exception {
        ExchangeAccount a = Accounts.open(spec(false), FeedSpec.DEFAULT, Optional.empty(), Path.of("/x"),
                AccountKit.options(server, NOW, Map.of("HEDGETOP_BINANCE_API_KEY", "someOtherKey123",
                        "HEDGETOP_BINANCE_API_SECRET", SECRET)));
        AccountException e = catchThrowableOfType(AccountException.class, a::positions);

        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REJECTED);
        assertThat(e.getMessage()).startsWith("Binance rejected the binance key from HEDGETOP_BINANCE_API_KEY "
                + "(code -2015): the key is invalid, this IP is not on its IP whitelist, or it lacks the permission");
    }

    @Test
    void aReadOnlyKeyPasses() throws Exception {
        Accounts.Checked c = checked(false);
        assertThat(c.warning()).isEmpty();
        assertThat(fake.targets("/sapi/v1/account/apiRestrictions")).hasSize(1);
    }

    @Test
    void aTradingKeyIsRefusedNamingThePermissionUnlessAllowed() throws Exception {
        fake.restrictions = AccountKit.resource("binance/apiRestrictions-futures.json");
        AccountException e = catchThrowableOfType(AccountException.class, () -> checked(false));
        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REFUSED);
        assertThat(e.getMessage()).isEqualTo("refused: the binance key from HEDGETOP_BINANCE_API_KEY can trade "
                + "(enableFutures); hedgetop only reads positions, which binance allows with a read-only key: make "
                + "one, or set allow_trading_key: true in account:");

        assertThat(checked(true).warning()).contains("binance key can trade (enableFutures)");
    }

    @Test
    void aWithdrawKeyIsAlwaysRefused() throws Exception {
        fake.restrictions = AccountKit.resource("binance/apiRestrictions-withdraw.json");
        AccountException e = catchThrowableOfType(AccountException.class, () -> checked(true));
        assertThat(e.kind()).isEqualTo(AccountException.Kind.KEY_REFUSED);
        assertThat(e.getMessage()).startsWith("refused: the binance key from HEDGETOP_BINANCE_API_KEY can withdraw "
                + "(enableWithdrawals)");
    }

    @Test
    void fundingIsPagedAThousandAtATime() throws Exception {
        long first = NOW.minus(Duration.ofDays(88)).toEpochMilli();
        for (int i = 0; i < 2100; i++) { // hourly settlements, alternately received and paid
            fake.income.add(new FakeBinanceAccount.Income("SOLUSDT", first + i * HOUR, i % 2 == 0 ? "0.5" : "-0.25",
                    Long.toString(9_000_000L + i)));
            fake.income.add(new FakeBinanceAccount.Income("ETHUSDT", first + i * HOUR, "7", Long.toString(5_000_000L + i)));
        }
        Span<FundingPayment> s = account(NOW, SECRET).funding("SOLUSDT", Instant.ofEpochMilli(first), NOW);

        assertThat(s.items()).hasSize(2100);
        assertThat(s.items().stream().mapToDouble(FundingPayment::amount).sum()).isEqualTo(1050 * 0.5 - 1050 * 0.25);
        assertThat(s.items().get(0).time()).isEqualTo(Instant.ofEpochMilli(first));
        assertThat(s.reaches(Instant.ofEpochMilli(first))).isTrue();
        // pages start at 0, at row 999 and at row 1998 (the last time seen; repeated rows are dropped)
        assertThat(fake.targets("/fapi/v1/income")).hasSize(3);
        assertThat(fake.targets("/fapi/v1/income").get(2)).contains("startTime=" + (first + 1998 * HOUR) + "&");
    }

    @Test
    void fundingOlderThanTheVenueKeepsSaysFromWhen() throws Exception {
        Instant asked = NOW.minus(Duration.ofDays(200));
        Span<FundingPayment> s = account(NOW, SECRET).funding("SOLUSDT", asked, NOW);

        assertThat(s.from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(s.reaches(asked)).isFalse();
    }

    @Test
    void tradesAreReadInSevenDayWindowsEachPaged() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(20));
        long f = from.toEpochMilli();
        for (int i = 0; i < 1500; i++) { // 1500 trades in the first day: the first window needs two pages
            fake.trades.add(new FakeBinanceAccount.Trade("SOLUSDT", 100_000 + i, f + i * 1000L, "SELL", "2", "140.5",
                    "0.0562"));
        }
        fake.trades.add(new FakeBinanceAccount.Trade("SOLUSDT", 200_000, f + Duration.ofDays(15).toMillis(), "BUY",
                "3", "150", "-0.01"));
        Span<AccountTrade> s = account(NOW, SECRET).trades("SOLUSDT", from, NOW);

        assertThat(s.items()).hasSize(1501);
        AccountTrade sell = s.items().get(0);
        assertThat(sell.id()).isEqualTo("100000");
        assertThat(sell.coins()).isEqualTo(-2);
        assertThat(sell.contracts(0.5)).isEqualTo(-4);
        assertThat(sell.price()).isEqualTo(140.5);
        assertThat(sell.fee()).isEqualTo(0.0562);
        AccountTrade buy = s.items().get(1500);
        assertThat(buy.coins()).isEqualTo(3);
        assertThat(buy.fee()).isEqualTo(-0.01);
        // windows [0,7d) [7d,14d) [14d,20d]; the first paged at row 999
        List<String> asked = fake.targets("/fapi/v1/userTrades");
        long week = Duration.ofDays(7).toMillis();
        assertThat(asked).hasSize(4);
        assertThat(asked.get(0)).contains("startTime=" + f + "&endTime=" + (f + week - 1) + "&");
        assertThat(asked.get(1)).contains("startTime=" + (f + 999_000) + "&endTime=" + (f + week - 1) + "&");
        assertThat(asked.get(2)).contains("startTime=" + (f + week) + "&endTime=" + (f + 2 * week - 1) + "&");
        assertThat(asked.get(3)).contains("startTime=" + (f + 2 * week) + "&endTime=" + NOW.toEpochMilli() + "&");
    }
}
