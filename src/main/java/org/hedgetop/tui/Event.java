package org.hedgetop.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookError;
import org.hedgetop.market.MarketSnapshot;

/**
 * Everything that can happen to the monitor. Other threads (key reader, poller, file watcher, signal
 * handler) only ever post these to the monitor's queue; the monitor thread alone applies them.
 */
public sealed interface Event {
    /** A key the user pressed. */
    record Key(KeyStroke stroke) implements Event {
    }

    /** A poll of the source of {@code generation} succeeded. */
    record Market(MarketSnapshot snapshot, long generation) implements Event {
    }

    /** A poll failed; the last snapshot stays. {@code message} is already safe to draw. */
    record MarketFailed(String message, long generation) implements Event {
    }

    /** A source is still loading (e.g. "binance: history 12/57"); shown as its health until prices come. */
    record Progress(String message, long generation) implements Event {
    }

    /** The portfolio file changed on disk: the new book, or why it does not load. */
    record BookChanged(Optional<Book> book, List<BookError> errors) implements Event {
        public BookChanged {
            errors = List.copyOf(errors);
        }

        public static BookChanged valid(Book book) {
            return new BookChanged(Optional.of(book), List.of());
        }

        public static BookChanged invalid(List<BookError> errors) {
            return new BookChanged(Optional.empty(), errors);
        }
    }

    /** The file watcher stopped for good: edits on disk are no longer picked up. */
    record WatchStopped(String why) implements Event {
    }

    /** The clock moved on (at most once a second). */
    record Tick(Instant now) implements Event {
    }

    /** The terminal changed size. */
    record Resize(TerminalSize size) implements Event {
    }

    /** What became of a save the loop asked for. */
    record Saved(SaveOutcome outcome) implements Event {
    }

    /**
     * What became of a sync with the account: {@code summary} says what changed (already safe to draw), and
     * {@code outcome} is the write's (Written with the book unchanged when nothing needed to change).
     */
    record Synced(String summary, SaveOutcome outcome) implements Event {
    }

    /**
     * Ctrl-Z (SIGTSTP): give the terminal back to the shell - main screen, cursor, line mode - then count
     * {@code left} down; the signal handler stops the process after that.
     */
    record Suspend(java.util.concurrent.CountDownLatch left) implements Event {
    }

    /** The process was resumed after a suspend (SIGCONT): what is on the terminal is unknown. */
    record Resumed() implements Event {
    }

    /** Standard input ended (SSH drop, closed pipe): nobody can answer a question any more. */
    record InputClosed() implements Event {
    }

    /** Stop now (a signal); {@code reason} goes to the log. */
    record Stop(String reason) implements Event {
    }

    /** The result of writing the book to its file. */
    sealed interface SaveOutcome {
        /** Written; {@code book} is the book as it now stands on disk. */
        record Written(Path file, Book book) implements SaveOutcome {
        }

        /**
         * The file changed on disk meanwhile, or is gone ({@code gone}: deleted, or a link to nothing): the
         * edits went to {@code conflictFile} instead.
         */
        record Conflict(Path conflictFile, boolean gone) implements SaveOutcome {
            public Conflict(Path conflictFile) {
                this(conflictFile, false);
            }
        }

        /** Nothing was written; the edits are still in memory. */
        record Failed(String reason) implements SaveOutcome {
        }
    }
}
