package org.hedgetop.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;

/**
 * The hedge's ledger (DOMAIN.md section 7): position, average entry, realized and unrealized P&amp;L, fees and
 * funding from its fills. Pure functions.
 *
 * <p>A hedge written with {@code fills} is read from them, in time order (same-time fills in file order). A
 * hedge written with {@code position} is one implied fill {@code {time: opened, contracts: position,
 * price: entry_price}}: without {@code opened} the fill counts at every time but there is no funding history;
 * without {@code entry_price} its price is unknown, so there is no average entry and no price P&amp;L;
 * {@code position: 0} is no fill at all (flat).
 */
public final class Ledger {
    private Ledger() {
    }

    /**
     * The position at a time and what led to it.
     *
     * @param position       signed contracts held (negative = short)
     * @param entryPrice     average entry of the open position; empty when flat or when a price is unknown
     * @param realizedPnl    P&amp;L of the contracts closed so far (0 before any close)
     * @param fees           sum of the fills' fees (a fill without fee counts 0; negative = rebates)
     * @param fills          number of fills applied (the implied fill of a {@code position} book counts 1)
     * @param firstFillTime  time of the first fill applied; empty without fills or without {@code opened}
     */
    public record State(long position, OptionalDouble entryPrice, double realizedPnl, double fees, int fills,
                        Optional<Instant> firstFillTime) {
    }

    /**
     * Funding accrued and the settlements it counted.
     *
     * @param accrued      sum of the payments; empty for an expiry future, without a funding history (no
     *                     {@code opened}), and when no priced settlement falls after the first fill
     * @param settlements  settlements counted (priced, after the first fill, at or before now)
     * @param last         the latest settlement counted
     */
    public record Funding(OptionalDouble accrued, int settlements, Optional<Settlement> last) {
        static final Funding NONE = new Funding(OptionalDouble.empty(), 0, Optional.empty());
    }

    /**
     * One settlement as the ledger counted it.
     *
     * @param held     contracts held at it (signed: the fills before its time)
     * @param price    {@code F_k}
     * @param payment  {@code -held * contract_size * F_k * f_k}: positive = received
     */
    public record Settlement(Instant time, double rate, long held, double price, double payment) {
    }

    /** A fill as the walk sees it: {@code time} null = before every time; {@code price} NaN = unknown. */
    private record Step(Instant time, long contracts, double price, double fee) {
        boolean countsAt(Instant t, boolean inclusive) {
            return time == null || (inclusive ? !time.isAfter(t) : time.isBefore(t));
        }
    }

    /** The state after the fills with {@code time <= at} (what a report at {@code at} shows). */
    public static State at(Hedge hedge, Instant at) {
        return walk(steps(hedge), at, true, hedge.contractSize());
    }

    /** Contracts held just before {@code t}: the fills with {@code time < t} (a settlement at t pays on this). */
    public static long positionBefore(Hedge hedge, Instant t) {
        long sum = 0;
        for (Step s : steps(hedge)) {
            if (s.countsAt(t, false)) {
                sum += s.contracts();
            }
        }
        return sum;
    }

    /**
     * Average-cost walk: a fill moving the position away from zero sets
     * {@code avg = (|pos|*avg + |c|*price) / (|pos| + |c|)}; a fill against it closes {@code q = min(|c|, |pos|)}
     * and realizes {@code sign(pos) * q * contract_size * (price - avg)}, avg unchanged; what is left of the fill
     * once the position is flat opens a new one at the fill's price.
     */
    private static State walk(List<Step> steps, Instant t, boolean inclusive, double contractSize) {
        long pos = 0;
        double avg = Double.NaN;
        double realized = 0;
        double fees = 0;
        int count = 0;
        Instant first = null;
        for (Step s : steps) {
            if (!s.countsAt(t, inclusive)) {
                continue;
            }
            count++;
            fees += s.fee();
            if (s.time() != null && (first == null || s.time().isBefore(first))) {
                first = s.time();
            }
            long c = s.contracts();
            if (pos == 0 || Long.signum(pos) == Long.signum(c)) {
                long size = Math.abs(pos) + Math.abs(c);
                avg = pos == 0 ? s.price() : (Math.abs(pos) * avg + Math.abs(c) * s.price()) / size;
                pos += c;
                continue;
            }
            long q = Math.min(Math.abs(c), Math.abs(pos));
            realized += Long.signum(pos) * q * contractSize * (s.price() - avg);
            long left = Math.abs(c) - q;
            pos += Long.signum(c) * q;
            if (left > 0) {
                pos = Long.signum(c) * left;
                avg = s.price();
            }
        }
        OptionalDouble entry = pos != 0 && Double.isFinite(avg) ? OptionalDouble.of(avg) : OptionalDouble.empty();
        return new State(pos, entry, realized, fees, count, Optional.ofNullable(first));
    }

    /**
     * {@code pos * contract_size * (F - avg)}: 0 when flat, empty when the mark or the average entry is unknown.
     */
    public static OptionalDouble unrealizedPnl(State state, double contractSize, OptionalDouble mark) {
        if (state.position() == 0) {
            return OptionalDouble.of(0);
        }
        if (mark.isEmpty() || state.entryPrice().isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(state.position() * contractSize * (mark.getAsDouble() - state.entryPrice().getAsDouble()));
    }

    /** {@code realized + unrealized + funding - fees}; a missing funding counts 0; empty without unrealized. */
    public static OptionalDouble hedgePnl(State state, OptionalDouble unrealized, OptionalDouble funding) {
        if (unrealized.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(state.realizedPnl() + unrealized.getAsDouble() + funding.orElse(0) - state.fees());
    }

    /** {@code units * (S - cost_price)}; empty without a spot or a cost price. */
    public static OptionalDouble spotPnl(double units, OptionalDouble spot, OptionalDouble costPrice) {
        if (spot.isEmpty() || costPrice.isEmpty()) {
            return OptionalDouble.empty();
        }
        return Stats.finite(units * (spot.getAsDouble() - costPrice.getAsDouble()));
    }

    /**
     * Funding paid on what was held: the sum over settlements {@code k} after the first fill and at or before
     * {@code now} of {@code -position(time_k) * contract_size * F_k * f_k}, with {@code position(time_k)} the
     * fills before {@code time_k} and {@code F_k} from {@link #settlementPrice}. A settlement without a price is
     * skipped (not counted).
     */
    public static Funding funding(Hedge hedge, List<FundingEvent> events, PriceSeries marks, PriceSeries spot,
                                  Instant now) {
        return walk(hedge, events, marks, spot, now, null);
    }

    /** Every settlement {@link #funding} counts, in the order of the events (oldest first). */
    public static List<Settlement> settlements(Hedge hedge, List<FundingEvent> events, PriceSeries marks,
                                               PriceSeries spot, Instant now) {
        List<Settlement> out = new ArrayList<>();
        walk(hedge, events, marks, spot, now, out);
        return out;
    }

    /**
     * One fill as applied by the ledger: a hedge written with {@code position} has one implied fill, without a
     * time when the book has no {@code opened}, without a price when it has no {@code entry_price}.
     */
    public record FillLine(Optional<Instant> time, long contracts, OptionalDouble price, double fee) {
    }

    /** The fills applied at {@code now}, in time order (same-time fills in file order). */
    public static List<FillLine> fills(Hedge hedge, Instant now) {
        List<FillLine> out = new ArrayList<>();
        for (Step s : steps(hedge)) {
            if (s.countsAt(now, true)) {
                out.add(new FillLine(Optional.ofNullable(s.time()), s.contracts(),
                        Double.isFinite(s.price()) ? OptionalDouble.of(s.price()) : OptionalDouble.empty(), s.fee()));
            }
        }
        return out;
    }

    /** The settlement walk; also collects each counted settlement into {@code into} when given. */
    private static Funding walk(Hedge hedge, List<FundingEvent> events, PriceSeries marks, PriceSeries spot,
                                Instant now, List<Settlement> into) {
        List<Step> steps = steps(hedge);
        if (hedge.type() != HedgeType.PERPETUAL || steps.isEmpty() || steps.get(0).time() == null) {
            return Funding.NONE; // flat for ever, or no funding history (a position book without opened)
        }
        Instant first = steps.get(0).time();
        long[] times = new long[steps.size()];
        long[] after = new long[steps.size()]; // position after fill i
        long pos = 0;
        for (int i = 0; i < steps.size(); i++) {
            times[i] = steps.get(i).time().toEpochMilli();
            pos += steps.get(i).contracts();
            after[i] = pos;
        }
        double sum = 0;
        int used = 0;
        Settlement last = null;
        for (FundingEvent e : events) {
            if (!e.time().isAfter(first) || e.time().isAfter(now) || !Double.isFinite(e.rate())) {
                continue;
            }
            OptionalDouble price = settlementPrice(e, marks, spot);
            if (price.isEmpty()) {
                continue;
            }
            int i = lastBefore(times, e.time().toEpochMilli());
            long held = i < 0 ? 0 : after[i];
            double payment = Carry.fundingPayment(held, hedge.contractSize(), price.getAsDouble(), e.rate());
            sum += payment;
            used++;
            Settlement k = new Settlement(e.time(), e.rate(), held, price.getAsDouble(), payment);
            if (into != null) {
                into.add(k);
            }
            if (last == null || !e.time().isBefore(last.time())) {
                last = k;
            }
        }
        return used == 0 ? Funding.NONE : new Funding(Stats.finite(sum), used, Optional.of(last));
    }

    /**
     * {@code F_k}: the event's own mark, else the last mark observed at or before the settlement, else the
     * underlying's last spot at or before it; never a price observed later.
     */
    public static OptionalDouble settlementPrice(FundingEvent e, PriceSeries marks, PriceSeries spot) {
        double own = e.mark().orElse(Double.NaN);
        if (own > 0 && Double.isFinite(own)) {
            return e.mark();
        }
        long t = e.time().toEpochMilli();
        int i = marks.indexAtOrBefore(t);
        if (i >= 0) {
            return OptionalDouble.of(marks.price(i));
        }
        int j = spot.indexAtOrBefore(t);
        return j >= 0 ? OptionalDouble.of(spot.price(j)) : OptionalDouble.empty();
    }

    /** Index of the last time strictly before {@code t} in ascending {@code times}, or -1. */
    private static int lastBefore(long[] times, long t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The hedge's fills in time order, same-time fills in file order (a stable sort keeps it). */
    private static List<Step> steps(Hedge hedge) {
        if (hedge.hasFills()) {
            List<Fill> sorted = new ArrayList<>(hedge.fills());
            sorted.sort(Comparator.comparing(Fill::time));
            List<Step> steps = new ArrayList<>(sorted.size());
            for (Fill f : sorted) {
                steps.add(new Step(f.time(), f.contracts(), f.price(), f.fee().orElse(0)));
            }
            return steps;
        }
        if (hedge.position() == 0) {
            return List.of();
        }
        return List.of(new Step(hedge.opened().orElse(null), hedge.position(), hedge.entryPrice().orElse(Double.NaN),
                0));
    }
}
