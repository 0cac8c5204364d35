package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;

import org.junit.jupiter.api.Test;

/** The engine puts LegEffectivenessWiringTest's figures on the proxy hedge's row, and none on the direct one. */
class LegRowTest {
    @Test
    void theProxyRowCarriesBothLegsAndTheBetterOne() {
        RiskView v = new RiskEngine().evaluate(LegEffectivenessWiringTest.book(), LegEffectivenessWiringTest.market(),
                NOW);
        HedgeRow proxy = v.hedges().stream().filter(h -> h.id().equals("uni-eth")).findFirst().orElseThrow();
        assertThat(proxy.legs().legs()).extracting(LegEffectiveness.Leg::leg).containsExactly("BTC", "ETH");
        assertThat(proxy.legs().legs().get(0).outOfSample().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(proxy.legs().legs().get(1).inSample().getAsDouble()).isCloseTo(1, within(1e-9));
        assertThat(proxy.legs().legs().get(1).outOfSample().getAsDouble()).isCloseTo(41.0 / 48, within(1e-9));
        // in-sample both 1; out-of-sample BTC 1 > ETH 41/48
        assertThat(proxy.legs().better()).contains("BTC");
        HedgeRow direct = v.hedges().stream().filter(h -> h.id().equals("sol")).findFirst().orElseThrow();
        assertThat(direct.legs()).isEqualTo(HedgeRow.Legs.NONE);
    }
}
