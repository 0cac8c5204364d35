package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HedgeEffectivenessTest {
    static final OptionalDouble RHO = OptionalDouble.of(0.6);
    static final OptionalDouble BETA = OptionalDouble.of(1.2);

    @Test
    void atTheBetaRatioItIsRhoSquared() {
        // h = 1.2: (2 * 1.2 * 1.2 - 1.44) * 0.36 / 1.44 = 1.44 * 0.25 = 0.36
        assertThat(HedgeEffectiveness.ofWindow(false, true, BETA, 100, RHO, BETA).getAsDouble())
                .isCloseTo(0.36, within(1e-12));
    }

    @Test
    void otherRatiosRemoveLess() {
        // ratio one, h = 1: (2.4 - 1) * 0.25 = 0.35; correlation, h = 0.6: (1.44 - 0.36) * 0.25 = 0.27
        assertThat(HedgeEffectiveness.ofWindow(false, true, OptionalDouble.of(1), 100, RHO, BETA).getAsDouble())
                .isCloseTo(0.35, within(1e-12));
        assertThat(HedgeEffectiveness.ofWindow(false, true, RHO, 100, RHO, BETA).getAsDouble())
                .isCloseTo(0.27, within(1e-12));
    }

    @Test
    void aDirectHedgeIsTwoHMinusHSquared() {
        assertThat(HedgeEffectiveness.ofWindow(true, true, OptionalDouble.of(1), 100, OptionalDouble.empty(),
                OptionalDouble.empty()).getAsDouble()).isCloseTo(1, within(1e-12));
        // half hedged: 2 * 0.5 - 0.25 = 0.75
        assertThat(HedgeEffectiveness.ofWindow(true, true, OptionalDouble.of(1), 50, OptionalDouble.empty(),
                OptionalDouble.empty()).getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void unknownWithoutTheWindowOrAZeroBeta() {
        assertThat(HedgeEffectiveness.ofWindow(true, false, OptionalDouble.of(1), 100, RHO, BETA)).isEmpty();
        assertThat(HedgeEffectiveness.ofWindow(false, true, OptionalDouble.of(1), 100, RHO, OptionalDouble.of(0)))
                .isEmpty();
    }
}
