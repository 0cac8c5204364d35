package org.hedgetop.tui;

import java.util.ArrayList;
import java.util.List;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.TokenRow;

/** The benchmark's book size: 1,000 holdings and 200 hedges, built from the demo fixture's shapes. */
public final class BigBook {
    private BigBook() {
    }

    public static List<TokenRow> tokens(int n) {
        List<TokenRow> base = Fixture.tokens();
        List<TokenRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TokenRow t = base.get(i % base.size());
            out.add(new TokenRow(t.token() + i, t.units(), t.price(), t.exposure(), t.weightPct(), t.sector(),
                    t.rhoBtc(), t.rhoEth(), t.betaBtc(), t.betaEth(), t.volatilityPct(), t.changePct(),
                    t.stakingApyPct(), t.stakingCarryPerYear(), t.noMarket(), t.stale()));
        }
        return out;
    }

    public static List<HedgeRow> hedges(int n, List<TokenRow> tokens) {
        List<HedgeRow> base = Fixture.hedges();
        List<HedgeRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            HedgeRow h = base.get(i % base.size());
            List<String> covers = tokens.isEmpty() ? List.of("X") : List.of(tokens.get((5 * i) % tokens.size()).token(),
                    tokens.get((5 * i + 1) % tokens.size()).token());
            out.add(h.withNames(h.id() + "-" + i, h.instrument() + i, covers, h.exitFired()));
        }
        return out;
    }

    public record Book(RiskView view, MarketSnapshot market) {
    }

    public static Book of(int tokens, int hedges) {
        List<TokenRow> t = tokens(tokens);
        List<HedgeRow> h = hedges(hedges, t);
        return new Book(Fixture.view(t, h), Fixture.market(t, h));
    }



}
