package org.hedgetop.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;

/**
 * What holding the book earns or pays: funding of perpetual hedges, staking of holdings, and the basis.
 * Money amounts are in the quote currency; positive = income for the holder.
 */
public final class Carry {
    /** Most perpetuals settle every 8 h; used when the exchange does not say. */
    public static final Duration DEFAULT_FUNDING_INTERVAL = Duration.ofHours(8);

    /** Expiry futures settle at 08:00 UTC on the expiry date. */
    public static final int SETTLEMENT_HOUR_UTC = 8;

    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

    private Carry() {
    }

    /** Funding events per day: 24 h / interval, from the exchange's interval or {@link #DEFAULT_FUNDING_INTERVAL}. */
    public static double eventsPerDay(Optional<Duration> fundingInterval) {
        Duration d = fundingInterval.filter(i -> !i.isNegative() && !i.isZero()).orElse(DEFAULT_FUNDING_INTERVAL);
        return DAY_MILLIS / d.toMillis();
    }

    /** {@code payment_k = -position * contract_size * F_k * f_k}: a short receives when the rate is positive. */
    public static double fundingPayment(long position, double contractSize, double mark, double rate) {
        return -position * contractSize * mark * rate;
    }

    /**
     * Funding accrued on what the hedge held at each settlement since its first fill: see
     * {@link Ledger#funding}. Empty for expiry futures, for a hedge without a funding history, and when no
     * settlement in the period has a price (a freshly opened hedge shows n/a until its first settlement).
     */
    public static OptionalDouble fundingAccrued(Hedge hedge, List<FundingEvent> events, PriceSeries markSeries,
                                                PriceSeries underlyingSpot, Instant now) {
        return Ledger.funding(hedge, events, markSeries, underlyingSpot, now).accrued();
    }

    /** Projected APR of a funding rate in percent: {@code f * events_per_day * 365 * 100}. */
    public static OptionalDouble fundingAprPct(OptionalDouble rate, Optional<Duration> fundingInterval) {
        if (rate.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(rate.getAsDouble() * eventsPerDay(fundingInterval) * 365 * 100);
    }

    /**
     * Funding the hedge would earn over a year at the current rate and mark:
     * {@code held * contract_size * F * f * events_per_day * 365} (positive = the short receives).
     */
    public static OptionalDouble fundingCarryPerYear(long held, double contractSize, OptionalDouble mark,
                                                     OptionalDouble rate, Optional<Duration> fundingInterval) {
        if (mark.isEmpty() || rate.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(held * contractSize * mark.getAsDouble() * rate.getAsDouble()
                * eventsPerDay(fundingInterval) * 365);
    }

    /** {@code E_t * staking_apy_pct / 100} per year; empty without an APY or without a price. */
    public static OptionalDouble stakingCarryPerYear(OptionalDouble exposure, OptionalDouble stakingApyPct) {
        if (exposure.isEmpty() || stakingApyPct.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(exposure.getAsDouble() * stakingApyPct.getAsDouble() / 100);
    }

    /** {@code 100 * (F - S) / S}: positive = contango, negative = backwardation. */
    public static OptionalDouble basisPct(OptionalDouble mark, OptionalDouble spot) {
        if (mark.isEmpty() || spot.isEmpty() || !(spot.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return Stats.finite(100 * (mark.getAsDouble() - spot.getAsDouble()) / spot.getAsDouble());
    }

    /** Fractional days from {@code now} to 08:00 UTC on the expiry date; empty at or after settlement. */
    public static OptionalDouble daysToExpiry(LocalDate expiry, Instant now) {
        Instant settles = expiry.atTime(SETTLEMENT_HOUR_UTC, 0).toInstant(ZoneOffset.UTC);
        long millis = settles.toEpochMilli() - now.toEpochMilli();
        return millis > 0 ? OptionalDouble.of(millis / DAY_MILLIS) : OptionalDouble.empty();
    }

    /** {@code basis_pct * 365 / days_to_expiry} for an expiry future; empty for perpetuals and once expired. */
    public static OptionalDouble basisAnnualizedPct(OptionalDouble basisPct, Optional<LocalDate> expiry,
                                                    Instant now) {
        if (basisPct.isEmpty() || expiry.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble days = daysToExpiry(expiry.get(), now);
        if (days.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(basisPct.getAsDouble() * 365 / days.getAsDouble());
    }

    /**
     * Net carry per year of a hedged token: its staking carry plus its share {@code w_t = E_t / E_h} of the
     * funding carry of every perpetual hedge covering it. Empty when a part that should exist is unknown
     * (a price, or the funding of a covering perpetual); a token that neither stakes nor is covered by a
     * perpetual has a net carry of 0.
     */
    public static OptionalDouble netCarryPerYear(TokenRow token, List<HedgeRow> hedges) {
        double sum = 0;
        if (token.stakingApyPct().isPresent()) {
            if (token.stakingCarryPerYear().isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += token.stakingCarryPerYear().getAsDouble();
        }
        for (HedgeRow h : hedges) {
            if (h.type() != HedgeType.PERPETUAL || !h.covers().contains(token.token())) {
                continue;
            }
            if (h.fundingCarryPerYear().isEmpty() || token.exposure().isEmpty() || h.coveredExposure().isEmpty()
                    || !(h.coveredExposure().getAsDouble() > 0)) {
                return OptionalDouble.empty();
            }
            double w = token.exposure().getAsDouble() / h.coveredExposure().getAsDouble();
            sum += w * h.fundingCarryPerYear().getAsDouble();
        }
        return Stats.finite(sum);
    }

    /**
     * Each hedge's share of the staking carry of the tokens it covers, in the order of {@code hedges}: a token
     * covered by n hedges gives each of them 1/n of its staking carry, so the shares add up to every covered
     * token's staking once (two hedges on SOL do not count SOL's staking twice). Empty for a hedge none of
     * whose tokens stakes, or whose staking tokens have no price.
     */
    public static List<OptionalDouble> stakingShares(List<TokenRow> tokens, List<HedgeRow> hedges) {
        java.util.Map<String, Integer> coveredBy = new java.util.HashMap<>();
        for (HedgeRow h : hedges) {
            for (String t : new java.util.LinkedHashSet<>(h.covers())) {
                coveredBy.merge(t, 1, Integer::sum);
            }
        }
        java.util.Map<String, TokenRow> byToken = new java.util.HashMap<>(2 * tokens.size());
        for (TokenRow t : tokens) {
            byToken.putIfAbsent(t.token(), t);
        }
        List<OptionalDouble> out = new java.util.ArrayList<>(hedges.size());
        for (HedgeRow h : hedges) {
            double sum = 0;
            boolean any = false;
            for (String t : new java.util.LinkedHashSet<>(h.covers())) {
                TokenRow tr = byToken.get(t);
                if (tr != null && tr.stakingCarryPerYear().isPresent()) {
                    sum += tr.stakingCarryPerYear().getAsDouble() / coveredBy.get(t);
                    any = true;
                }
            }
            out.add(any ? Stats.finite(sum) : OptionalDouble.empty());
        }
        return out;
    }

    /** The hedges with their staking shares ({@link #stakingShares}) and the net carry they make. */
    public static List<HedgeRow> withStakingShares(List<TokenRow> tokens, List<HedgeRow> hedges) {
        List<OptionalDouble> shares = stakingShares(tokens, hedges);
        List<HedgeRow> out = new java.util.ArrayList<>(hedges.size());
        for (int i = 0; i < hedges.size(); i++) {
            HedgeRow r = hedges.get(i);
            out.add(r.withFunding(r.funding().withStaking(shares.get(i), r.type() == HedgeType.PERPETUAL)));
        }
        return out;
    }
}
