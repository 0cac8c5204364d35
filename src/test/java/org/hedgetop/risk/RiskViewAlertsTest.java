package org.hedgetop.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hedgetop.tui.Fixture;
import org.junit.jupiter.api.Test;

/** Alerts added after the engine (the account's position mismatch) keep one alert per subject. */
class RiskViewAlertsTest {
    @Test
    void aMismatchOnAHedgeThatDriftsJoinsItsAlertAndBecomesItsKind() {
        RiskView view = Fixture.view();
        Alert mismatch = new Alert(Alert.Kind.POSITION_MISMATCH, "sol-perp",
                "the book holds -1200 contracts of SOLUSDT, the exchange -1900");

        RiskView merged = view.withMoreAlerts(List.of(mismatch));

        List<Alert> sol = merged.alerts().stream().filter(a -> a.subject().equals("sol-perp")).toList();
        assertThat(sol).hasSize(1);
        assertThat(sol.get(0).kind()).isEqualTo(Alert.Kind.POSITION_MISMATCH);
        assertThat(sol.get(0).flags()).containsExactly(Alert.Kind.POSITION_MISMATCH, Alert.Kind.DRIFT);
        assertThat(sol.get(0).message()).isEqualTo("the book holds -1200 contracts of SOLUSDT, the exchange -1900; "
                + "coverage 90.0% vs target 100% (tolerance 5%): sell 1,015");
        // the fixture's two avax-perp alerts (liquidation, over-hedge) are joined as well: four subjects
        assertThat(merged.alerts()).extracting(Alert::subject).containsExactly("btc-dec", "avax-perp", "sol-perp", "TIA");
    }

    @Test
    void aMismatchOnANewSubjectIsPlacedBySeverity() {
        RiskView view = Fixture.view();
        Alert mismatch = new Alert(Alert.Kind.POSITION_MISMATCH, "link-perp", "the book holds -700, the exchange 0");

        List<Alert> alerts = view.withMoreAlerts(List.of(mismatch)).alerts();

        assertThat(alerts).extracting(Alert::subject)
                .containsExactly("btc-dec", "avax-perp", "link-perp", "sol-perp", "TIA");
    }
}
