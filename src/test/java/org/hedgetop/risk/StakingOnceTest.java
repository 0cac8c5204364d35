package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.book;
import static org.hedgetop.risk.Fixtures.hedge;
import static org.hedgetop.risk.Fixtures.holding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hedgetop.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

/** A token's staking counts once over the hedges that cover it (issue 11: two hedges on SOL added it twice). */
class StakingOnceTest {
    @Test
    void twoHedgesOnOneStakingTokenShareItsStaking() {
        // SOL 1,000 units at 150 = 150,000; 7 % APY -> 10,500 a year; two perpetuals cover SOL, one covers ADA
        var b = book(List.of(holding("SOL", 1_000, "L1", 7), holding("ADA", 10_000, "L1", Double.NaN)),
                List.of(hedge("sol-a", "SOLUSDT", "SOL", "SOL").position(-100).build(),
                        hedge("sol-b", "SOLUSDT", "SOL", "SOL").position(-100).build(),
                        hedge("ada", "ADAUSDT", "ADA", "ADA").position(-100).build()));
        // funding 0.0001 every 8 h on 100 contracts of 1 at 150: 100 * 150 * 0.0001 * 3 * 365 = 1,642.5 a year
        var q = Fixtures.perpQuote(150, 0.0001, Duration.ofHours(8), NOW.plusSeconds(3600));
        var m = new MarketSnapshot(NOW, Map.of("SOL", 150.0, "ADA", 0.5), Map.of("SOLUSDT", q,
                "ADAUSDT", Fixtures.perpQuote(0.5, 0.0001, Duration.ofHours(8), NOW.plusSeconds(3600))), Map.of(),
                Map.of(), Map.of(), Map.of(), "test", "live");
        RiskView v = new RiskEngine().evaluate(b, m, NOW);
        HedgeRow a = v.hedges().get(0);
        HedgeRow bb = v.hedges().get(1);
        assertThat(a.funding().stakingCarryPerYear().getAsDouble()).isCloseTo(5_250, within(1e-6));
        assertThat(bb.funding().stakingCarryPerYear().getAsDouble()).isCloseTo(5_250, within(1e-6));
        assertThat(a.funding().netCarryPerYear().getAsDouble()).isCloseTo(5_250 + 1_642.5, within(1e-6));
        // ADA does not stake: no share, and the net carry is the funding alone (100 * 0.5 * 0.0001 * 1095 = 5.475)
        HedgeRow ada = v.hedges().get(2);
        assertThat(ada.funding().stakingCarryPerYear()).isEmpty();
        assertThat(ada.funding().netCarryPerYear().getAsDouble()).isCloseTo(5.475, within(1e-9));
        // the rows add up to SOL's staking once, which is the book's staking total
        assertThat(v.totals().stakingCarryPerYear()).isCloseTo(10_500, within(1e-6));
    }
}
