package org.hedgetop.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Settings;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.Prices;
import org.hedgetop.market.SymbolStatus;

/** Builds one {@link HedgeRow} from the book's hedge, the market, the cached statistics and the token exposures. */
final class HedgeRows {
    private HedgeRows() {
    }

    /**
     * @param spot      spot per token, present when the feed has a usable price
     * @param exposure  exposure per held token
     * @param funding   accrued funding remembered from earlier ticks
     */
    static HedgeRow build(Hedge h, MarketSnapshot market, Statistics stats, Map<String, OptionalDouble> spot,
                          Map<String, OptionalDouble> exposure, Settings settings, Interval interval, Instant now,
                          FundingMemo funding) {
        Optional<FuturesQuote> quote = market.quote(h.instrument());
        OptionalDouble mark = quote.map(q -> positive(q.mark())).orElse(OptionalDouble.empty());
        OptionalDouble underlyingSpot = spot.getOrDefault(h.underlying(), OptionalDouble.empty());
        OptionalDouble notional = Sizing.contractNotional(h.contractSize(), mark);

        List<OptionalDouble> members = new ArrayList<>();
        for (String t : h.covers()) {
            members.add(exposure.getOrDefault(t, OptionalDouble.empty()));
        }
        OptionalDouble covered = Sizing.coveredExposure(members);
        double[] weights = Sizing.weights(members);
        Optional<BasketStats> basket = stats.basket(h.id()).filter(b -> weights != null);
        OptionalDouble basketVol = basket.map(b -> b.volatilityPct(weights, interval)).orElse(OptionalDouble.empty());
        // a direct hedge's "basket" is its own underlying: rho and beta would be 1 by definition, so n/a
        OptionalDouble basketRho = h.isDirect() ? OptionalDouble.empty()
                : basket.map(b -> b.rho(weights)).orElse(OptionalDouble.empty());
        OptionalDouble basketBeta = h.isDirect() ? OptionalDouble.empty()
                : basket.map(b -> b.beta(weights)).orElse(OptionalDouble.empty());

        OptionalDouble factor = Sizing.factor(h, basketRho, basketBeta);
        OptionalDouble wanted = Sizing.wantedNotional(covered, factor, h.targetPct());
        OptionalLong needed = Sizing.contractsNeeded(wanted, notional);
        // the ledger at now: a report --at T applies the fills with time <= T
        Ledger.State state = Ledger.at(h, now);
        long held = -state.position();
        OptionalLong order = Sizing.order(needed, held);
        OptionalDouble coverage = Sizing.coveragePct(held, notional, covered, factor);
        double tol = settings.driftTolerancePct();

        boolean perpetual = h.type() == HedgeType.PERPETUAL;
        OptionalDouble rate = perpetual
                ? quote.map(q -> finite(q.fundingRate())).orElse(OptionalDouble.empty()) : OptionalDouble.empty();
        Optional<Duration> fundingInterval = quote.flatMap(FuturesQuote::fundingInterval);
        Optional<Instant> nextFunding = perpetual ? quote.flatMap(FuturesQuote::nextFundingTime) : Optional.empty();
        if ("replay".equals(market.source()) && nextFunding.isPresent() && fundingInterval.isPresent()) {
            // a replay's snapshot is a poll behind its fast clock: the settlement it names may be past, and
            // "due" stayed for a whole poll (hours at high speeds); count to the one after instead
            nextFunding = Optional.of(rollPast(nextFunding.get(), fundingInterval.get(), now));
        }
        Ledger.Funding paid = funding.funding(h, market.fundingEvents(h.instrument()),
                market.markSeries(h.instrument()), market.spotSeries(h.underlying()), now);
        OptionalDouble accrued = paid.accrued();
        OptionalDouble unrealized = Ledger.unrealizedPnl(state, h.contractSize(), mark);
        HedgePnl pnl = new HedgePnl(state.position(), state.entryPrice(), state.realizedPnl(), unrealized,
                state.fees(), Ledger.hedgePnl(state, unrealized, accrued), state.fills(), state.firstFillTime(),
                paid.settlements(), paid.last());

        OptionalDouble basis = Carry.basisPct(mark, underlyingSpot);
        OptionalDouble basisAnnual = h.type() == HedgeType.EXPIRY
                ? Carry.basisAnnualizedPct(basis, h.expiry(), now) : OptionalDouble.empty();

        OptionalDouble liq = Margin.liquidationPrice(state.position(), state.entryPrice(), h.leverage(),
                settings.maintenanceMarginPct());
        OptionalDouble distance = Margin.distancePct(liq, mark);

        OptionalDouble firstSpot = spot.getOrDefault(h.covers().get(0), OptionalDouble.empty());
        List<String> fired = ExitRules.fired(h, firstSpot, basketVol, now);

        OptionalDouble carry = Carry.fundingCarryPerYear(held, h.contractSize(), mark, rate, fundingInterval);
        // the staking share is the view's to give (a token may be covered by several hedges): RiskEngine adds it
        HedgeRow.Funding fundingPart = new HedgeRow.Funding(rate, Carry.fundingAprPct(rate, fundingInterval),
                nextFunding, accrued, carry, OptionalDouble.empty(), OptionalDouble.empty())
                .withStaking(OptionalDouble.empty(), perpetual);
        HedgeRow.Size size = new HedgeRow.Size(mark, underlyingSpot, h.contractSize(), notional, covered, factor,
                h.targetPct(), needed, held, order, coverage, Sizing.overHedged(coverage, tol),
                Sizing.drift(coverage, h.targetPct(), tol));
        return new HedgeRow(h.id(), h.instrument(), h.underlying(), h.type(), h.covers(), h.ratio(), size,
                new HedgeRow.Basket(basketRho, basketBeta, basketVol), fundingPart,
                new HedgeRow.Basis(basis, basisAnnual),
                new HedgeRow.Liquidation(liq, distance, Margin.alert(distance, settings.liquidationAlertPct())), fired,
                market.statusOf(h.instrument()).health() == SymbolStatus.Health.NO_MARKET, pnl,
                HedgeEffectiveness.ofWindow(h.isDirect(), basket.isPresent(), factor, h.targetPct(), basketRho,
                        basketBeta),
                h.isDirect() ? HedgeRow.Legs.NONE : HedgeRow.Legs.lazy(() -> stats.legEffectiveness(h.id(), weights)));
    }

    /** The first of {@code next}, next + interval, ... that is after {@code now}. */
    static Instant rollPast(Instant next, Duration interval, Instant now) {
        if (next.isAfter(now) || interval.isZero() || interval.isNegative()) {
            return next;
        }
        long steps = Duration.between(next, now).toMillis() / interval.toMillis() + 1;
        return next.plus(interval.multipliedBy(steps));
    }

        static OptionalDouble positive(double v) {
        return Prices.isPrice(v) ? OptionalDouble.of(v) : OptionalDouble.empty(); // DOMAIN.md section 5
    }

    private static OptionalDouble finite(OptionalDouble v) {
        return v.isPresent() ? Stats.finite(v.getAsDouble()) : v;
    }
}
