package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.risk.Fixtures.hedge;

import java.time.Instant;
import java.util.OptionalDouble;
import org.hedgetop.book.Hedge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitRulesTest {
    private static final OptionalDouble NONE = OptionalDouble.empty();

    @ParameterizedTest(name = "after {0} at {1}: fired {2}")
    @CsvSource({
            "2026-11-15, 2026-11-15T23:59:59Z, false", // the named day is not over yet
            "2026-11-15, 2026-11-16T00:00:00Z, true",
            "2026-11-15, 2026-11-16T12:00:00Z, true",
            "2026-11-16, 2026-11-16T12:00:00Z, false"})
    void afterFiresOnceTheDateHasPassed(String after, String now, boolean fired) {
        Hedge h = hedge("h", "SOLUSDT", "SOL", "SOL").exit(after, null, null, null, null).build();
        assertThat(ExitRules.fired(h, NONE, NONE, Instant.parse(now)))
                .isEqualTo(fired ? java.util.List.of("after " + after + " (today 2026-11-16)") : java.util.List.of());
    }

    @ParameterizedTest(name = "spot {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "185.2 | price_above 180 (spot 185.20)",
            "180   | ''", // equal is not above
            "100   | ''",
            "99.5  | price_below 100 (spot 99.50)",
            "0.5   | price_below 100 (spot 0.5000)"})
    void priceRulesUseTheSpot(double spot, String expected) {
        Hedge h = hedge("h", "SOLUSDT", "SOL", "SOL").exit(null, 180.0, 100.0, null, null).build();
        assertThat(String.join(",", ExitRules.fired(h, OptionalDouble.of(spot), NONE, Fixtures.NOW))).isEqualTo(expected);
    }

    @Test
    void volatilityRuleUsesTheBasketVolatilityAndNeedsOne() {
        Hedge h = hedge("h", "ETHUSDT", "ETH", "UNI", "AAVE").exit(null, null, null, 40.0, null).build();
        assertThat(ExitRules.fired(h, NONE, OptionalDouble.of(35), Fixtures.NOW))
                .containsExactly("volatility_below_pct 40 (volatility 35.0 %)");
        assertThat(ExitRules.fired(h, NONE, OptionalDouble.of(40), Fixtures.NOW)).isEmpty();
        assertThat(ExitRules.fired(h, NONE, NONE, Fixtures.NOW)).isEmpty();
    }

    @Test
    void maxDaysCountsFromOpened() {
        // 2026-09-01T00:00 to 2026-11-16T12:00 = 30 + 31 + 15 days + 12 h = 76.5 days
        Hedge h = hedge("h", "SOLUSDT", "SOL", "SOL").opened("2026-09-01T00:00:00Z").exit(null, null, null, null, 60)
                .build();
        assertThat(ExitRules.fired(h, NONE, NONE, Fixtures.NOW)).containsExactly("max_days 60 (open 76.5 days)");
        Hedge h76 = hedge("h", "SOLUSDT", "SOL", "SOL").opened("2026-09-01T00:00:00Z").exit(null, null, null, null, 77)
                .build();
        assertThat(ExitRules.fired(h76, NONE, NONE, Fixtures.NOW)).isEmpty();
        Hedge noOpened = hedge("h", "SOLUSDT", "SOL", "SOL").exit(null, null, null, null, 1).build();
        assertThat(ExitRules.fired(noOpened, NONE, NONE, Fixtures.NOW)).isEmpty();
    }

    @Test
    void severalRulesFireTogetherInTheirOrder() {
        Hedge h = hedge("h", "SOLUSDT", "SOL", "SOL").opened("2026-09-01T00:00:00Z")
                .exit("2026-10-01", 180.0, null, 50.0, 30).build();
        assertThat(ExitRules.fired(h, OptionalDouble.of(200), OptionalDouble.of(20), Fixtures.NOW)).containsExactly(
                "after 2026-10-01 (today 2026-11-16)", "price_above 180 (spot 200.00)", "volatility_below_pct 50 (volatility 20.0 %)",
                "max_days 30 (open 76.5 days)");
    }

    @Test
    void aBasketUsesItsFirstCoveredTokenThroughTheEngine() {
        var b = Fixtures.book(java.util.List.of(Fixtures.holding("UNI", 10), Fixtures.holding("AAVE", 1)),
                java.util.List.of(hedge("h", "ETHUSDT", "ETH", "AAVE", "UNI").exit(null, 100.0, null, null, null).build()));
        var market = new Fixtures.Market(Fixtures.NOW).spot("UNI", 10).spot("AAVE", 150).spot("ETH", 3000).build();
        assertThat(new RiskEngine().evaluate(b, market, Fixtures.NOW).hedges().get(0).exitFired())
                .containsExactly("price_above 100 (spot 150.00)");
    }
}
