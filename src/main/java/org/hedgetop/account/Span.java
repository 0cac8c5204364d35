package org.hedgetop.account;

import java.time.Instant;
import java.util.List;

/**
 * Records the venue returned for a time span, and from when it could answer: venues keep limited
 * history (Binance income about 3 months, trades 6 months), so {@code from} may be later than asked.
 *
 * @param items  oldest first
 * @param from   the start of the span actually covered
 * @param to     its end
 */
public record Span<T>(List<T> items, Instant from, Instant to) {
    public Span {
        items = List.copyOf(items);
    }

    /** Whether the venue's answer reaches back to {@code t}. */
    public boolean reaches(Instant t) {
        return !from.isAfter(t);
    }
}
