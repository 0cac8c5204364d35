package org.hedgetop.risk;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The two shock scenarios of DOMAIN.md section 2. {@code spot_pnl = sum E_t * move_t};
 * {@code hedge_pnl = sum position * contract_size * F * move_F} (a short gains when the move is negative);
 * {@code net_pnl = spot_pnl + hedge_pnl}. Tokens without a price and hedges without a mark are left out.
 *
 * <p>In the {@code market} scenario BTC moves by the shock and every other asset by
 * {@code beta(asset, BTC) * shock}; a futures instrument moves with its underlying's beta. Where a beta is
 * n/a (too little history, or a flat BTC), the asset moves by the shock itself, i.e. beta 1: the same
 * conservative default as the uniform scenario, rather than assuming the asset would not move at all.
 */
public final class Shocks {
    private Shocks() {
    }

    /** Both scenarios; {@code betaBtc} gives beta(token, BTC) for held tokens and hedge underlyings. */
    public static Scenarios of(List<TokenRow> tokens, List<HedgeRow> hedges, double shockPct,
                               Function<String, OptionalDouble> betaBtc) {
        return new Scenarios(shockPct, run(tokens, hedges, t -> shockPct / 100),
                run(tokens, hedges, t -> marketMove(t, shockPct, betaBtc)));
    }

    /** Every spot and every mark moves by {@code shockPct}. */
    public static ScenarioResult uniform(List<TokenRow> tokens, List<HedgeRow> hedges, double shockPct) {
        return run(tokens, hedges, t -> shockPct / 100);
    }

    /** BTC moves by {@code shockPct}, every other asset by its beta to BTC times it (beta 1 when n/a). */
    public static ScenarioResult market(List<TokenRow> tokens, List<HedgeRow> hedges, double shockPct,
                                        Function<String, OptionalDouble> betaBtc) {
        return run(tokens, hedges, t -> marketMove(t, shockPct, betaBtc));
    }

    /** Relative move of a token in the market scenario, as a fraction. */
    static double marketMove(String token, double shockPct, Function<String, OptionalDouble> betaBtc) {
        if (StatisticsCache.BTC.equals(token)) {
            return shockPct / 100; // beta(BTC, BTC) is 1 by definition, not an estimate
        }
        return betaBtc.apply(token).orElse(1) * shockPct / 100;
    }

    private static ScenarioResult run(List<TokenRow> tokens, List<HedgeRow> hedges, Function<String, Double> move) {
        double spot = 0;
        for (TokenRow t : tokens) {
            if (t.exposure().isPresent()) {
                spot += t.exposure().getAsDouble() * move.apply(t.token());
            }
        }
        double hedge = 0;
        for (HedgeRow h : hedges) {
            if (h.mark().isPresent()) {
                hedge += -h.contractsHeld() * h.contractSize() * h.mark().getAsDouble() * move.apply(h.underlying());
            }
        }
        return new ScenarioResult(clean(spot), clean(hedge), clean(spot + hedge));
    }

    private static double clean(double v) {
        return Double.isFinite(v) ? v : 0; // a record field without an Optional must never carry NaN
    }
}
