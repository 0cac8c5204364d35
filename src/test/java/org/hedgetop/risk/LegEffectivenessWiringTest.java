package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.closesFromReturns;
import static org.hedgetop.risk.Fixtures.dailyCloses;
import static org.hedgetop.risk.Fixtures.holding;
import static org.hedgetop.risk.Fixtures.scale;

import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Settings;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The statistics carry twice the window of returns for a proxy hedge, and the leg figures come out of them
 * as LegEffectivenessTest computes them by hand (window 3, 6 returns).
 */
class LegEffectivenessWiringTest {
    private static final double[] ETH = scale(0.01, new double[] {1, -1, 0, 1, -1, 0});
    // UNI: beta 1 to ETH over the first 3 returns, 2 over the last 3 (the halfway case: out-of-sample 41/48)
    private static final double[] UNI = scale(0.01, new double[] {1, -1, 0, 2, -2, 0});
    // BTC: exactly UNI / 1.4, so UNI is 1.4 x BTC throughout: 1 in- and out-of-sample
    private static final double[] BTC = scale(1 / 1.4, UNI);
    private static final double[] SOL = scale(0.01, new double[] {2, 1, -1, 0, 3, -2});

    static Book book() {
        return Fixtures.book(List.of(holding("UNI", 1_000), holding("SOL", 10)),
                List.of(Fixtures.hedge("uni-eth", "ETHUSDT", "ETH", "UNI").build(),
                        Fixtures.hedge("sol", "SOLUSDT", "SOL", "SOL").build()),
                Settings.DEFAULT, Fixtures.feed(Interval.D1, 3));
    }

    static MarketSnapshot market() {
        return new Fixtures.Market(NOW).spot("UNI", 10).spot("SOL", 150).spot("BTC", 90_000).spot("ETH", 3_000)
                .future("ETHUSDT", 3_000).future("SOLUSDT", 150)
                .history("UNI", dailyCloses(NOW, closesFromReturns(9, UNI)))
                .history("SOL", dailyCloses(NOW, closesFromReturns(140, SOL)))
                .history("BTC", dailyCloses(NOW, closesFromReturns(80_000, BTC)))
                .history("ETH", dailyCloses(NOW, closesFromReturns(2_900, ETH))).build();
    }

    @Test
    void aProxyHedgeGetsBothLegsInAndOutOfSampleADirectOneNone() {
        Statistics s = new StatisticsCache().get(book(), market(), NOW);

        List<LegEffectiveness.Leg> legs = s.legEffectiveness("uni-eth", new double[] {1});
        assertThat(legs).extracting(LegEffectiveness.Leg::leg).containsExactly("BTC", "ETH");
        assertThat(legs.get(0).inSample().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(legs.get(0).outOfSample().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(legs.get(1).inSample().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(legs.get(1).outOfSample().getAsDouble()).isCloseTo(41.0 / 48, within(1e-9));

        assertThat(s.legEffectiveness("sol", new double[] {1})).isEmpty();
        // the usual statistics still use the last window only: beta(UNI, ETH) over the last 3 returns is 2
        assertThat(s.asset("UNI").betaEth().getAsDouble()).isCloseTo(2, within(1e-9));
    }

    @Test
    void withOnlyOneWindowOfHistoryTheOutOfSampleFigureIsNa() {
        MarketSnapshot shortHistory = new Fixtures.Market(NOW).spot("UNI", 10).spot("SOL", 150).spot("BTC", 90_000)
                .spot("ETH", 3_000).future("ETHUSDT", 3_000).future("SOLUSDT", 150)
                .history("UNI", dailyCloses(NOW, closesFromReturns(9, 0.02, -0.02, 0)))
                .history("BTC", dailyCloses(NOW, closesFromReturns(80_000, 0.01, -0.01, 0)))
                .history("ETH", dailyCloses(NOW, closesFromReturns(2_900, 0.01, -0.01, 0))).build();
        Statistics s = new StatisticsCache().get(book(), shortHistory, NOW);
        List<LegEffectiveness.Leg> legs = s.legEffectiveness("uni-eth", new double[] {1});
        // in-sample: UNI = 2 x ETH over the window, rho 1; out-of-sample: no window before any interval
        assertThat(legs.get(1).inSample().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(legs.get(1).outOfSample()).isEmpty();
    }
}
