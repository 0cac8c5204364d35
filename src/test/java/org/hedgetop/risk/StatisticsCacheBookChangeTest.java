package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.closesFromReturns;
import static org.hedgetop.risk.Fixtures.dailyCloses;
import static org.hedgetop.risk.Fixtures.holding;

import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Settings;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

/** A book that gains or loses a token mid-run gets the statistics a fresh engine would give it. */
class StatisticsCacheBookChangeTest {
    private static final double[] A = {0.01, -0.02, 0.03, 0.01};
    private static final double[] B = {0.02, -0.01, 0.01, 0.0};
    private static final double[] C = {-0.01, 0.02, 0.0, 0.02};

    private static Book book(String... tokens) {
        return Fixtures.book(java.util.Arrays.stream(tokens).map(t -> holding(t, 100)).toList(), List.of(),
                Settings.DEFAULT, Fixtures.feed(Interval.D1, 4));
    }

    private static MarketSnapshot market() {
        return new Fixtures.Market(NOW).spot("TOK", 100).spot("NEW", 5).spot("BTC", 90_000).spot("ETH", 3_000)
                .history("TOK", dailyCloses(NOW, closesFromReturns(100, A)))
                .history("NEW", dailyCloses(NOW, closesFromReturns(5, C)))
                .history("BTC", dailyCloses(NOW, closesFromReturns(80_000, B)))
                .history("ETH", dailyCloses(NOW, closesFromReturns(2_900, A))).build();
    }

    @Test
    void addingAndRemovingATokenGivesWhatAFreshEngineGives() {
        RiskEngine engine = new RiskEngine();
        MarketSnapshot m = market();
        for (Book b : List.of(book("TOK"), book("TOK", "NEW"), book("NEW"), book("NEW", "TOK"), book("TOK"))) {
            RiskView warm = engine.evaluate(b, m, NOW);
            RiskView cold = new RiskEngine().evaluate(b, m, NOW);
            assertThat(warm.tokens()).isEqualTo(cold.tokens());
            assertThat(warm.correlations().labels()).isEqualTo(cold.correlations().labels());
            for (int i = 0; i < cold.correlations().size(); i++) {
                for (int j = 0; j < cold.correlations().size(); j++) {
                    assertThat(warm.correlations().rho(i, j)).isEqualTo(cold.correlations().rho(i, j));
                }
            }
        }
    }
}
