package org.hedgetop.risk;

import java.util.OptionalDouble;

/**
 * Margin and liquidation estimate of a linear, USDT-margined, isolated position. An estimate: exchanges
 * use tiered maintenance rates and fees; the point is to warn well before the exchange acts.
 */
public final class Margin {
    private Margin() {
    }

    /** Initial margin {@code held * contract_size * entry_price / leverage}. */
    public static OptionalDouble initialMargin(long held, double contractSize, OptionalDouble entryPrice,
                                               OptionalDouble leverage) {
        if (entryPrice.isEmpty() || leverage.isEmpty() || !(leverage.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return Stats.finite(Math.abs(held) * contractSize * entryPrice.getAsDouble() / leverage.getAsDouble());
    }

    /**
     * Liquidation price of a short: {@code entry * (1 + 1/leverage - maintenance_margin_pct/100)}. Empty for a
     * long or flat position (the monitor hedges with shorts; a long's liquidation lies below and is not
     * estimated), and without entry price or leverage.
     */
    public static OptionalDouble liquidationPrice(long position, OptionalDouble entryPrice, OptionalDouble leverage,
                                                  double maintenanceMarginPct) {
        if (position >= 0 || entryPrice.isEmpty() || !(entryPrice.getAsDouble() > 0) || leverage.isEmpty()
                || !(leverage.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        double liq = entryPrice.getAsDouble() * (1 + 1 / leverage.getAsDouble() - maintenanceMarginPct / 100);
        return liq > 0 ? Stats.finite(liq) : OptionalDouble.empty();
    }

    /** {@code 100 * (liq - F) / F}: how far the mark may rally before liquidation; negative = past it. */
    public static OptionalDouble distancePct(OptionalDouble liquidationPrice, OptionalDouble mark) {
        if (liquidationPrice.isEmpty() || mark.isEmpty() || !(mark.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return Stats.finite(100 * (liquidationPrice.getAsDouble() - mark.getAsDouble()) / mark.getAsDouble());
    }

    /** The short is closer to liquidation than {@code liquidation_alert_pct}. */
    public static boolean alert(OptionalDouble distancePct, double liquidationAlertPct) {
        return distancePct.isPresent() && distancePct.getAsDouble() < liquidationAlertPct;
    }
}
