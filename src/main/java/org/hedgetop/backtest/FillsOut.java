package org.hedgetop.backtest;

import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.BookException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookLoader;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.Fill;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Ratio;

/**
 * The book with a backtest's trades as {@code fills}, written surgically into the original text (comments and
 * layout kept) by the book's own writer, in two verified steps: every hedge written with a {@code position} is
 * first set flat ({@code position: 0}), then each traded hedge's {@code position} line becomes its
 * {@code fills:} list (the writer drops {@code entry_price} and {@code opened}). A hedge already written with
 * {@code fills} cannot have its history replaced in place, so such a book is refused with a message.
 */
public final class FillsOut {
    private FillsOut() {
    }

    /** The new text; {@link BookEditException} says why the book cannot be written so. */
    public static String text(BookFile loaded, BacktestResult result) throws BookEditException {
        Book book = loaded.book();
        for (Hedge h : book.hedges()) {
            if (h.hasFills()) {
                throw new BookEditException(h.id() + " is written with fills: --write-fills replaces a hedge's"
                        + " history and needs hedges written with position (or none); copy the book and remove"
                        + " its fills first");
            }
        }
        Book zeroed = book;
        for (Hedge h : book.hedges()) {
            if (h.position() != 0) {
                zeroed = zeroed.withHedge(h.withPosition(0));
            }
        }
        String text = BookWriter.apply(loaded.text(), book, zeroed);
        Book flat = reread(loaded, text);
        Book edited = flat;
        for (Hedge h : flat.hedges()) {
            List<Fill> fills = result.fills().getOrDefault(h.id(), List.of());
            Ratio ratio = result.ratio().isPresent() && !h.isDirect() ? result.ratio().get() : h.ratio();
            Hedge changed = ratio == h.ratio() ? h : h.withRatio(ratio);
            if (!fills.isEmpty()) {
                changed = Hedge.withFills(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(), h.expiry(),
                        h.contractSize(), h.targetPct(), ratio, fills, h.leverage(), h.exit(), h.location());
            }
            edited = edited.withHedge(changed);
        }
        return BookWriter.apply(text, flat, edited);
    }

    private static Book reread(BookFile loaded, String text) throws BookEditException {
        try {
            return BookLoader.parse(text, loaded.path().toString(), loaded.book().file());
        } catch (BookException e) {
            throw new BookEditException("the book did not read back after setting its hedges flat: " + e.getMessage());
        }
    }
}
