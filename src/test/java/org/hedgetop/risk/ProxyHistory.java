package org.hedgetop.risk;

import static org.hedgetop.risk.Fixtures.closesFromReturns;
import static org.hedgetop.risk.Fixtures.dailyCloses;
import static org.hedgetop.risk.Fixtures.plus;
import static org.hedgetop.risk.Fixtures.scale;

import java.time.Instant;
import org.hedgetop.book.Interval;
import org.hedgetop.market.MarketSnapshot;

/**
 * Worked example 4's market: {@link #WINDOW} = 28 daily returns (7 blocks of 4, so that every block's
 * sums vanish inside the window) built so that the equal-weighted UNI/AAVE basket has beta exactly 1.4
 * and rho exactly 0.8 to ETH; see BasketStatsTest for the algebra. UNI = r_B + g and AAVE = r_B - g with
 * current exposures 15,000 each (weights 1/2, 1/2), so the basket is r_B whatever g is.
 */
final class ProxyHistory {
    static final double A = 0.01;
    static final int WINDOW = 28;

    private ProxyHistory() {
    }

    static org.hedgetop.book.FeedSpec feed() {
        return Fixtures.feed(Interval.D1, WINDOW);
    }

    static MarketSnapshot market(Instant now) {
        double[] u = Fixtures.repeat(7, A, -A, A, -A);
        double[] e = Fixtures.repeat(7, 1.05 * A, 1.05 * A, -1.05 * A, -1.05 * A);
        double[] g = Fixtures.repeat(7, 0.003, -0.001, 0.002, -0.004);
        double[] rb = plus(scale(1.4, u), e);
        return new Fixtures.Market(now)
                .spot("UNI", 10).spot("AAVE", 150).spot("ETH", 3_000).spot("BTC", 90_000)
                .future("ETHUSDT", 3_000)
                .history("ETH", dailyCloses(now, closesFromReturns(2_500, u)))
                .history("UNI", dailyCloses(now, closesFromReturns(9, plus(rb, g))))
                .history("AAVE", dailyCloses(now, closesFromReturns(140, plus(rb, scale(-1, g)))))
                .build();
    }
}
