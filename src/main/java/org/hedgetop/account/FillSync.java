package org.hedgetop.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.SourcePos;

/**
 * Makes a hedge's fills agree with the account's trades of its instrument (DOMAIN.md section 8). Pure: the
 * caller reads the trades. Every trade whose id the ledger lacks is appended with that id (several trades
 * of one order stay several fills); a fill without id (typed by hand, or from marking an order executed)
 * that lies inside the span the trades cover is removed: the venue's trades say what happened there. Older
 * fills and fills with an id stay.
 *
 * @param before   the ledger's fills before (a {@code position} book: its implied fill)
 * @param after    the fills to write: {@code before} minus {@code removed}, then {@code added}
 * @param covered  the span the account's trade history covered
 */
public record FillSync(String hedgeId, List<Fill> before, List<Fill> after, List<Fill> added, List<Fill> removed,
                       Span<AccountTrade> covered) {
    /** How far back sync asks at least (a venue keeping less answers from where it can). */
    public static final Duration LOOK_BACK = Duration.ofDays(180);

    public boolean changes() {
        return !added.isEmpty() || !removed.isEmpty();
    }

    /**
     * From when to ask for a hedge's trades: its first fill, or {@link #LOOK_BACK} before now when that is
     * later (a trade the book never heard of may predate what it says).
     */
    public static Instant askFrom(Hedge hedge, Instant now) {
        Instant back = now.minus(LOOK_BACK);
        return hedge.opened().filter(t -> t.isBefore(back)).orElse(back);
    }

    /**
     * @throws BookEditException a position book without opened / entry_price, or a trade that is not a whole
     *                           number of the hedge's contracts (the book cannot hold it)
     */
    public static FillSync plan(Hedge hedge, Span<AccountTrade> trades) throws BookEditException {
        List<Fill> before = hedge.asFills();
        Set<String> ids = new HashSet<>();
        before.forEach(f -> f.id().ifPresent(ids::add));
        List<Fill> removed = new ArrayList<>();
        List<Fill> after = new ArrayList<>();
        for (Fill f : before) {
            boolean inside = !f.time().isBefore(trades.from()) && !f.time().isAfter(trades.to());
            if (f.id().isEmpty() && inside) {
                removed.add(f);
            } else {
                after.add(f);
            }
        }
        List<Fill> added = new ArrayList<>();
        for (AccountTrade t : trades.items()) {
            if (ids.add(t.id())) {
                added.add(fill(hedge, t));
            }
        }
        after.addAll(added);
        return new FillSync(hedge.id(), before, List.copyOf(after), List.copyOf(added), List.copyOf(removed), trades);
    }

    private static Fill fill(Hedge hedge, AccountTrade t) throws BookEditException {
        double contracts = t.contracts(hedge.contractSize());
        if (contracts != Math.rint(contracts) || contracts == 0 || Math.abs(contracts) > 1e15) {
            throw new BookEditException(hedge.id() + ": trade " + t.id() + " of " + plain(t.coins()) + " "
                    + hedge.instrument() + " is " + plain(contracts) + " contracts of " + plain(hedge.contractSize())
                    + ", not a whole number; check contract_size");
        }
        if (!(t.price() > 0)) {
            throw new BookEditException(hedge.id() + ": trade " + t.id() + " has no price");
        }
        return new Fill(t.time(), (long) contracts, t.price(), OptionalDouble.of(t.fee()), Optional.of(t.id()),
                SourcePos.NONE);
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
