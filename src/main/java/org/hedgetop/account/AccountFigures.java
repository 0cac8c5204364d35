package org.hedgetop.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.risk.Ledger;

/**
 * What the report adds per hedge from the account (DOMAIN.md section 8): the position beside the
 * ledger's, and the funding actually paid or received on the instrument since the hedge's first fill
 * (the ledger's first fill at {@code now}). One positions request, and one funding read per instrument from the earliest
 * first fill of the hedges on it. The account pays funding per instrument, not per hedge: several
 * hedges on one instrument each show the instrument's funding since their own first fill.
 *
 * @param exchangeFunding       received minus paid, in the quote currency; empty without a first fill, or
 *                              when the venue's history does not reach back to it
 * @param exchangeFundingSince  when the history does not reach back: from when the venue could answer
 */
public record AccountFigures(Reconciliation position, OptionalDouble exchangeFunding,
                             Optional<Instant> exchangeFundingSince) {

    public static List<AccountFigures> read(ExchangeAccount account, Book book, Instant now) throws AccountException {
        return of(book, Reconciliation.of(book, account.positions(), now), funding(account, book, now), now);
    }

    /**
     * The funding the account settled per instrument, from the earliest first fill of the hedges on it to
     * {@code now}: one read per instrument (the monitor repeats it only after settlements).
     */
    public static Map<String, Span<FundingPayment>> funding(ExchangeAccount account, Book book, Instant now)
            throws AccountException {
        Map<String, Instant> earliest = new LinkedHashMap<>();
        for (Hedge h : book.hedges()) {
            firstFill(h, now).ifPresent(t -> earliest.merge(h.instrument(), t, (a, b) -> a.isBefore(b) ? a : b));
        }
        Map<String, Span<FundingPayment>> funding = new LinkedHashMap<>();
        for (Map.Entry<String, Instant> e : earliest.entrySet()) {
            funding.put(e.getKey(), account.funding(e.getKey(), e.getValue(), now));
        }
        return funding;
    }

    /**
     * Pure: the figures per hedge from positions and funding already read. A funding span read earlier
     * (the monitor's, from the last settlement) counts what it holds; an instrument without one is null.
     */
    public static List<AccountFigures> of(Book book, List<Reconciliation> positions,
                                          Map<String, Span<FundingPayment>> funding, Instant now) {
        List<AccountFigures> out = new ArrayList<>();
        for (int i = 0; i < book.hedges().size(); i++) {
            Hedge h = book.hedges().get(i);
            Span<FundingPayment> span = funding.get(h.instrument());
            Optional<Instant> first = firstFill(h, now);
            out.add(first.isEmpty() || span == null ? new AccountFigures(positions.get(i), OptionalDouble.empty(),
                    Optional.empty()) : of(positions.get(i), span, first.get()));
        }
        return out;
    }

    /**
     * The ledger's first fill applied at {@code now} (a {@code position} book: its {@code opened}); empty when
     * there is none yet, or without {@code opened}: no history to count funding from.
     */
    private static Optional<Instant> firstFill(Hedge h, Instant now) {
        return Ledger.at(h, now).firstFillTime().filter(t -> t.isBefore(now));
    }

    /** A settlement exactly at the first fill does not count, as in the ledger (position(t) uses fills before t). */
    static AccountFigures of(Reconciliation position, Span<FundingPayment> span, Instant firstFill) {
        if (!span.reaches(firstFill)) {
            return new AccountFigures(position, OptionalDouble.empty(), Optional.of(span.from()));
        }
        double sum = span.items().stream().filter(p -> p.time().isAfter(firstFill))
                .mapToDouble(FundingPayment::amount).sum();
        return new AccountFigures(position, OptionalDouble.of(sum), Optional.empty());
    }
}
