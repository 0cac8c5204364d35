package org.hedgetop.tui.pane;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.tui.draw.Canvas;
import org.hedgetop.text.Fmt;

/** The numbers at the top of the detail view, as items that wrap between each other. */
final class DetailFacts {
    private DetailFacts() {
    }

    private static final int W = 16;

    static List<String> token(TokenRow t) {
        List<String> f = new ArrayList<>();
        f.add(Canvas.safe(t.token()) + " price " + Fmt.price(t.price(), W) + (t.stale() ? " STALE" : "")
                + (t.noMarket() ? " NO MKT" : ""));
        f.add("chg " + pct(t.changePct(), 1, true));
        f.add("value " + Fmt.money(t.exposure(), W));
        f.add("weight " + pct(t.weightPct(), 1, false));
        f.add("vol/yr " + pct(t.volatilityPct(), 1, false));
        f.add("rho/beta BTC " + two(t.rhoBtc()) + "/" + two(t.betaBtc()));
        f.add("ETH " + two(t.rhoEth()) + "/" + two(t.betaEth()));
        if (t.stakingApyPct().isPresent()) {
            f.add("staking " + pct(t.stakingApyPct(), 2, false) + "/yr = " + Fmt.signedMoney(t.stakingCarryPerYear(), W));
        }
        return f;
    }

    /** A settlement's time, short: {@code 11-20 08:00} (UTC, as the title bar). */
    static final java.time.format.DateTimeFormatter SETTLED = java.time.format.DateTimeFormatter
            .ofPattern("MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    /**
     * What the exchange account says of the hedge, beside the ledger's figures above it (DOMAIN.md section 8):
     * its position, entry, liquidation price and the funding it settled since the first fill.
     */
    static List<String> exchange(org.hedgetop.risk.ExchangeColumns x) {
        List<String> f = new ArrayList<>();
        f.add("exchange held " + (x.position().isPresent() ? Fmt.plain(-x.position().getAsDouble()) : Fmt.NA));
        f.add("entry " + Fmt.price(x.entryPrice(), W));
        f.add("liq " + Fmt.price(x.liquidationPrice(), W));
        f.add("funding " + Fmt.signedMoney(x.funding(), W)
                + x.fundingSince().map(t -> " (venue history from " + SETTLED.format(t) + ")").orElse(""));
        f.add(x.reconciled().map(r -> r ? "reconciled" : "NOT reconciled").orElse("reconciled n/a"));
        return f;
    }

    static List<String> hedge(HedgeRow h) {
        List<String> f = new ArrayList<>();
        f.add(Canvas.safe(h.id()) + " " + Canvas.safe(h.instrument()) + " " + h.type().label());
        f.add("mark " + Fmt.price(h.mark(), W));
        f.add(HedgePane.factor(h));
        f.add("target " + Fmt.pctTrim(h.targetPct()));
        f.add("held " + Fmt.count(h.contractsHeld(), W));
        f.add("needed " + (h.contractsNeeded().isPresent() ? Fmt.count(h.contractsNeeded().getAsLong(), W) : Fmt.NA));
        if (h.action().startsWith("close ")) {
            f.add("action close " + Fmt.count(Math.abs(h.contractsHeld()), W) + " (exit rule; sizing says "
                    + Fmt.order(h.order(), W) + ")");
        } else {
            f.add("order " + Fmt.order(h.order(), W));
        }
        f.add("cover " + pct(h.coveragePct(), 1, false) + " " + HedgePane.stateWords(h));
        f.add("avg entry " + Fmt.price(h.pnl().entryPrice(), W) + " (" + h.pnl().fills()
                + (h.pnl().fills() == 1 ? " fill)" : " fills)"));
        f.add("realized " + Fmt.signedMoney(h.pnl().realizedPnl(), W) + " unrealized "
                + Fmt.signedMoney(h.pnl().unrealizedPnl(), W));
        f.add("fees " + Fmt.money(h.pnl().fees(), W) + " hedge P&L " + Fmt.signedMoney(h.pnl().hedgePnl(), W));
        if (!h.exitFired().isEmpty()) {
            for (String rule : h.exitFired()) {
                f.add("exit rule fired: " + Canvas.safe(rule));
            }
        }
        return f;
    }

    /**
     * A proxy hedge's basket hedged with BTC and with ETH, one line each under a header, the better leg marked
     * ({@code risk.LegEffectiveness}); nothing for a direct hedge.
     */
    static List<String> legs(HedgeRow h, int window) {
        if (h.legs().legs().isEmpty()) {
            return List.of();
        }
        List<String> f = new ArrayList<>();
        f.add(String.format("%-4s %9s %14s   min-variance, window %d", "leg", "in-sample", "out-of-sample", window));
        for (org.hedgetop.risk.LegEffectiveness.Leg l : h.legs().legs()) {
            boolean better = h.legs().better().filter(l.leg()::equals).isPresent();
            f.add(String.format("%-4s %9s %14s%s", Canvas.safe(l.leg()), Fmt.fit(l.inSample(), 2, 9),
                    Fmt.fit(l.outOfSample(), 2, 14), better ? "   <- better leg" : ""));
        }
        return f;
    }

    /** {@link #legs} on a short terminal: {@code legs in/out-of-sample  BTC 0.74/0.73 better  ETH 0.44/0.42}. */
    static List<String> legsShort(HedgeRow h) {
        List<String> f = new ArrayList<>();
        f.add("legs in/out-of-sample");
        for (org.hedgetop.risk.LegEffectiveness.Leg l : h.legs().legs()) {
            boolean better = h.legs().better().filter(l.leg()::equals).isPresent();
            f.add(Canvas.safe(l.leg()) + " " + Fmt.fit(l.inSample(), 2, 9) + "/" + Fmt.fit(l.outOfSample(), 2, 9)
                    + (better ? " better" : ""));
        }
        return f;
    }

    static List<String> carry(HedgeRow h, Instant now) {
        List<String> f = new ArrayList<>();
        if (HedgePane.isExpiry(h)) {
            f.add("expiry future: no funding");
        } else {
            f.add("funding " + (h.fundingRate().isPresent() ? Fmt.signedPct(h.fundingRate().getAsDouble() * 100, 4)
                    : Fmt.NA) + " (APR " + pct(h.fundingAprPct(), 2, true) + ")");
            f.add("next " + (h.nextFundingTime().isPresent()
                    ? Fmt.countdown(Duration.between(now, h.nextFundingTime().get())) : Fmt.NA));
            f.add("accrued " + Fmt.signedMoney(h.fundingAccrued(), W) + " over " + h.pnl().settlements()
                    + (h.pnl().settlements() == 1 ? " settlement" : " settlements"));
            h.pnl().lastSettlement().ifPresent(k -> f.add("last " + SETTLED.format(k.time()) + " "
                    + Fmt.signedPct(k.rate() * 100, 4) + " on " + Fmt.count(-k.held(), W) + " @ "
                    + Fmt.price(k.price(), W) + " = " + Fmt.signedMoney(k.payment(), W)));
        }
        f.add("basis " + pct(h.basisPct(), 2, true) + " " + FundingPane.curve(h.basisPct(), 13));
        if (HedgePane.isExpiry(h)) {
            f.add("annualised " + pct(h.basisAnnualizedPct(), 2, true));
        }
        f.add("liquidation " + Fmt.price(h.liquidationPrice(), W) + " (" + pct(h.liquidationDistancePct(), 1, false)
                + " away)" + (h.liquidationAlert() ? " LIQ" : ""));
        return f;
    }

    private static String pct(OptionalDouble v, int decimals, boolean signed) {
        if (v.isEmpty()) {
            return Fmt.NA;
        }
        return signed ? Fmt.signedPct(v.getAsDouble(), decimals) : Fmt.pct(v.getAsDouble(), decimals);
    }

    private static String two(OptionalDouble v) {
        return v.isPresent() ? Fmt.fixed(v.getAsDouble(), 2) : Fmt.NA;
    }
}
