package org.hedgetop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.TokenRow;
import org.junit.jupiter.api.Test;

/**
 * Names come from the portfolio file and the exchange. An escape sequence, a bidi override or a C1 control in
 * any of them must reach the terminal as a visible '?', never as itself.
 */
class SafeDrawingTest {
    private static final String ESC = "\u001b[31m";

    @Test
    void controlCharactersInNamesNeverReachTheTerminal() {
        List<TokenRow> tokens = new ArrayList<>(Fixture.tokens());
        TokenRow sol = tokens.get(0);
        tokens.set(0, new TokenRow("EV" + ESC + "IL", sol.units(), sol.price(), sol.exposure(), sol.weightPct(),
                Optional.of("Sec\u202Etor\u0085"), sol.rhoBtc(), sol.rhoEth(), sol.betaBtc(), sol.betaEth(),
                sol.volatilityPct(), sol.changePct(), sol.stakingApyPct(), sol.stakingCarryPerYear(), false,
                false));
        List<HedgeRow> hedges = new ArrayList<>(Fixture.hedges());
        HedgeRow h = hedges.get(0);
        hedges.set(0, h.withNames("bad\u0007id", "SOL" + ESC, List.of("EV" + ESC + "IL"),
                List.of("price_above\u009b180")));
        RiskView base = Fixture.view(tokens, hedges);
        RiskView view = new RiskView(base.time(), "book\u001b]0;pwned\u0007", base.quote(), base.interval(),
                base.window(), "simu\u001blated", "error: HTTP 500 \u001b[2J", tokens, hedges, base.totals(),
                base.sectors(), List.of(new Alert(Alert.Kind.DRIFT, "bad\u0007id", "drift \u001b[5m now")),
                base.scenario(), Fixture.matrix(tokens));
        UiState ui = UiState.initial(true, true).with(UiState.Flag.SECTORS, true)
                .withStatus("reloaded \u001b[H");

        StringBuilder everything = new StringBuilder();
        String screens = "";
        for (UiState.Overlay o : UiState.Overlay.values()) {
            UiState u = ScreenGoldenTest.with(ui, o);
            VirtualScreen s = VirtualScreen.render(200, 60, view, Fixture.market(tokens, hedges), u);
            everything.append(s.sent);
            screens += s.screenText();
        }
        assertThat(everything.length()).as("characters the terminal received").isGreaterThan(10_000);
        everything.chars().forEach(c -> {
            assertThat(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)).as("U+%04X sent", c).isTrue();
            assertThat(c).as("bidi override sent").isNotEqualTo(0x202E);
        });
        assertThat(screens).contains("EV?[31mIL", "bad?id", "book?]0;pwned?", "error: HTTP 500 ?[2J",
                "Sec?tor?", "price_above?180", "reloaded ?[H", "drift ?[5m now");
    }
}
