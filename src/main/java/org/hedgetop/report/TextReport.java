package org.hedgetop.report;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.risk.ExchangeColumns;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.HedgePnl;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.HedgeState;
import org.hedgetop.risk.PnlTotals;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.SectorRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;
import org.hedgetop.text.Safe;

/** The report as aligned plain-text tables: the same content as the JSON, no escape codes. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(RiskView v) {
        return render(v, java.util.Map.of());
    }

    /** With the exchange account's figures per hedge id (a book with {@code account:}). */
    public static String render(RiskView v, java.util.Map<String, ExchangeColumns> exchange) {
        StringBuilder out = new StringBuilder();
        out.append(Safe.text(v.portfolio())).append("  (").append(Safe.text(v.quote())).append(", source ")
                .append(Safe.text(v.source())).append(health(v)).append(")\n");
        out.append("time ").append(v.time()).append("  statistics ").append(v.window()).append(" x ")
                .append(v.interval().label()).append(" returns\n\n");

        out.append("TOKENS\n");
        TextTable tokens = new TextTable("token", "units>", "price>", "exposure>", "weight%>", "sector",
                "rho_btc>", "rho_eth>", "beta_btc>", "beta_eth>", "vol%>", "cost>", "spot_pnl>", "status");
        for (TokenRow t : v.tokens()) {
            tokens.row(Safe.text(t.token()), Num.fixed(t.units(), 2), price(t.price()), Num.fixed(t.exposure(), 2),
                    Num.fixed(t.weightPct(), 2), t.sector().map(Safe::text).orElse("-"), Num.fixed(t.rhoBtc(), 2),
                    Num.fixed(t.rhoEth(), 2), Num.fixed(t.betaBtc(), 2), Num.fixed(t.betaEth(), 2),
                    Num.fixed(t.volatilityPct(), 1), price(t.costPrice()), Num.fixed(t.spotPnl(), 2),
                    t.noMarket() ? "no market" : t.price().isEmpty() ? "no price" : t.stale() ? "stale" : "ok");
        }
        tokens.appendTo(out);

        out.append("\nHEDGES\n");
        TextTable hedges = new TextTable("id", "instrument", "type", "covers", "mark>", "factor>", "target%>",
                "needed>", "held>", "action", "coverage%>", "flags");
        for (HedgeRow h : v.hedges()) {
            hedges.row(Safe.text(h.id()), Safe.text(h.instrument()), h.type().label(),
                    Safe.text(String.join("+", h.covers())), price(h.mark()), Num.fixed(h.factor(), 3),
                    Num.fixed(h.targetPct(), 2), count(h.contractsNeeded()), Long.toString(h.contractsHeld()),
                    h.action(), Num.fixed(h.coveragePct(), 2), flags(h));
        }
        hedges.appendTo(out);

        out.append("\nFUNDING, BASIS, MARGIN\n");
        TextTable carry = new TextTable("id", "rate%>", "apr%>", "next_funding", "accrued>", "basis%>",
                "basis_ann%>", "liq_price>", "liq_dist%>", "basket_rho>", "basket_beta>");
        for (HedgeRow h : v.hedges()) {
            carry.row(Safe.text(h.id()), pct(h.fundingRate()), Num.fixed(h.fundingAprPct(), 2),
                    h.nextFundingTime().map(Instant::toString).orElse("n/a"), Num.fixed(h.fundingAccrued(), 2),
                    Num.fixed(h.basisPct(), 3), Num.fixed(h.basisAnnualizedPct(), 2), price(h.liquidationPrice()),
                    Num.fixed(h.liquidationDistancePct(), 2), Num.fixed(h.basketRho(), 2),
                    Num.fixed(h.basketBeta(), 2));
        }
        carry.appendTo(out);

        out.append("\nLEDGER\n");
        TextTable ledger = new TextTable("id", "position>", "entry>", "realized>", "unrealized>", "funding>",
                "fees>", "hedge_pnl>", "fills>", "first_fill", "settlements>");
        for (HedgeRow h : v.hedges()) {
            HedgePnl p = h.pnl();
            ledger.row(Safe.text(h.id()), Long.toString(p.position()), price(p.entryPrice()),
                    Num.fixed(p.realizedPnl(), 2), Num.fixed(p.unrealizedPnl(), 2), Num.fixed(h.fundingAccrued(), 2),
                    Num.fixed(p.fees(), 2), Num.fixed(p.hedgePnl(), 2), Integer.toString(p.fills()),
                    p.firstFillTime().map(Instant::toString).orElse("n/a"), Integer.toString(p.settlements()));
        }
        ledger.appendTo(out);
        if (!exchange.isEmpty()) {
            out.append("\nEXCHANGE ACCOUNT\n");
            TextTable x = new TextTable("id", "held>", "exchange>", "entry>", "liq_price>", "funding>", "reconciled");
            for (HedgeRow h : v.hedges()) {
                ExchangeColumns c = exchange.getOrDefault(h.id(), ExchangeColumns.UNKNOWN);
                x.row(Safe.text(h.id()), Long.toString(-h.contractsHeld()),
                        c.position().isPresent() ? Num.plain(c.position().getAsDouble()) : "n/a", price(c.entryPrice()),
                        price(c.liquidationPrice()), c.funding().isPresent() ? Num.fixed(c.funding().getAsDouble(), 2)
                                : c.fundingSince().map(t -> "n/a (since " + t + ")").orElse("n/a"),
                        c.reconciled().map(r -> r ? "yes" : "NO").orElse("n/a"));
            }
            x.appendTo(out);
        }

        Totals t = v.totals();
        out.append("\nTOTALS\n");
        new TextTable("exposure>", "hedged_notional>", "net_delta>", "coverage%>", "funding_accrued>",
                "staking_carry/yr>")
                .row(Num.fixed(t.exposure(), 2), Num.fixed(t.hedgedNotional(), 2), Num.fixed(t.netDelta(), 2),
                        Num.fixed(t.coveragePct(), 2), Num.fixed(t.fundingAccrued(), 2),
                        stakes(v) ? Num.fixed(t.stakingCarryPerYear(), 2) : Num.fixed(OptionalDouble.empty(), 2))
                .appendTo(out);
        if (t.partial()) {
            out.append("partial: ").append(Safe.text(String.join(", ", t.missing())))
                    .append(t.missing().isEmpty() ? "" : " without price")
                    .append(t.unmarked().isEmpty() ? "" : (t.missing().isEmpty() ? "" : "; ")
                            + Safe.text(String.join(", ", t.unmarked())) + " without mark")
                    .append(" (left out of the totals)\n");
        }
        PnlTotals p = t.pnl();
        new TextTable("spot_pnl>", "realized_pnl>", "unrealized_pnl>", "fees>", "hedge_pnl>", "net_pnl>")
                .row(Num.fixed(p.spotPnl(), 2), Num.fixed(p.realizedPnl(), 2), Num.fixed(p.unrealizedPnl(), 2),
                        Num.fixed(p.fees(), 2), Num.fixed(p.hedgePnl(), 2), Num.fixed(p.netPnl(), 2))
                .appendTo(out);

        out.append("\nSECTORS\n");
        TextTable sectors = new TextTable("sector", "exposure>", "weight%>");
        for (SectorRow s : v.sectors()) {
            sectors.row(Safe.text(s.sector()), Num.fixed(s.exposure(), 2), Num.fixed(s.weightPct(), 2));
        }
        sectors.appendTo(out);

        out.append("\nSCENARIO  shock ").append(Num.fixed(v.scenario().shockPct(), 1)).append(" %\n");
        TextTable scenario = new TextTable("scenario", "spot_pnl>", "hedge_pnl>", "net_pnl>");
        scenarioRow(scenario, "uniform", v.scenario().uniform(), t);
        scenarioRow(scenario, "market", v.scenario().market(), t);
        scenario.appendTo(out);

        out.append("\nALERTS\n");
        if (v.alerts().isEmpty()) {
            out.append("none\n");
        }
        for (Alert a : v.alerts()) {
            out.append(a.kind().label()).append("  ").append(Safe.text(a.subject())).append("  ")
                    .append(a.flags().size() > 1 ? "[" + flagLabels(a) + "]  " : "")
                    .append(Safe.text(a.message(), 500)).append('\n');
        }
        return out.toString();
    }

    /** True when a holding stakes: else the staking total is n/a, like funding without a perpetual. */
    static boolean stakes(RiskView v) {
        return v.tokens().stream().anyMatch(t -> t.stakingApyPct().isPresent());
    }

    private static String flagLabels(Alert a) {
        StringBuilder s = new StringBuilder();
        for (Alert.Kind k : a.flags()) {
            s.append(s.length() == 0 ? "" : ",").append(k.label());
        }
        return s.toString();
    }

    /**
     * The feed's health for a one-shot report: not a repeat of the source's name ("source replay, replay"),
     * and without a retry time the report will not wait for.
     */
    static String health(RiskView v) {
        String h = oneShot(v.sourceHealth());
        return h.equals(v.source()) || h.isBlank() ? "" : ", " + Safe.text(h);
    }

    /** A feed's health or failure as a one-shot command says it: without the retry it will not wait for. */
    public static String oneShot(String health) {
        return health.replaceAll("; next try in [^;)]*", "");
    }

    private static void scenarioRow(TextTable table, String name, ScenarioResult r, Totals t) {
        // n/a where the totals are: a leg with no known price is not a zero
        table.row(name, t.exposure().isPresent() ? Num.fixed(r.spotPnl(), 2) : Num.fixed(OptionalDouble.empty(), 2),
                t.hedgedNotional().isPresent() ? Num.fixed(r.hedgePnl(), 2) : Num.fixed(OptionalDouble.empty(), 2),
                t.netDelta().isPresent() ? Num.fixed(r.netPnl(), 2) : Num.fixed(OptionalDouble.empty(), 2));
    }

    /** The screen's state words (one vocabulary, issue 12 item 18), with the exit rules that fired. */
    private static String flags(HedgeRow h) {
        String words = HedgeState.words(h);
        return h.exitFired().isEmpty() ? words : words + ": " + Safe.text(String.join(", ", h.exitFired()));
    }

    /** Prices keep enough decimals for sub-cent tokens. */
    private static String price(OptionalDouble p) {
        if (p.isEmpty()) {
            return "n/a";
        }
        double v = p.getAsDouble();
        return Num.fixed(v, Math.abs(v) >= 100 ? 2 : Math.abs(v) >= 1 ? 4 : 6);
    }

    private static String pct(OptionalDouble fraction) {
        return fraction.isPresent() ? Num.fixed(fraction.getAsDouble() * 100, 4) : "n/a";
    }

    private static String count(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "n/a";
    }

    static String order(OptionalLong order) {
        if (order.isEmpty()) {
            return "n/a";
        }
        long o = order.getAsLong();
        return o > 0 ? "sell " + o : o < 0 ? "buy " + (-o) : "-";
    }

}
