package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.closesFromReturns;
import static org.hedgetop.risk.Fixtures.dailyCloses;
import static org.hedgetop.risk.Fixtures.hedge;
import static org.hedgetop.risk.Fixtures.holding;
import static org.hedgetop.risk.Fixtures.scale;

import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Ratio;
import org.junit.jupiter.api.Test;

class ShocksTest {
    static final double[] BTC = {0.01, -0.02, 0.015, -0.005, 0.02};

    /**
     * X moves exactly twice BTC (beta 2), ETH half of it (beta 0.5), Y has no history (beta n/a -> 1).
     * <pre>
     *   X   1,000 at 10      = 10,000     market move -40 %  -> -4,000     uniform -2,000
     *   Y     100 at 50      =  5,000     market move -20 %  -> -1,000     uniform -1,000
     *   BTC   0.1 at 100,000 = 10,000     market move -20 %  -> -2,000     uniform -2,000
     *   spot                                                    -7,000             -5,000
     *   short 500 XUSDT x1 at 10:   -500 * 10 * -0.40 = +2,000   uniform  +1,000
     *   short 1 ETHUSDT x1 at 3000:   -1 * 3000 * -0.10 =  +300   uniform    +600
     *   hedge                                             +2,300            +1,600
     *   net                                               -4,700            -3,400
     * </pre>
     */
    @Test
    void marketScenarioMovesEachAssetByItsBetaToBtc() {
        Book b = Fixtures.book(List.of(holding("X", 1_000), holding("Y", 100), holding("BTC", 0.1)),
                List.of(hedge("x", "XUSDT", "X", "X").position(-500).build(),
                        hedge("y", "ETHUSDT", "ETH", "Y").ratio(Ratio.ONE).position(-1).build()));
        var market = new Fixtures.Market(NOW).spot("X", 10).spot("Y", 50).spot("BTC", 100_000).spot("ETH", 3_000)
                .future("XUSDT", 10).future("ETHUSDT", 3_000)
                .history("BTC", dailyCloses(NOW, closesFromReturns(90_000, BTC)))
                .history("X", dailyCloses(NOW, closesFromReturns(8, scale(2, BTC))))
                .history("ETH", dailyCloses(NOW, closesFromReturns(2_800, scale(0.5, BTC)))).build();
        RiskView v = new RiskEngine().evaluate(b, market, NOW);
        assertThat(v.tokens().get(0).betaBtc().getAsDouble()).isCloseTo(2, within(1e-9));
        assertThat(v.tokens().get(1).betaBtc()).isEmpty();
        ScenarioResult m = v.scenario().market();
        assertThat(m.spotPnl()).isCloseTo(-7_000, within(1e-6));
        assertThat(m.hedgePnl()).isCloseTo(2_300, within(1e-6));
        assertThat(m.netPnl()).isCloseTo(-4_700, within(1e-6));
        ScenarioResult u = v.scenario().uniform();
        assertThat(u.spotPnl()).isCloseTo(-5_000, within(1e-6));
        assertThat(u.hedgePnl()).isCloseTo(1_600, within(1e-6));
        assertThat(u.netPnl()).isCloseTo(-3_400, within(1e-6));
    }

    @Test
    void tokensWithoutPriceAndHedgesWithoutMarkAreLeftOut() {
        Book b = Fixtures.book(List.of(holding("X", 1_000), holding("Y", 100)),
                List.of(hedge("x", "XUSDT", "X", "X").position(-500).build()));
        RiskView v = new RiskEngine().evaluate(b, new Fixtures.Market(NOW).spot("X", 10).build(), NOW);
        assertThat(v.scenario().uniform().spotPnl()).isCloseTo(-2_000, within(1e-9));
        assertThat(v.scenario().uniform().hedgePnl()).isEqualTo(0);
        assertThat(v.scenario().market().spotPnl()).isCloseTo(-2_000, within(1e-9)); // beta n/a -> 1
    }

    @Test
    void btcMovesByExactlyTheShock() {
        assertThat(Shocks.marketMove("BTC", -20, t -> java.util.OptionalDouble.of(0.9))).isEqualTo(-0.2);
        assertThat(Shocks.marketMove("SOL", -20, t -> java.util.OptionalDouble.of(1.5))).isCloseTo(-0.3, within(1e-15));
        assertThat(Shocks.marketMove("SOL", -20, t -> java.util.OptionalDouble.empty())).isEqualTo(-0.2);
    }
}
