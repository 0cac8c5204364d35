package org.hedgetop.tui;

import java.time.Instant;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.RiskView;

/**
 * Everything the monitor thread owns. Immutable: {@link Update#apply} makes the next one from an event.
 *
 * @param book            the book in memory, with the user's edits
 * @param saved           the book as the file holds it (last load or save): the base of a surgical save
 * @param diskChanged     the file changed on disk while there were unsaved edits: {@code s} then writes
 *                        FILE.conflict instead of overwriting
 * @param onDisk          the newer valid book found on disk in that case, shown once the edits are safe
 * @param bookError       an external edit that does not load, located; shown until the file is fixed
 * @param history         undo / redo
 * @param window          statistics window chosen with {@code w}; empty = the book's own
 * @param market          last good snapshot (a failed poll keeps it, with the error as its health)
 * @param generation      generation of the source whose snapshots count; older ones are dropped
 * @param marketReceived  a first snapshot arrived (no alert bell before real prices)
 * @param now             the clock, to the second
 * @param ui              what the painter needs besides the view
 * @param message         the last action's one-line result
 * @param view            last evaluation (for {@code x}: contracts needed)
 * @param quitAfterSave   the user chose "save and quit" at the quit question
 * @param quit            leave the loop
 * @param saving          the book a save now running on the save thread writes (empty: no save running); one
 *                        save at a time, so the next one starts from the file the first one leaves
 */
public record MonitorState(Book book, Book saved, boolean diskChanged, Optional<Book> onDisk,
                           Optional<String> bookError, EditHistory history, Optional<StatsWindow> window,
                           MarketSnapshot market, long generation, boolean marketReceived, Instant now,
                           UiState ui, Optional<String> message, Optional<RiskView> view,
                           boolean quitAfterSave, boolean quit, Optional<Book> saving) {
    /** A fresh monitor on {@code book}, waiting for the first snapshot of generation 0. */
    public static MonitorState initial(Book book, Instant now, String sourceName, UiState ui) {
        return new MonitorState(book, book, false, Optional.empty(), Optional.empty(), EditHistory.empty(),
                Optional.empty(), MarketSnapshot.empty(now, sourceName), 0, false, now, ui, Optional.empty(),
                Optional.empty(), false, false, Optional.empty());
    }

    /** The book with the statistics window of {@code w} applied: what the risk engine and the source see. */
    public Book effectiveBook() {
        return window.map(w -> book.withFeed(w.applyTo(book.feed()))).orElse(book);
    }

    public StatsWindow statsWindow() {
        return window.orElse(StatsWindow.of(book.feed()));
    }

    public boolean unsaved() {
        return !book.sameContent(saved);
    }

    Draft draft() {
        return new Draft(this);
    }

    /** A mutable copy used inside {@link Update} only, so each rule names just the fields it changes. */
    static final class Draft {
        Book book;
        Book saved;
        boolean diskChanged;
        Optional<Book> onDisk;
        Optional<String> bookError;
        EditHistory history;
        Optional<StatsWindow> window;
        MarketSnapshot market;
        long generation;
        boolean marketReceived;
        Instant now;
        UiState ui;
        Optional<String> message;
        Optional<RiskView> view;
        boolean quitAfterSave;
        boolean quit;
        Optional<Book> saving;

        Draft(MonitorState s) {
            book = s.book;
            saved = s.saved;
            diskChanged = s.diskChanged;
            onDisk = s.onDisk;
            bookError = s.bookError;
            history = s.history;
            window = s.window;
            market = s.market;
            generation = s.generation;
            marketReceived = s.marketReceived;
            now = s.now;
            ui = s.ui;
            message = s.message;
            view = s.view;
            quitAfterSave = s.quitAfterSave;
            quit = s.quit;
            saving = s.saving;
        }

        MonitorState build() {
            return new MonitorState(book, saved, diskChanged, onDisk, bookError, history, window, market,
                    generation, marketReceived, now, ui, message, view, quitAfterSave, quit, saving);
        }

        void say(String text) {
            message = Optional.of(text);
        }
    }
}
