package org.hedgetop.tui;

import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.book.SourcePos;

/** Comparisons of books that ignore where in the file things were written. */
final class Books {
    private Books() {
    }

    /**
     * Same holdings, hedges, settings and feed, wherever they sit in the file. A save that inserts a key
     * moves the lines below it, and the watcher's reload of our own save must not look like an edit.
     */
    static boolean sameContent(Book a, Book b) {
        return a == b || withoutLocations(a).equals(withoutLocations(b));
    }

    static Book withoutLocations(Book b) {
        List<Holding> holdings = b.holdings().stream()
                .map(h -> new Holding(h.token(), h.units(), h.sector(), h.stakingApyPct(), h.symbol(), SourcePos.NONE,
                        h.costPrice()))
                .toList();
        List<Hedge> hedges = b.hedges().stream()
                .map(h -> new Hedge(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(), h.expiry(),
                        h.contractSize(), h.targetPct(), h.ratio(), h.position(), h.entryPrice(), h.opened(),
                        h.leverage(), h.exit(), SourcePos.NONE, h.fills().stream().map(f -> new Fill(f.time(),
                        f.contracts(), f.price(), f.fee(), f.id(), SourcePos.NONE)).toList()))
                .toList();
        return new Book(b.file(), b.name(), b.quote(), b.feed(), holdings, hedges, b.settings());
    }
}
