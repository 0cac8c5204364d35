package org.hedgetop.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hedgetop.book.ExitRule;
import org.hedgetop.book.Hedge;
import org.hedgetop.text.Fmt;

/**
 * Which exit rules of a hedge have fired, as short texts for the hedge row and the report, e.g.
 * {@code "price_above 180 (spot 185.20)"}: the rule with its threshold and the current value. A rule whose input
 * is n/a does not fire.
 *
 * <ul>
 *   <li>{@code after}: the date has passed, i.e. from 00:00 UTC of the following day (the whole day named
 *       is still "not passed");</li>
 *   <li>{@code price_above} / {@code price_below}: strictly above / below, on the spot of the first covered
 *       token;</li>
 *   <li>{@code volatility_below_pct}: the basket's realised volatility over the window is strictly below;</li>
 *   <li>{@code max_days}: open strictly longer than that many days (24 h each) since {@code opened}.</li>
 * </ul>
 */
public final class ExitRules {
    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

    private ExitRules() {
    }

    /**
     * @param firstCoveredSpot   spot of {@code hedge.covers().get(0)}
     * @param basketVolatilityPct realised volatility of the basket (of the token, for a direct hedge)
     */
    public static List<String> fired(Hedge hedge, OptionalDouble firstCoveredSpot, OptionalDouble basketVolatilityPct,
                                     Instant now) {
        ExitRule rule = hedge.exit();
        List<String> out = new ArrayList<>();
        rule.after().ifPresent(date -> {
            Instant passed = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            if (!now.isBefore(passed)) {
                out.add("after " + date + " (today " + now.atOffset(ZoneOffset.UTC).toLocalDate() + ")");
            }
        });
        if (rule.priceAbove().isPresent() && firstCoveredSpot.isPresent()
                && firstCoveredSpot.getAsDouble() > rule.priceAbove().getAsDouble()) {
            out.add("price_above " + Fmt.plain(rule.priceAbove().getAsDouble()) + " (spot "
                    + Fmt.sentencePrice(firstCoveredSpot.getAsDouble()) + ")");
        }
        if (rule.priceBelow().isPresent() && firstCoveredSpot.isPresent()
                && firstCoveredSpot.getAsDouble() < rule.priceBelow().getAsDouble()) {
            out.add("price_below " + Fmt.plain(rule.priceBelow().getAsDouble()) + " (spot "
                    + Fmt.sentencePrice(firstCoveredSpot.getAsDouble()) + ")");
        }
        if (rule.volatilityBelowPct().isPresent() && basketVolatilityPct.isPresent()
                && basketVolatilityPct.getAsDouble() < rule.volatilityBelowPct().getAsDouble()) {
            out.add("volatility_below_pct " + Fmt.plain(rule.volatilityBelowPct().getAsDouble()) + " (volatility "
                    + Fmt.sentencePct(basketVolatilityPct.getAsDouble()) + ")");
        }
        if (rule.maxDays().isPresent() && hedge.opened().isPresent()) {
            double days = (now.toEpochMilli() - hedge.opened().get().toEpochMilli()) / DAY_MILLIS;
            if (days > rule.maxDays().getAsInt()) {
                out.add("max_days " + rule.maxDays().getAsInt() + " (open "
                        + String.format(java.util.Locale.ROOT, "%.1f", days) + " days)");
            }
        }
        return out;
    }
}
