package org.hedgetop.book;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A validated portfolio: holdings, the hedges over them, and settings. Immutable; edits make new books.
 *
 * @param file      the YAML file it was loaded from (absolute), or empty for books built in code
 * @param account   the exchange account to read positions from (section 8), if any
 * @param notifications where alert events go besides the screen ({@link Notify#NONE} when the book has no block)
 */
public record Book(Optional<Path> file, String name, String quote, FeedSpec feed, List<Holding> holdings,
                   List<Hedge> hedges, Settings settings, Optional<AccountSpec> account, Notify notifications) {
    public Book {
        holdings = List.copyOf(holdings);
        hedges = List.copyOf(hedges);
    }

    /** A book without an account or a notify block (most books built in code and tests). */
    public Book(Optional<Path> file, String name, String quote, FeedSpec feed, List<Holding> holdings,
                List<Hedge> hedges, Settings settings) {
        this(file, name, quote, feed, holdings, hedges, settings, Optional.empty(), Notify.NONE);
    }

    public Optional<Holding> holding(String token) {
        return holdings.stream().filter(h -> h.token().equals(token)).findFirst();
    }

    public Optional<Hedge> hedge(String id) {
        return hedges.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** The same book with the hedge of the same id replaced. */
    public Book withHedge(Hedge changed) {
        List<Hedge> copy = new ArrayList<>(hedges);
        copy.replaceAll(h -> h.id().equals(changed.id()) ? changed : h);
        return new Book(file, name, quote, feed, holdings, copy, settings, account, notifications);
    }

    public Book withSettings(Settings value) {
        return new Book(file, name, quote, feed, holdings, hedges, value, account, notifications);
    }

    public Book withFeed(FeedSpec value) {
        return new Book(file, name, quote, value, holdings, hedges, settings, account, notifications);
    }

    /**
     * Same holdings, hedges, settings and feed, wherever they sit in the file. A save that inserts a key
     * moves the lines below it, and the watcher's reload of our own save must not look like an edit.
     */
    public boolean sameContent(Book other) {
        return this == other || withoutLocations().equals(other.withoutLocations());
    }

    private Book withoutLocations() {
        List<Holding> h = holdings.stream().map(x -> new Holding(x.token(), x.units(), x.sector(), x.stakingApyPct(),
                x.symbol(), SourcePos.NONE, x.costPrice())).toList();
        List<Hedge> g = hedges.stream().map(x -> new Hedge(x.id(), x.covers(), x.instrument(), x.underlying(),
                x.type(), x.expiry(), x.contractSize(), x.targetPct(), x.ratio(), x.position(), x.entryPrice(),
                x.opened(), x.leverage(), x.exit(), SourcePos.NONE, FillsEdit.unlocated(x.fills()))).toList();
        return new Book(file, name, quote, feed, h, g, settings);
    }
}
