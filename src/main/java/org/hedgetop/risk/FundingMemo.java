package org.hedgetop.risk;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.hedgetop.book.Hedge;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.PriceSeries;

/**
 * Remembers each hedge's accrued funding between ticks. The sum walks every settlement since the hedge was
 * opened (three a day, per hedge: 18,000 events a tick for a 200-hedge book), yet it changes only when a
 * settlement is added, {@code now} passes a settlement time, or the position changes. A remembered sum is
 * reused while the snapshot carries the very same event list, {@code now} lies between the same two
 * settlement times, and the hedge's position, size, type and opening time are unchanged. Sums that needed a
 * price from the mark or spot series (an event without its own mark) are not remembered, because those
 * series are new objects on every poll. Not thread-safe: {@link RiskEngine} serialises calls.
 */
final class FundingMemo {
    private record Entry(Hedge hedge, List<FundingEvent> events, Instant from, Instant until, Ledger.Funding value) {
        boolean fits(Hedge h, List<FundingEvent> e, Instant now) {
            return e == events && !now.isBefore(from) && now.isBefore(until) && h.position() == hedge.position()
                    && h.contractSize() == hedge.contractSize() && h.type() == hedge.type()
                    && h.opened().equals(hedge.opened()) && h.fills().equals(hedge.fills());
        }
    }

    private Map<String, Entry> entries = new HashMap<>();
    private Map<String, Entry> next = new HashMap<>();

    /** The same value as {@link Carry#fundingAccrued}, from memory when nothing it depends on changed. */
    OptionalDouble accrued(Hedge h, List<FundingEvent> events, PriceSeries marks, PriceSeries spot, Instant now) {
        return funding(h, events, marks, spot, now).accrued();
    }

    /** The same value as {@link Ledger#funding}, from memory when nothing it depends on changed. */
    Ledger.Funding funding(Hedge h, List<FundingEvent> events, PriceSeries marks, PriceSeries spot, Instant now) {
        Entry e = entries.get(h.id());
        if (e == null || !e.fits(h, events, now)) {
            Ledger.Funding value = Ledger.funding(h, events, marks, spot, now);
            e = selfPriced(h, events, now) ? window(h, events, now, value) : null;
            if (e == null) {
                return value;
            }
        }
        next.put(h.id(), e);
        return e.value;
    }

    /** Call after each evaluation: forgets the hedges that were not asked about (removed from the book). */
    void endOfEvaluation() {
        Map<String, Entry> swap = entries;
        entries = next;
        next = swap;
        next.clear();
    }

    /** Every event the sum counts has its own usable mark, so the sum does not depend on the series. */
    private static boolean selfPriced(Hedge h, List<FundingEvent> events, Instant now) {
        if (h.opened().isEmpty()) {
            return true; // no sum at all
        }
        Instant opened = h.opened().get();
        for (FundingEvent e : events) {
            if (e.time().isAfter(opened) && !e.time().isAfter(now) && Double.isFinite(e.rate())) {
                double m = e.mark().orElse(Double.NaN);
                if (!(m > 0 && Double.isFinite(m))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The settlement times around now: the set of events at or before now is the same anywhere between them. */
    private static Entry window(Hedge h, List<FundingEvent> events, Instant now, Ledger.Funding value) {
        Instant from = Instant.MIN;
        Instant until = Instant.MAX;
        for (FundingEvent e : events) {
            Instant t = Objects.requireNonNull(e.time());
            if (!t.isAfter(now)) {
                from = t.isAfter(from) ? t : from;
            } else {
                until = t.isBefore(until) ? t : until;
            }
        }
        return new Entry(h, events, from, until, value);
    }
}
