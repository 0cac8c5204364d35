package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hedgetop.risk.Fixtures.NOW;
import static org.hedgetop.risk.Fixtures.hedge;
import static org.hedgetop.risk.Fixtures.holding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.market.SymbolStatus;
import org.hedgetop.market.SymbolStatus.Health;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertsTest {
    private static List<Alert> alerts(Book b, Fixtures.Market m) {
        return new RiskEngine().evaluate(b, m.build(), NOW).alerts();
    }

    @Test
    void driftAlertSaysCoverageTargetAndOrder() {
        // example 3 after staking: coverage 45.45 % vs target 50 % is inside 5 %; with target 60 % it drifts
        Book b = Fixtures.book(List.of(holding("X", 55_000)),
                List.of(hedge("x-perp", "XUSDT", "X", "X").size(250).target(60).position(-100).build()));
        List<Alert> a = alerts(b, new Fixtures.Market(NOW).spot("X", 2.2).future("XUSDT", 2.2));
        // needed = 121,000 * 60 % / 550 = 132 -> sell 32
        assertThat(a).containsExactly(new Alert(Alert.Kind.DRIFT, "x-perp",
                "coverage 45.5 % vs target 60 % (tolerance 5 %); sell 32 contracts"));
    }

    @Test
    void noDriftAlertInsideTheTolerance() {
        Book b = Fixtures.book(List.of(holding("X", 55_000)),
                List.of(hedge("x-perp", "XUSDT", "X", "X").size(250).target(50).position(-100).build()));
        assertThat(alerts(b, new Fixtures.Market(NOW).spot("X", 2.2).future("XUSDT", 2.2))).isEmpty();
    }

    @Test
    void oneAlertPerHedgeWithEveryFlagAndTheExitRuleWins() {
        Book b = Fixtures.book(List.of(holding("X", 50_000)),
                List.of(hedge("x", "XUSDT", "X", "X").size(250).position(-220).margin(2, 10)
                        .exit(null, 1.5, null, null, null).build()));
        // liq = 2 * (1 + 0.1 - 0.005) = 2.19; mark 2.00 -> 100 * 0.19 / 2 = 9.5 % < 10 %
        // coverage 220 * 250 * 2 / 100,000 = 110 %; net delta 100,000 - 110,000 < 0: the book is net short
        List<Alert> a = alerts(b, new Fixtures.Market(NOW).spot("X", 2).future("XUSDT", 2));
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alert.Kind.EXIT_RULE);
            assertThat(x.flags()).containsExactly(Alert.Kind.EXIT_RULE, Alert.Kind.LIQUIDATION,
                    Alert.Kind.OVER_HEDGE, Alert.Kind.DRIFT);
            assertThat(x.subject()).isEqualTo("x");
            assertThat(x.message()).isEqualTo("exit rule fired: price_above 1.5 (spot 2.00); mark 2.00 is 9.5 % below "
                    + "the estimated liquidation price 2.19; coverage 110.0 % is above 105.0 %: the short is larger "
                    + "than the exposure it covers x factor; the book is net short; close 220 contracts");
        });
    }

    @Test
    void anOverHedgedHedgeInANetLongBookDoesNotCallTheBookNetShort() {
        // X: 100,000 hedged by 220 x 250 x 2 = 110,000 (110 %); Y: 100,000 unhedged; net delta +90,000
        Book b = Fixtures.book(List.of(holding("X", 50_000), holding("Y", 100_000)),
                List.of(hedge("x-perp", "XUSDT", "X", "X").size(250).position(-220).build()));
        List<Alert> a = alerts(b, new Fixtures.Market(NOW).spot("X", 2).spot("Y", 1).future("XUSDT", 2));
        assertThat(a).containsExactly(new Alert(Alert.Kind.OVER_HEDGE, List.of(Alert.Kind.DRIFT), "x-perp",
                "coverage 110.0 % is above 105.0 %: the short is larger than the exposure it covers x factor; "
                        + "target 100 %; buy back 20 contracts"));
        assertThat(a.get(0).flags()).containsExactly(Alert.Kind.OVER_HEDGE, Alert.Kind.DRIFT);
    }

    @Test
    void aFiredExitRuleTurnsTheActionIntoCloseAndKeepsTheNumericOrder() {
        Book b = Fixtures.book(List.of(holding("X", 55_000)),
                List.of(hedge("x-perp", "XUSDT", "X", "X").size(250).target(60).position(-100)
                        .exit("2026-11-01", null, null, null, null).build()));
        RiskView v = new RiskEngine().evaluate(b, new Fixtures.Market(NOW).spot("X", 2.2).future("XUSDT", 2.2).build(),
                NOW);
        assertThat(v.hedges().get(0).order()).hasValue(32);
        assertThat(v.hedges().get(0).action()).isEqualTo("close 100");
        assertThat(v.alerts()).containsExactly(new Alert(Alert.Kind.EXIT_RULE, List.of(Alert.Kind.DRIFT), "x-perp",
                "exit rule fired: after 2026-11-01 (today 2026-11-16); close 100 contracts"));
    }

    @Test
    void pausedPollingAndReplaysDoNotMakePricesStaleByAge() {
        Book b = Fixtures.book(List.of(holding("X", 10), holding("Y", 10)), List.of());
        var m = new Fixtures.Market(NOW).spot("X", 1).spot("Y", 1)
                .status("X", new SymbolStatus(Health.STALE, Optional.of(NOW), "HTTP 429, retry in 30 s"))
                .status("Y", new SymbolStatus(Health.OK, Optional.of(Instant.parse("2026-11-16T11:56:40Z")), ""));
        assertThat(new RiskEngine().evaluate(b, m.build(), NOW, false).alerts()).extracting(Alert::subject)
                .containsExactly("X", "Y");
        RiskView paused = new RiskEngine().evaluate(b, m.build(), NOW, true);
        assertThat(paused.alerts()).extracting(Alert::subject).containsExactly("X"); // a failing feed still is
        assertThat(paused.tokens()).extracting(TokenRow::stale).containsExactly(true, false);
        assertThat(new RiskEngine().evaluate(b, m.build("replay"), NOW).alerts()).extracting(Alert::subject)
                .containsExactly("X");
    }

    @ParameterizedTest(name = "{0} updated {1}: stale {2}")
    @CsvSource({
            "OK,        2026-11-16T11:59:50Z, false",
            "OK,        2026-11-16T11:59:45Z, false", // exactly 3 polls of 5 s
            "OK,        2026-11-16T11:59:44Z, true",
            "STALE,     2026-11-16T12:00:00Z, true",
            "ERROR,     2026-11-16T12:00:00Z, true",
            "NO_MARKET, 2026-11-16T12:00:00Z, false"}) // flagged as noMarket instead
    void staleness(Health health, String lastUpdate, boolean stale) {
        SymbolStatus s = new SymbolStatus(health, Optional.of(Instant.parse(lastUpdate)), "");
        assertThat(Alerts.stale(s, NOW, 5)).isEqualTo(stale);
    }

    @Test
    void staleAlertsForTokensUnderlyingsAndInstruments() {
        Book b = Fixtures.book(List.of(holding("X", 10), holding("Y", 10), holding("Z", 10), holding("W", 10)),
                List.of(hedge("x", "XUSDT", "X", "X").build(), hedge("e", "ETHUSDT", "ETH", "Y").build()));
        var m = new Fixtures.Market(NOW).spot("X", 1).spot("Y", 1).spot("Z", 1).spot("W", 1)
                .status("X", new SymbolStatus(Health.STALE, Optional.of(NOW), "HTTP 429, retry in 30 s"))
                .status("Y", new SymbolStatus(Health.OK, Optional.of(Instant.parse("2026-11-16T11:56:40Z")), ""))
                .status("Z", new SymbolStatus(Health.NO_MARKET, Optional.empty(), ""))
                .status("ETH", new SymbolStatus(Health.ERROR, Optional.empty(), "bad \u001b[31mJSON"))
                .status("XUSDT", new SymbolStatus(Health.NO_MARKET, Optional.empty(), ""));
        RiskView v = new RiskEngine().evaluate(b, m.build(), NOW);
        assertThat(v.alerts()).containsExactly(
                new Alert(Alert.Kind.STALE, "X", "X: data is stale: HTTP 429, retry in 30 s"),
                new Alert(Alert.Kind.STALE, "Y", "Y: no update for 3 m 20 s"),
                new Alert(Alert.Kind.STALE, "Z", "Z: the source does not list it; its value is left out"),
                new Alert(Alert.Kind.STALE, "ETH", "ETH: feed error: bad ?[31mJSON"),
                new Alert(Alert.Kind.STALE, "XUSDT", "XUSDT: the source does not list it; its value is left out"),
                // no status and no mark at all: said, not silent (issue 12 item 1)
                new Alert(Alert.Kind.STALE, "ETHUSDT", "ETHUSDT: feed error: no price yet"));
        assertThat(v.tokens()).extracting(TokenRow::stale).containsExactly(true, true, false, false);
        assertThat(v.tokens()).extracting(TokenRow::noMarket).containsExactly(false, false, true, false);
        assertThat(v.hedges()).extracting(HedgeRow::noMarket).containsExactly(true, false);
    }

    @Test
    void humanDurations() {
        assertThat(Alerts.human(java.time.Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Alerts.human(java.time.Duration.ofSeconds(7_500))).isEqualTo("2 h 5 m");
        assertThat(Alerts.human(java.time.Duration.ofHours(76))).isEqualTo("3 d 4 h");
    }
}
