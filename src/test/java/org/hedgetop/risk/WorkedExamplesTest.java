package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.book;
import static org.hedgetop.risk.Fixtures.hedge;
import static org.hedgetop.risk.Fixtures.holding;

import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Ratio;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md section 3, each example exactly, through the whole engine. */
class WorkedExamplesTest {
    private static RiskView eval(Book book, MarketSnapshot market) {
        return new RiskEngine().evaluate(book, market, NOW);
    }

    @Test
    void example1DirectMicroFuture() {
        // 50,000 X at 2.00 = 100,000; contract 250 X at mark 2.00 = 500; target 100 % -> 100,000/500 = 200
        Book b = book(List.of(holding("X", 50_000)), List.of(hedge("x", "XUSDT", "X", "X").size(250).build()));
        RiskView v = eval(b, new Fixtures.Market(NOW).spot("X", 2.00).future("XUSDT", 2.00).build());
        HedgeRow h = v.hedges().get(0);
        assertThat(v.tokens().get(0).exposure()).hasValue(100_000);
        assertThat(h.contractNotional()).hasValue(500);
        assertThat(h.factor()).hasValue(1);
        assertThat(h.contractsNeeded()).hasValue(200);
        assertThat(h.order()).hasValue(200); // nothing held yet: sell 200
    }

    @Test
    void example2SolAndTheUniformShock() {
        // 100,000 SOL at 150 = 15,000,000; 5 SOL at 150 = 750 notional -> 20,000 contracts
        Book b = book(List.of(holding("SOL", 100_000)),
                List.of(hedge("sol", "SOLUSDT", "SOL", "SOL").size(5).position(-20_000).build()));
        RiskView v = eval(b, new Fixtures.Market(NOW).spot("SOL", 150).future("SOLUSDT", 150).build());
        HedgeRow h = v.hedges().get(0);
        assertThat(h.contractsNeeded()).hasValue(20_000);
        assertThat(h.order()).hasValue(0);
        assertThat(h.coveragePct().getAsDouble()).isCloseTo(100, within(1e-9));
        // -20 %: spot 15,000,000 * -0.2 = -3,000,000; hedge -(-20,000) ... a short of 20,000 * 5 * 150 gains 3,000,000
        assertThat(v.scenario().shockPct()).isEqualTo(-20);
        assertThat(v.scenario().uniform().spotPnl()).isCloseTo(-3_000_000, within(1e-6));
        assertThat(v.scenario().uniform().hedgePnl()).isCloseTo(3_000_000, within(1e-6));
        assertThat(v.scenario().uniform().netPnl()).isCloseTo(0, within(1e-6));
        assertThat(v.totals().netDelta().getAsDouble()).isCloseTo(0, within(1e-6));
    }

    @ParameterizedTest(name = "units {0} at {1}: needed {2}, order {3}, coverage {4} %, drift {5}")
    @CsvSource({
            // at 2.00: 100,000 * 50 % / 500 = 100 contracts; held 100 -> 100*500/100,000 = 50 %
            "50000, 2.00, 100, 0,  50.0,               false",
            // X +10 %: 110,000 * 50 % / 550 = 100; coverage 100*550/110,000 = 50 %
            "50000, 2.20, 100, 0,  50.0,               false",
            // staking adds 5,000: 121,000 * 50 % / 550 = 110 -> sell 10; coverage 55,000/121,000 = 45.4545 %
            "55000, 2.20, 110, 10, 45.45454545454545,  false"})
    void example3DriftOfAStakedHolding(double units, double price, long needed, long order, double coverage,
                                       boolean drift) {
        Book b = book(List.of(holding("X", units)),
                List.of(hedge("x", "XUSDT", "X", "X").size(250).target(50).position(-100).build()));
        HedgeRow h = eval(b, new Fixtures.Market(NOW).spot("X", price).future("XUSDT", price).build()).hedges().get(0);
        assertThat(h.contractsNeeded()).hasValue(needed);
        assertThat(h.contractsHeld()).isEqualTo(100);
        assertThat(h.order()).hasValue(order);
        assertThat(h.coveragePct().getAsDouble()).isCloseTo(coverage, within(1e-9));
        assertThat(h.drift()).isEqualTo(drift);
        assertThat(h.overHedged()).isFalse();
    }

    @Test
    void example3CoverageIsFiftyFiveThousandOver121Thousand() {
        // independent of the table above: 100 contracts * 250 * 2.20 = 55,000 of 55,000 * 2.20 = 121,000
        assertThat(100.0 * 55_000 / 121_000).isCloseTo(45.45, within(0.005));
    }

    @ParameterizedTest(name = "ratio {0} -> {1} contracts")
    @CsvSource({"ONE, 100", "BETA, 140", "CORRELATION, 80"})
    void example4ProxyBasket(Ratio ratio, long contracts) {
        // UNI 1,500 at 10 + AAVE 100 at 150 = 30,000, ETH 0.1 at 3,000 = 300 notional; history with beta 1.4, rho 0.8
        Book b = book(List.of(holding("UNI", 1_500), holding("AAVE", 100)),
                List.of(hedge("eth", "ETHUSDT", "ETH", "UNI", "AAVE").size(0.1).ratio(ratio).build()),
                org.hedgetop.book.Settings.DEFAULT, ProxyHistory.feed());
        RiskView v = eval(b, ProxyHistory.market(NOW));
        HedgeRow h = v.hedges().get(0);
        assertThat(h.coveredExposure()).hasValue(30_000);
        assertThat(h.contractNotional().getAsDouble()).isCloseTo(300, within(1e-9));
        assertThat(h.basketBeta().getAsDouble()).isCloseTo(1.4, within(1e-9));
        assertThat(h.basketRho().getAsDouble()).isCloseTo(0.8, within(1e-9));
        assertThat(h.contractsNeeded()).hasValue(contracts);
    }
}
