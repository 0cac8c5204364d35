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
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.exchange.hyperliquid.FakeHyperliquid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HyperliquidAccountTest {
    static final String ADDRESS = "0x5e9ee1089755c3435139848e47e6635505d5a13a";
    static final Instant NOW = AccountKit.NOW;
    static final long HOUR = Duration.ofHours(1).toMillis();

    MockWebServer server;
    FakeHyperliquid fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeHyperliquid();
        fake.states.put(ADDRESS, AccountKit.resource("hyperliquid/clearinghouseState.json"));
        server = new MockWebServer();
        server.setDispatcher(fake);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Accounts.Checked open() throws AccountException {
        AccountSpec spec = new AccountSpec("hyperliquid", Optional.of(ADDRESS), 60, Optional.empty(), false,
                new SourcePos(1, 1));
        return Accounts.openChecked(spec, FeedSpec.DEFAULT, Optional.empty(), Path.of("/x"),
                AccountKit.options(server, NOW, Map.of()));
    }

    @Test
    void positionsByAddressWithNoKey() throws Exception {
        Accounts.Checked c = open();
        assertThat(c.warning()).isEmpty();
        List<ExchangePosition> all = c.account().positions();

        ExchangePosition sol = ExchangePosition.find(all, "SOL");
        assertThat(sol.coins()).isEqualTo(-0.5);
        assertThat(sol.contracts(0.1)).isEqualTo(-5);
        assertThat(sol.entryPrice().getAsDouble()).isEqualTo(138.76);
        assertThat(sol.liquidationPrice().getAsDouble()).isEqualTo(22881.19788911);
        ExchangePosition eth = ExchangePosition.find(all, "ETH");
        assertThat(eth.coins()).isEqualTo(1.6);
        assertThat(eth.liquidationPrice()).isEmpty(); // liquidationPx null
        assertThat(fake.methods).allSatisfy(m -> assertThat(m).isEqualTo("POST /info"));
        assertThat(fake.bodies.get(0).toString()).isEqualTo("{\"type\":\"clearinghouseState\",\"user\":\"" + ADDRESS
                + "\"}");
    }

    @Test
    void fundingOfOneCoinPagedPastTheCap() throws Exception {
        long f = NOW.minus(Duration.ofDays(30)).toEpochMilli();
        for (int i = 0; i < 700; i++) {
            fake.userFunding.add(new Object[] {f + i * HOUR, "SOL", i < 350 ? "0.25" : "-0.05"});
            fake.userFunding.add(new Object[] {f + i * HOUR, "ETH", "9"});
        }
        Span<FundingPayment> s = open().account().funding("SOL", Instant.ofEpochMilli(f), NOW);

        assertThat(s.items()).hasSize(700);
        assertThat(s.items().stream().mapToDouble(FundingPayment::amount).sum())
                .isCloseTo(350 * 0.25 - 350 * 0.05, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(fake.count("userFunding")).isEqualTo(3); // 500 rows (SOL+ETH) a page, from the last time seen
    }

    @Test
    void fillsSignedBySide() throws Exception {
        long f = NOW.minus(Duration.ofDays(2)).toEpochMilli();
        fake.fills.add(new Object[] {f, "SOL", "A", "12.5", "140.25", "0.35", 566849930446139L});
        fake.fills.add(new Object[] {f + 1000, "SOL", "B", "2.5", "139", "0.05", 566849930446140L});
        fake.fills.add(new Object[] {f + 2000, "ETH", "B", "1", "2500", "0.5", 566849930446141L});
        Span<AccountTrade> s = open().account().trades("SOL", Instant.ofEpochMilli(f), NOW);

        assertThat(s.items()).extracting(AccountTrade::id).containsExactly("566849930446139", "566849930446140");
        assertThat(s.items().get(0).coins()).isEqualTo(-12.5);
        assertThat(s.items().get(0).price()).isEqualTo(140.25);
        assertThat(s.items().get(0).fee()).isEqualTo(0.35);
        assertThat(s.items().get(1).coins()).isEqualTo(2.5);
    }
}
