package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.book;
import static org.hedgetop.risk.Fixtures.hedge;
import static org.hedgetop.risk.Fixtures.holding;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizingTest {
    private static final OptionalDouble NONE = OptionalDouble.empty();

    private static OptionalDouble of(double v) {
        return OptionalDouble.of(v);
    }

    @ParameterizedTest(name = "round_half_up({0}) = {1}")
    @CsvSource({
            "100.5, 101", "100.4, 100", "100.49, 100", "0.5, 1", "2.5, 3", "1.5, 2", "0, 0",
            "99.99999999, 100", // floating noise just below an integer
            "100.49999999999999, 101", // a half that double arithmetic left a hair short
            "100.4999999, 100"}) // a genuine 100.4999999 is not a half
    void roundHalfUp(double value, long expected) {
        assertThat(Sizing.roundHalfUp(value)).isEqualTo(expected);
    }

    @Test
    void aQuotientOfExactlyOneHundredAndAHalfRoundsUp() {
        // 201 / 2 = 100.5 contracts: N* = 100.5 * 500 = 50,250 with a 500 notional
        assertThat(Sizing.contractsNeeded(of(50_250), of(500))).hasValue(101);
        // 165 units at 0.70 are 115.5 by hand but 115.49999999999999 in doubles; the hand value rounds to 116
        assertThat(165 * 0.7).isLessThan(115.5);
        assertThat(Sizing.contractsNeeded(of(165 * 0.7), of(1))).hasValue(116);
        // 3 units at 0.70 hedged with a contract of 1 at mark 1.40: 2.1 / 1.4 = 1.5 by hand -> 2
        assertThat(3 * 0.7 / 1.4).isLessThan(1.5);
        assertThat(Sizing.contractsNeeded(of(3 * 0.7), of(1.4))).hasValue(2);
    }

    @Test
    void aNegativeFactorAsksForNoShortAndHasNoCoverage() {
        assertThat(Sizing.contractsNeeded(of(-3_000), of(300))).hasValue(0);
        assertThat(Sizing.coveragePct(10, of(300), of(30_000), of(-0.5))).isEmpty();
        assertThat(Sizing.coveragePct(10, of(300), of(30_000), of(0))).isEmpty();
    }

    @Test
    void missingInputsEmptyOnlyWhatDependsOnThem() {
        assertThat(Sizing.exposure(10, NONE)).isEmpty();
        assertThat(Sizing.coveredExposure(List.of(of(1), NONE))).isEmpty();
        assertThat(Sizing.weights(List.of(of(1), NONE))).isNull();
        assertThat(Sizing.contractNotional(5, NONE)).isEmpty();
        assertThat(Sizing.contractsNeeded(of(1000), NONE)).isEmpty();
        assertThat(Sizing.contractsNeeded(NONE, of(10))).isEmpty();
        assertThat(Sizing.order(OptionalLong.empty(), 3)).isEmpty();
        assertThat(Sizing.coveragePct(1, NONE, of(1), of(1))).isEmpty();
        assertThat(Sizing.overHedged(NONE, 5)).isFalse();
        assertThat(Sizing.drift(NONE, 100, 5)).isFalse();
    }

    @ParameterizedTest(name = "coverage {0} target {1}: over {2} drift {3}")
    @CsvSource({
            "105.0, 100, false, false", // on the tolerance edge: not yet
            "105.01, 100, true, true",
            "94.99, 100, false, true",
            "95.0, 100, false, false",
            "120, 150, true, true", // net short even though under the (high) target
            "152, 150, true, false"})
    void driftAndOverHedgeFlags(double coverage, double target, boolean over, boolean drift) {
        assertThat(Sizing.overHedged(of(coverage), 5)).isEqualTo(over);
        assertThat(Sizing.drift(of(coverage), target, 5)).isEqualTo(drift);
    }

    @Test
    void factorIsOneForDirectAndRatioOneAndOtherwiseTheBasketStatistic() {
        var direct = hedge("d", "SOLUSDT", "SOL", "SOL").ratio(Ratio.CORRELATION).build();
        var one = hedge("o", "ETHUSDT", "ETH", "UNI").ratio(Ratio.ONE).build();
        var corr = hedge("c", "ETHUSDT", "ETH", "UNI").ratio(Ratio.CORRELATION).build();
        var beta = hedge("b", "ETHUSDT", "ETH", "UNI").ratio(Ratio.BETA).build();
        assertThat(Sizing.factor(direct, of(0.8), of(1.4))).hasValue(1);
        assertThat(Sizing.factor(one, of(0.8), of(1.4))).hasValue(1);
        assertThat(Sizing.factor(corr, of(0.8), of(1.4))).hasValue(0.8);
        assertThat(Sizing.factor(beta, of(0.8), of(1.4))).hasValue(1.4);
        assertThat(Sizing.factor(beta, of(0.8), NONE)).isEmpty();
    }

    @Test
    void overHedgedHedgeThroughTheEngine() {
        // example 1 held 220 against 200 needed: coverage 220*500/100,000 = 110 % > 105 %
        Book b = book(List.of(holding("X", 50_000)),
                List.of(hedge("x", "XUSDT", "X", "X").size(250).position(-220).build()));
        RiskView v = new RiskEngine().evaluate(b, new Fixtures.Market(NOW).spot("X", 2).future("XUSDT", 2).build(), NOW);
        HedgeRow h = v.hedges().get(0);
        assertThat(h.coveragePct().getAsDouble()).isCloseTo(110, within(1e-9));
        assertThat(h.overHedged()).isTrue();
        assertThat(h.drift()).isTrue();
        assertThat(h.order()).hasValue(-20); // buy back 20
        assertThat(v.totals().netDelta().getAsDouble()).isCloseTo(100_000 - 220 * 500, within(1e-6));
        assertThat(v.totals().coveragePct().getAsDouble()).isCloseTo(110, within(1e-9));
    }

    @Test
    void weightsAndSectorsWithOtherForHoldingsWithoutOne() {
        // SOL 1,000 * 150 = 150,000 (Layer-1), ETH 10 * 3,000 = 30,000 (Layer-1), DOGE 100,000 * 0.2 = 20,000 (none)
        Book b = book(List.of(Fixtures.holding("SOL", 1_000, "Layer-1", Double.NaN),
                Fixtures.holding("DOGE", 100_000, null, Double.NaN),
                Fixtures.holding("ETH", 10, "Layer-1", Double.NaN)), List.of());
        RiskView v = new RiskEngine().evaluate(b,
                new Fixtures.Market(NOW).spot("SOL", 150).spot("ETH", 3_000).spot("DOGE", 0.2).build(), NOW);
        assertThat(v.totals().exposure().getAsDouble()).isCloseTo(200_000, within(1e-9));
        assertThat(v.tokens().get(0).weightPct().getAsDouble()).isCloseTo(75, within(1e-9));
        assertThat(v.tokens().get(1).weightPct().getAsDouble()).isCloseTo(10, within(1e-9));
        assertThat(v.sectors()).extracting(SectorRow::sector).containsExactly("Layer-1", "other");
        assertThat(v.sectors().get(0).exposure()).isCloseTo(180_000, within(1e-9));
        assertThat(v.sectors().get(0).weightPct()).isCloseTo(90, within(1e-9));
        assertThat(v.sectors().get(1).weightPct()).isCloseTo(10, within(1e-9));
        assertThat(v.totals().coveragePct()).hasValue(0);
    }
}
